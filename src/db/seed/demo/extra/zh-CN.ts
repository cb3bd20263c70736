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
    {
      key: 'zh-x03',
      org: 'zh-org-1',
      title: '茶园害虫物联网智能诱捕与图像识别测报系统',
      summary:
        '集色板诱捕、性信息素诱捕和自动拍照识别于一体的太阳能茶园虫情测报终端，可远程实时掌握茶小绿叶蝉、灰茶尺蠖等主要害虫的发生动态。',
      description:
        '系统由田间智能诱捕终端、云端识别平台和手机应用三部分组成，由中心代理的一家广西农业物联网企业研制。诱捕终端配有可自动更换的黄色粘虫板和性信息素诱芯，内置高清相机每日定时拍照，图像通过4G或NB-IoT网络上传。云端采用卷积神经网络模型，可识别茶小绿叶蝉、灰茶尺蠖、茶毛虫、黑刺粉虱、茶蓟马等12种常见害虫，平均识别准确率达92%。平台结合温湿度数据和害虫发育模型，提前3—5天发出防治预警，并按地块生成用药建议。每台终端覆盖茶园50—100亩，太阳能板加锂电池供电，连续阴雨10天仍可正常工作。目前已在广西、贵州和云南的80余个茶园基地使用。',
      applications:
        '适用于越南、印度尼西亚、缅甸、老挝、泰国等国的茶叶种植园、茶叶合作社、出口茶基地以及植保部门的区域性虫情监测网络。',
      advantages:
        '人工调查用工减少80%，化学农药使用次数平均减少30%；出口茶叶农残超标批次明显下降，有助于满足进口国农药残留限量要求。',
      fields: ['agri.protection', 'ict.iot', 'ict.ai'],
      keywords: ['茶园', '虫情测报', '智能诱捕', '图像识别', '绿色防控'],
      trl: 8,
      ipStatus: 'utility_model',
      patents: [
        { number: 'CN219457823U', jurisdiction: 'CN' },
        { number: 'CN218302716U', jurisdiction: 'CN' },
      ],
      transferModes: ['non_exclusive_licence', 'technical_service', 'joint_development'],
      price: { amount: 3200, currency: 'USD' },
      targetCountries: ['VN', 'ID', 'MM', 'LA', 'TH'],
    },
    {
      key: 'zh-x04',
      org: 'zh-org-2',
      title: '芒果等热带水果蒸热检疫处理成套设备与工艺',
      summary:
        '利用饱和湿热空气把果心加热到规定温度并保持一定时间，杀灭果实内的实蝇卵和幼虫，使热带水果达到出口检疫要求而不使用化学熏蒸剂。',
      description:
        '桔小实蝇等实蝇类害虫是热带水果出口的主要检疫障碍，传统的溴甲烷熏蒸已逐步被淘汰。本设备采用分区送风和精确加湿控制，以饱和湿热空气在约1小时内将果心温度升至46.5—47℃，并维持10—30分钟，随后以冷水喷淋快速降温。每个处理室配有不少于12个果心温度探针，全程自动记录温湿度数据，可生成供检疫官员审核的电子处理报告。经实验室大规模验证，对桔小实蝇各虫态的杀灭效果达到概率值9级（死亡率99.9968%）。果实热损伤率低于2%，处理后在13℃下贮藏的货架期与未处理果实相当。单个处理室每批处理2—4吨，设备按集装箱式模块设计，可分期扩建。',
      applications:
        '适用于老挝、缅甸、柬埔寨、越南、菲律宾等国的芒果、火龙果、木瓜出口包装厂，以及需要建设出口前检疫处理设施的口岸和农业部门。',
      advantages:
        '无化学残留，每吨水果处理能耗约45千瓦时，处理成本比溴甲烷熏蒸低约20%；全程数据可追溯，便于满足双边检疫议定书的监管要求。',
      fields: ['agri.protection', 'agri.processing', 'agri.safety'],
      keywords: ['蒸热处理', '检疫处理', '实蝇', '芒果出口', '热处理设备'],
      trl: 8,
      ipStatus: 'granted_patent',
      patents: [{ number: 'CN113545371B', jurisdiction: 'CN' }],
      transferModes: ['non_exclusive_licence', 'technical_service', 'joint_development'],
      price: { amount: 420000, currency: 'USD' },
      targetCountries: ['LA', 'MM', 'KH', 'VN', 'PH', 'TH'],
    },
    {
      key: 'zh-x05',
      org: 'zh-org-3',
      title: '光伏储能供电集装箱式反渗透海水淡化装置',
      summary:
        '将预处理、反渗透、能量回收、光伏储能和远程监控集成在标准集装箱内的海水淡化装置，日产淡水10—100立方米，适合无电网或弱电网海岛。',
      description:
        '装置以20英尺或40英尺标准集装箱为载体，出厂前完成组装和调试，运到现场后接通取水管和光伏阵列即可运行。海水经多介质过滤和超滤预处理后进入反渗透单元，浓水侧配置等压式能量回收装置，回收率可达95%，系统吨水电耗约3.2千瓦时。供电系统由光伏组件、磷酸铁锂储能电池和能量管理控制器组成，白天以光伏直接驱动为主，夜间依靠储能维持低负荷运行，并可接入柴油发电机作为备用。产水总溶解固体低于300毫克/升，经矿化和紫外消毒后符合饮用水标准。控制系统支持4G和卫星链路远程监控，可自动冲洗膜组件，在无人值守条件下连续运行，常规维护间隔约3个月。公司已在广东、海南沿海海岛以及越南和菲律宾的海岛上安装17套。',
      applications:
        '适用于菲律宾、印度尼西亚、马来西亚、越南、泰国等国的离岸海岛社区、海岛度假村、海水养殖基地、边防站点和灾后应急供水。',
      advantages:
        '与柴油发电驱动的同规模装置相比，吨水综合成本降低约40%；集装箱整体运输，现场安装周期不超过7天。',
      fields: ['marine.desalination', 'energy.solar', 'env.water_supply'],
      keywords: ['海水淡化', '反渗透', '集装箱式', '光伏储能', '海岛供水'],
      trl: 8,
      ipStatus: 'pending_application',
      patents: [
        { number: 'CN116282419A', jurisdiction: 'CN' },
        { number: 'CN117105837A', jurisdiction: 'CN' },
      ],
      transferModes: ['non_exclusive_licence', 'technical_service', 'investment'],
      price: { amount: 68000, currency: 'USD' },
      targetCountries: ['PH', 'ID', 'MY', 'VN', 'TH', 'KH'],
    },
    {
      key: 'zh-x06',
      org: 'zh-org-5',
      title: '家蚕微粒子病恒温扩增快速检测技术及母蛾检验规程',
      summary:
        '以恒温核酸扩增替代显微镜镜检，对母蛾和蚕种进行家蚕微粒子病快速检测，一次可检测大批混合样本，适合蚕种场和基层检验站使用。',
      description:
        '家蚕微粒子病可经卵传染给下一代，是各国蚕种生产中唯一的法定检疫病害，目前普遍依靠人工镜检母蛾，劳动强度大且低密度感染容易漏检。本技术针对微粒子病原核糖体RNA基因的保守区域设计了六条环介导等温扩增引物，并配套快速破壁提取方法，可在63℃下40分钟内完成扩增，结果以荧光或颜色变化直接判读。检测灵敏度为每毫升匀浆100个孢子，比常规镜检高约100倍，且与其他蚕病病原无交叉反应。采用30蛾一管的混合样检测方案后，每个样品的试剂成本约3元人民币，一名检验员每天可完成约6000只母蛾的检验。研究所在既有热带病核酸诊断平台基础上开发了本技术，已在广西和云南的6家蚕种场完成比对试验，可同时提供家蚕核型多角体病毒的配套检测引物。',
      applications:
        '适用于越南、泰国、老挝、柬埔寨、缅甸、印度尼西亚等国的蚕种场、蚕桑技术推广站和蚕种检疫机构，也可用于进出口蚕种的口岸检验。',
      advantages:
        '检验效率比人工镜检提高5倍以上，漏检率由约5%降至0.5%以下；设备仅需一台恒温金属浴，单套检测站建设费用低于3万元人民币。',
      fields: ['bio.diagnostics', 'agri.livestock'],
      keywords: ['家蚕微粒子病', '恒温扩增', '母蛾检验', '蚕种检疫', '蚕桑'],
      trl: 7,
      ipStatus: 'granted_patent',
      patents: [{ number: 'CN114438241B', jurisdiction: 'CN' }],
      transferModes: ['non_exclusive_licence', 'technical_service', 'joint_development'],
      price: { amount: 600000, currency: 'CNY' },
      targetCountries: ['VN', 'TH', 'LA', 'KH', 'MM', 'ID'],
    },
  ],
  requests: [],
};

export default pack;
