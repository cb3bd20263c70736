import type { DemoPack } from '../types.ts';

/** Extra Simplified Chinese demo offers by the existing zh-org-1..5 organisations. Fictional. */
const pack: DemoPack = {
  lang: 'zh-CN',
  organizations: [],
  offers: [
    {
      key: 'zh-x01',
      org: 'zh-org-1',
      title: '木薯干片浓醪同步糖化发酵生产燃料乙醇技术',
      summary:
        '以木薯干片或鲜木薯为原料，采用低温液化、浓醪同步糖化发酵和耐高温酵母生产燃料乙醇的成套工艺，适合东南亚木薯主产区建设中型乙醇厂。',
      description:
        '该技术由中心代理的广西一所高校与乙醇企业联合开发，已在广西两家年产10万吨的燃料乙醇厂稳定运行四年以上。工艺采用85℃低温喷射液化替代传统高温蒸煮，蒸汽消耗降低约35%。发酵段使用自主驯化的耐高温酿酒酵母，可在36—38℃下同步糖化发酵，减少冷却水用量，发酵周期48—56小时，成熟醪乙醇浓度达到15%（体积分数）以上。每吨无水乙醇消耗干木薯片约2.75吨，综合蒸汽消耗约2.2吨。酒糟废液经固液分离后，清液进入厌氧反应器产沼气回用于锅炉，滤渣可加工为饲料，基本实现废液零排放。中心可提供工艺包、酵母菌种、关键设备选型和开车调试服务，适用规模为年产3万—10万吨。',
      applications:
        '适用于泰国、越南、柬埔寨、老挝等国的木薯加工企业、燃料乙醇项目投资方，以及推行乙醇汽油掺混政策的国家能源部门。',
      advantages:
        '成熟醪乙醇浓度比常规工艺提高约3个百分点，吨乙醇综合能耗降低25%；原料出酒率达到理论值的91%以上，沼气回用可替代锅炉燃料约30%。',
      fields: ['energy.biomass', 'bio.industrial'],
      keywords: ['木薯', '燃料乙醇', '同步糖化发酵', '耐高温酵母', '浓醪发酵'],
      trl: 8,
      ipStatus: 'granted_patent',
      patents: [
        { number: 'CN114807285B', jurisdiction: 'CN' },
        { number: 'CN113265419B', jurisdiction: 'CN' },
      ],
      transferModes: ['non_exclusive_licence', 'technical_service', 'investment'],
      price: { amount: 3500000, currency: 'CNY' },
      targetCountries: ['TH', 'VN', 'KH', 'LA', 'ID'],
    },
    {
      key: 'zh-x02',
      org: 'zh-org-4',
      title: '天然胶乳直投式橡胶改性沥青及其路面施工技术',
      summary:
        '将经稳定化处理的浓缩天然胶乳直接投入热沥青中制备改性沥青，提高路面高温抗车辙和抗水损害性能，同时扩大天然橡胶的消费渠道。',
      description:
        '传统的天然橡胶改性沥青需先把胶乳制成干胶再粉碎，工序多且橡胶在沥青中分散不均。本技术对含固量60%的浓缩天然胶乳进行复合稳定化处理，使其在160—170℃热沥青中不破乳结团，可经计量泵直接投入沥青搅拌罐。干胶掺量为沥青质量的4%—6%，剪切分散约30分钟即可达到均匀状态。与70号基质沥青相比，改性沥青软化点由47℃提高到58℃以上，60℃动稳定度由约1500次/毫米提高到4500次/毫米以上，冻融劈裂强度比达到88%。该技术已在上海郊区和广西的三条县乡公路上铺筑试验段共12公里，通车三年后车辙深度小于5毫米。学校可提供胶乳稳定剂配方、沥青生产工艺和混合料设计与施工指南。',
      applications:
        '适用于泰国、马来西亚、越南、印度尼西亚等天然橡胶生产国的县乡公路、农村道路和园区道路新建与罩面工程，也可供沥青生产企业扩充改性沥青产品线。',
      advantages:
        '改性沥青生产成本比SBS改性沥青低约15%，路面高温抗车辙性能提高两倍以上；每公里双车道路面可消耗天然干胶约6吨，为胶农增加稳定销路。',
      fields: ['materials.rubber', 'construction.infrastructure'],
      keywords: ['天然橡胶', '改性沥青', '浓缩胶乳', '抗车辙', '农村公路'],
      trl: 7,
      ipStatus: 'granted_patent',
      patents: [{ number: 'CN115093684B', jurisdiction: 'CN' }],
      transferModes: ['non_exclusive_licence', 'technical_service', 'joint_development'],
      price: { amount: 900000, currency: 'CNY' },
      targetCountries: ['TH', 'MY', 'VN', 'ID', 'LA', 'KH'],
    },
