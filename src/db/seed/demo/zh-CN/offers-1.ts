import type { DemoOffer } from '../types.ts';

/** Simplified Chinese demo offers, part 1: tropical agriculture and smart farming. */
export const offers: DemoOffer[] = [
  {
    key: 'zh-o01',
    org: 'zh-org-2',
    title: '耐高温抗稻瘟病优质杂交稻组合及分子标记辅助选育技术',
    summary:
      '利用分子标记聚合抗稻瘟病基因和耐热位点选育的三系杂交稻组合，适合东南亚湿热气候下的双季稻区种植。',
    description:
      '该技术以自主选育的不育系为母本，通过分子标记辅助回交，将Pi2、Pi9两个广谱抗稻瘟病基因和一个开花期耐热主效位点聚合到恢复系中。配套组合全生育期约118天，在抽穗期日最高气温达38℃时结实率仍保持在80%以上。2021—2023年在老挝万象、缅甸掸邦和越南芹苴共9个试点的区域试验中，平均单产达到每公顷8.1吨，比当地主栽品种增产22%。稻米为长粒籼米，直链淀粉含量约17%，整精米率60%以上，符合东南亚消费者的口感偏好。研究院可提供亲本种子、制种技术规程和标记检测引物组合，并协助合作方在当地开展制种基地建设。',
    applications:
      '适用于东南亚低海拔双季稻区和稻瘟病高发的山区稻田，可供种子企业制种推广或由政府粮食安全项目采用。',
    advantages:
      '较当地主栽品种增产15%—25%，稻瘟病发病率下降60%以上；高温年份结实率比常规杂交稻高10个百分点以上。',
    fields: ['agri.crops', 'bio.genomics'],
    keywords: ['杂交稻', '抗稻瘟病', '耐高温', '分子标记辅助选择', '制种技术'],
    trl: 8,
    ipStatus: 'granted_patent',
    patents: [{ number: 'CN113874512B', jurisdiction: 'CN' }],
    transferModes: ['non_exclusive_licence', 'joint_development', 'technical_service'],
    price: { amount: 1200000, currency: 'CNY' },
    targetCountries: ['LA', 'MM', 'VN', 'KH', 'PH'],
  },
  {
    key: 'zh-o02',
    org: 'zh-org-2',
    title: '高淀粉木薯新品种脱毒种苗组培快繁技术',
    summary:
      '针对木薯花叶病毒病蔓延问题，建立高淀粉木薯品种的茎尖脱毒、组培快繁和田间扩繁一体化种苗生产体系。',
    description:
      '木薯花叶病近年在柬埔寨、越南、老挝等国迅速扩散，部分地区减产超过40%，而传统的种茎繁殖方式会把病毒逐代传递。本技术采用茎尖分生组织培养结合热处理脱除病毒，经PCR检测确认无毒后进入组培扩繁，每个无毒单株一年可扩繁出约3万株试管苗。试管苗经炼苗移栽后建立一级种茎圃，再按三级繁育体系扩大生产，整个流程配有病毒检测规程和种苗质量标准。配套的高淀粉品种块根鲜薯淀粉含量达30%—32%，在适宜条件下亩产鲜薯3.5吨以上。研究院在西双版纳建有年产500万株的组培车间，可为合作方提供设计和人员培训。',
    applications:
      '适用于木薯主产区的种苗企业、淀粉加工企业原料基地及各国农业部门的木薯花叶病防控项目。',
    advantages:
      '种苗带毒率降至1%以下，与带毒种茎相比鲜薯增产30%以上；组培苗单株成本约0.35元，适合大规模推广。',
    fields: ['agri.crops', 'agri.protection'],
    keywords: ['木薯', '脱毒种苗', '组织培养', '木薯花叶病', '高淀粉品种'],
    trl: 8,
    ipStatus: 'know_how',
    patents: [],
    transferModes: ['technical_service', 'joint_development'],
    price: { amount: 80000, currency: 'USD' },
    targetCountries: ['KH', 'VN', 'LA', 'TH', 'ID'],
  },
  {
    key: 'zh-o03',
    org: 'zh-org-2',
    title: '丘陵坡地甘蔗全程机械化种植与宿根蔗管理技术',
    summary:
      '面向坡度15度以下丘陵蔗区的中小型甘蔗种植机、中耕培土机及宿根蔗破垄施肥配套技术。',
    description:
      '大型甘蔗收获机和种植机在东南亚丘陵蔗区难以施展，而人工种植和管理成本持续上涨。本技术包括一台双行实时切种式甘蔗种植机，可一次完成开沟、切种、施肥、覆土和覆膜五道工序，作业效率为每小时4—6亩。配套的宿根蔗破垄施肥机可在收获后一次完成松蔸、断根和深施肥，促进宿根发株。整套农机与50—90马力拖拉机匹配，整机重量小于1.2吨，适合小地块转场作业。在广西和云南的示范基地中，宿根蔗年限由2年延长到4年，综合生产成本每吨下降约18%。',
    applications:
      '适用于泰国、越南、老挝、菲律宾等国丘陵坡地甘蔗种植园、糖厂原料基地和农机合作社。',
    advantages:
      '种植环节用工减少70%以上；宿根年限延长一倍，每亩每年节约种苗和种植费用约300元。',
    fields: ['agri.machinery', 'agri.cultivation'],
    keywords: ['甘蔗', '农业机械化', '甘蔗种植机', '宿根蔗', '丘陵农机'],
    trl: 7,
    ipStatus: 'utility_model',
    patents: [
      { number: 'CN216824310U', jurisdiction: 'CN' },
      { number: 'CN217193562U', jurisdiction: 'CN' },
    ],
    transferModes: ['non_exclusive_licence', 'technical_service'],
    price: { amount: 650000, currency: 'CNY' },
    targetCountries: ['TH', 'VN', 'LA', 'PH', 'KH', 'MM'],
  },
  {
    key: 'zh-o04',
    org: 'zh-org-2',
    title: '芒果、火龙果采后可食性复合涂膜保鲜技术',
    summary:
      '以壳聚糖和植物精油为主要成分的可食性涂膜配合预冷分级工艺，显著延长热带水果的常温和冷藏货架期。',
    description:
      '热带水果出口常因采后腐烂和失水造成15%—30%的损耗。本技术采用壳聚糖、海藻酸钠和柠檬草精油微乳液复配的可食性涂膜，喷涂后在果面形成3—5微米的半透气膜层，可抑制呼吸强度和炭疽病菌侵染。配套工艺包括采后2小时内预冷、热水处理、自动喷涂和风干分级，可与现有包装线对接。经测试，芒果在13℃下的货架期由14天延长至28天，火龙果在常温下由5天延长至11天，失重率降低约40%。涂膜原料均为食品级，不含化学杀菌剂，符合中国和东盟主要市场的残留要求。',
    applications:
      '适用于芒果、火龙果、番木瓜和榴莲等热带水果的产地包装厂、出口企业和跨境电商仓储。',
    advantages:
      '采后损耗降低一半以上，每吨水果处理成本约60元；可替代化学杀菌剂浸果，满足出口检疫和残留要求。',
    fields: ['agri.processing', 'transport.cold_chain', 'agri.safety'],
    keywords: ['采后保鲜', '可食性涂膜', '芒果', '火龙果', '货架期'],
    trl: 7,
    ipStatus: 'pending_application',
    patents: [{ number: 'CN117285634A', jurisdiction: 'CN' }],
    transferModes: ['exclusive_licence', 'non_exclusive_licence', 'technical_service'],
    price: { amount: 500000, currency: 'CNY' },
    targetCountries: ['VN', 'TH', 'PH', 'MY', 'KH', 'LA'],
  },
  {
    key: 'zh-o05',
    org: 'zh-org-2',
    title: '天然橡胶电动割胶刀与低频刺激割胶技术体系',
    summary:
      '锂电池驱动的轻便电动割胶刀，结合乙烯利低浓度刺激和四天一刀的低频割制，缓解胶工短缺并提高劳动生产率。',
    description:
      '东南亚橡胶园普遍面临胶工老龄化和人工成本上升的问题，传统手工割胶需要多年训练才能熟练。电动割胶刀整机重量仅450克，采用仿形导向和限深机构自动控制耗皮厚度和割胶深度，新手培训3天即可上岗。配套的低频刺激割制以四天一刀替代传统的两天一刀，配合2%乙烯利低浓度涂施，可在不损伤树体的前提下维持单株产量。在西双版纳和老挝北部胶园的三年示范中，每名胶工可管理的株数由800株提高到1600株，树皮消耗降低约20%。单块电池可连续割胶约1200株，适合小胶园和大型农场使用。',
    applications:
      '适用于天然橡胶种植园、小农胶园合作社和橡胶加工企业原料基地，也可用于胶工培训。',
    advantages:
      '劳动生产率提高一倍，割胶技术培训周期由数月缩短至3天；干胶产量与手工割胶持平或略有提高。',
    fields: ['materials.rubber', 'agri.machinery'],
    keywords: ['天然橡胶', '电动割胶刀', '低频割胶', '乙烯利刺激', '胶工短缺'],
    trl: 9,
    ipStatus: 'granted_patent',
    patents: [
      { number: 'CN112205871B', jurisdiction: 'CN' },
      { number: 'CN214337409U', jurisdiction: 'CN' },
    ],
    transferModes: ['non_exclusive_licence', 'assignment', 'technical_service'],
    price: { amount: 180000, currency: 'USD' },
    targetCountries: ['TH', 'ID', 'MY', 'VN', 'LA', 'KH', 'MM'],
  },
  {
    key: 'zh-o06',
    org: 'zh-org-2',
    title: '柑橘黄龙病田间恒温扩增快速检测试剂盒',
    summary:
      '基于环介导等温扩增的柑橘黄龙病病原检测试剂盒，在田间40分钟内完成叶片检测，无需专业实验室。',
    description:
      '柑橘黄龙病是东南亚柑橘产区最具毁灭性的病害，早期症状不明显，常规实时荧光PCR检测需送样到实验室，周期长达一周。本试剂盒采用针对病原16S rDNA保守区的六条引物，利用冻干预混试剂在63℃恒温下扩增，通过显色直接判读结果。配套的便携式恒温加热器可由车载电源或充电宝供电，一次检测8个样品。检测灵敏度达到每微升10个拷贝，与实验室荧光PCR的符合率为96%。试剂在常温下可保存6个月，单个样品检测成本约8元。',
    applications:
      '适用于柑橘苗圃无病苗认证、果园病害普查、植物检疫部门口岸检测和农业技术推广站。',
    advantages:
      '检测时间由一周缩短至40分钟，成本仅为实验室PCR的四分之一；便于及时清除病树，阻断病害扩散。',
    fields: ['agri.protection', 'bio.diagnostics'],
    keywords: ['柑橘黄龙病', '恒温扩增', '快速检测', '植物检疫', '无病苗'],
    trl: 7,
    ipStatus: 'granted_patent',
    patents: [{ number: 'CN114150278B', jurisdiction: 'CN' }],
    transferModes: ['exclusive_licence', 'non_exclusive_licence'],
    price: 'negotiable',
    targetCountries: ['VN', 'TH', 'ID', 'MY', 'PH', 'LA'],
  },
  {
    key: 'zh-o07',
    org: 'zh-org-1',
    title: '北斗高精度农机自动导航驾驶系统',
    summary:
      '基于北斗卫星导航和RTK差分定位的拖拉机自动驾驶套件，直线作业精度达到±2.5厘米，可加装于主流国产和进口拖拉机。',
    description:
      '系统由北斗双天线接收机、电动方向盘、角度传感器和车载控制终端组成，通过RTK基站或网络差分服务实现厘米级定位。驾驶员只需设置AB线，系统即可自动完成直线和曲线路径跟踪，并支持掉头辅助和作业面积统计。该系统由中心代理的广西一家农机企业研发，已在广西、新疆等地累计装机4000余台，用于起垄、播种、植保和甘蔗种植等作业。在东南亚推广时可使用便携式移动基站，在无网络覆盖的农场也能正常工作。控制终端提供中文、英文、越南语和泰语界面，可由中心组织安装调试和操作培训。',
    applications:
      '适用于大型农场、甘蔗和木薯种植园、农机合作社，以及需要精准起垄和播种的水稻机械化作业。',
    advantages:
      '行距误差小于2.5厘米，土地利用率提高约5%，夜间也可作业；驾驶员劳动强度明显降低，每台年作业面积提高30%以上。',
    fields: ['space.satellite_nav', 'agri.machinery', 'agri.cultivation'],
    keywords: ['北斗', '自动驾驶', '精准农业', 'RTK', '农机导航'],
    trl: 9,
    ipStatus: 'granted_patent',
    patents: [
      { number: 'CN111896201B', jurisdiction: 'CN' },
      { number: 'CN215474532U', jurisdiction: 'CN' },
    ],
    transferModes: ['non_exclusive_licence', 'technical_service', 'investment'],
    price: { amount: 4500, currency: 'USD' },
    targetCountries: ['TH', 'VN', 'MY', 'ID', 'KH', 'LA', 'MM'],
  },
  {
    key: 'zh-o08',
    org: 'zh-org-1',
    title: '甘蔗与水稻精准施药植保无人机作业方案',
    summary:
      '载重30升的多旋翼植保无人机配合处方图变量喷施和防飘移喷头，为甘蔗、水稻提供高效低耗的病虫害防治服务。',
    description:
      '甘蔗中后期植株高达3米以上，地面机械无法进入，人工背负喷雾效率低且存在中毒风险。该方案采用30升药箱的六旋翼植保无人机，配备离心式防飘移喷头和毫米波雷达仿地飞行，在复杂丘陵地形中保持2—3米的稳定作业高度。多光谱相机先期航拍生成病虫害处方图，无人机按处方变量喷施，重点区域加量、健康区域减量。单机每天可作业400—600亩，施药量比人工喷雾减少30%，用水量减少90%。中心联合区内企业提供飞手培训、作业服务队组建和零部件本地化供应方案。',
    applications:
      '适用于甘蔗、水稻、玉米、香蕉和橡胶幼林的病虫害统防统治，以及农业服务公司开展社会化植保服务。',
    advantages:
      '作业效率是人工的40倍以上，农药用量减少30%；配合处方图施药，防治效果提高约15个百分点。',
    fields: ['space.drones', 'agri.protection'],
    keywords: ['植保无人机', '变量喷施', '甘蔗', '水稻', '多光谱遥感'],
    trl: 9,
    ipStatus: 'know_how',
    patents: [],
    transferModes: ['technical_service', 'joint_development'],
    price: { amount: 25000, currency: 'USD' },
    targetCountries: ['TH', 'VN', 'PH', 'ID', 'MY', 'KH'],
  },
];
