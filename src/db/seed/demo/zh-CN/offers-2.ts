import type { DemoOffer } from '../types.ts';

/** Simplified Chinese demo offers, part 2: energy, water, cold chain and services. */
export const offers: DemoOffer[] = [
  {
    key: 'zh-o09',
    org: 'zh-org-3',
    title: '海岛与偏远村落光伏储能微电网系统',
    summary:
      '集成光伏、磷酸铁锂储能和柴油发电机的模块化微电网，可在无电网或弱电网地区提供全天候稳定供电。',
    description:
      '系统采用集装箱式预制设计，单个标准模块包括100千瓦光伏阵列、215千瓦时磷酸铁锂储能柜和100千瓦双向储能变流器，可多模块并联扩展至兆瓦级。能量管理系统根据天气预报和负荷预测自动调度光伏、储能和备用柴油机，优先使用太阳能，尽量减少柴油机启停。远程运维平台支持4G和卫星通信，可实时监测电池健康状态并远程诊断故障。设备按沿海高温高湿和盐雾环境设计，防护等级IP55。公司已在菲律宾巴拉望、印度尼西亚马鲁古群岛等地建成27个项目，光伏发电占比达到75%以上。',
    applications:
      '适用于海岛村落、边远山区、渔港、旅游度假区和通信基站等无电网或电网不稳定地区。',
    advantages:
      '与纯柴油发电相比，度电成本下降约45%，柴油消耗减少70%以上；模块化运输安装，现场施工周期约4周。',
    fields: ['energy.solar', 'energy.storage', 'energy.grid'],
    keywords: ['光伏微电网', '储能', '海岛供电', '能量管理系统', '离网电站'],
    trl: 9,
    ipStatus: 'granted_patent',
    patents: [
      { number: 'CN112467203B', jurisdiction: 'CN' },
      { number: 'CN115021689B', jurisdiction: 'CN' },
    ],
    transferModes: ['joint_development', 'technical_service', 'investment'],
    price: 'negotiable',
    targetCountries: ['PH', 'ID', 'MY', 'MM', 'KH', 'VN'],
  },
  {
    key: 'zh-o10',
    org: 'zh-org-3',
    title: '电动两轮车与三轮车磷酸铁锂换电电池包及换电柜',
    summary:
      '标准化48伏和60伏磷酸铁锂换电电池包配合智能换电柜，为东南亚电动摩托车和电动三轮车提供快速补能方案。',
    description:
      '东南亚摩托车保有量巨大，越南、印度尼西亚和菲律宾正加快推动电动化，但充电时间长和电池成本高制约用户转换。本方案的电池包采用循环寿命3000次以上的磷酸铁锂电芯，内置电池管理系统和北斗定位模块，支持防盗和远程锁定。换电柜设有12个仓位，具备温控、烟雾检测和自动灭火功能，用户扫码即可在30秒内完成换电。后台平台可统计每块电池的循环次数和健康状态，便于运营商做梯次利用和回收。公司可提供电池包设计、产线建设指导和运营平台软件，支持合作方在当地组装。',
    applications:
      '适用于外卖和快递骑手、网约摩托车、城市电动三轮车运营企业，以及希望在当地建设电池组装厂的合作伙伴。',
    advantages:
      '电池寿命是铅酸电池的5倍以上，骑手每公里能源成本比燃油摩托车低约60%；换电仅需30秒，车辆日均可运营时间增加2小时。',
    fields: ['energy.storage', 'transport.ev'],
    keywords: ['换电', '磷酸铁锂', '电动摩托车', '电池管理系统', '两轮车电动化'],
    trl: 9,
    ipStatus: 'granted_patent',
    patents: [
      { number: 'CN113594612B', jurisdiction: 'CN' },
      { number: 'CN217882145U', jurisdiction: 'CN' },
    ],
    transferModes: ['non_exclusive_licence', 'joint_development', 'investment'],
    price: { amount: 350000, currency: 'USD' },
    targetCountries: ['VN', 'ID', 'PH', 'TH', 'KH', 'MY'],
  },
  {
    key: 'zh-o11',
    org: 'zh-org-3',
    title: '木薯淀粉与棕榈油厂高浓度有机废水厌氧沼气工程技术',
    summary:
      '采用高效内循环厌氧反应器处理木薯淀粉废水和棕榈油厂废水，回收沼气用于发电或替代燃煤锅炉。',
    description:
      '木薯淀粉厂和棕榈油厂每天排放大量COD浓度达每升1万至5万毫克的高浓度废水，传统开放式氧化塘不仅占地大，还会释放大量甲烷。本技术以预处理调节池加内循环厌氧反应器为核心，容积负荷可达每立方米每天10—15千克COD，COD去除率90%以上。产生的沼气经脱硫提纯后用于内燃机发电或直接送入锅炉，每吨COD可产沼气约450立方米。工艺配有在线pH、碱度和产气量监测，能够适应原料季节性波动。公司已在广西、泰国和马来西亚建成14座同类工程，最大单体处理规模为每天3000立方米。',
    applications:
      '适用于木薯淀粉厂、棕榈油厂、糖厂酒精车间和食品加工厂等高浓度有机废水处理与能源回收。',
    advantages:
      '与开放式氧化塘相比占地减少80%，甲烷排放大幅减少，可申请碳减排收益；一般工程投资回收期为3—4年。',
    fields: ['energy.biomass', 'env.water_treatment', 'env.climate'],
    keywords: ['沼气', '厌氧反应器', '木薯淀粉废水', '棕榈油厂废水', '碳减排'],
    trl: 9,
    ipStatus: 'granted_patent',
    patents: [{ number: 'CN110981562B', jurisdiction: 'CN' }],
    transferModes: ['technical_service', 'non_exclusive_licence', 'investment'],
    price: { amount: 2800000, currency: 'CNY' },
    targetCountries: ['TH', 'MY', 'ID', 'VN', 'KH', 'LA'],
  },
  {
    key: 'zh-o12',
    org: 'zh-org-3',
    title: '低水头小水电站贯流式机组增效改造与远程集控技术',
    summary:
      '为2至15米低水头小水电站提供高效灯泡贯流式机组更新和无人值守远程集控系统，提升老旧电站发电量。',
    description:
      '湄公河流域及东南亚山区分布着大量建于上世纪的小水电站，机组效率低、自动化水平差，需要多人长期值守。公司采用经数值模拟优化的转轮叶型，新机组在额定工况下效率达到92%，比老机组提高8—12个百分点。机组配置永磁同步发电机和变频并网装置，可在来水变化时保持较高效率。远程集控系统可把一个流域内多座电站接入同一平台，实现开停机、负荷调节、水情预报和故障告警。在越南北部和云南的改造项目中，电站年发电量平均增加18%，运维人员减少一半以上。',
    applications:
      '适用于老旧小水电站增效扩容、灌溉渠道和河道低水头水能开发，以及流域梯级电站集中管理。',
    advantages:
      '机组效率提高8—12个百分点，年发电量增加15%—20%；实现无人值守后，每座电站每年节约人工成本约3万美元。',
    fields: ['energy.hydro', 'energy.grid'],
    keywords: ['小水电', '贯流式机组', '增效扩容', '远程集控', '低水头'],
    trl: 8,
    ipStatus: 'utility_model',
    patents: [{ number: 'CN215672045U', jurisdiction: 'CN' }],
    transferModes: ['technical_service', 'joint_development'],
    price: 'negotiable',
    targetCountries: ['VN', 'LA', 'MM', 'KH', 'ID', 'PH'],
  },
  {
    key: 'zh-o13',
    org: 'zh-org-3',
    title: '光伏直驱移动式产地预冷冷库',
    summary:
      '利用光伏直接驱动变频压缩机并以相变蓄冷代替蓄电池的集装箱式冷库，解决果蔬产地“最先一公里”预冷难题。',
    description:
      '东南亚许多水果和蔬菜产地缺乏稳定电力，采摘后无法及时预冷，导致大量损耗。本产品为20英尺集装箱式冷库，顶部和侧面安装12千瓦光伏组件，通过直流变频压缩机直接制冷，白天多余冷量储存在相变蓄冷板中，夜间无日照时可维持库温14小时以上。库温可在2℃到15℃之间设定，满足榴莲、芒果、叶菜和鲜花等不同品类需要。冷库配备物联网温湿度监测，数据可同步到手机和冷链追溯平台。整机可用卡车运输，到场后半天即可投入使用。',
    applications:
      '适用于果蔬产地合作社、出口水果收购点、渔港码头和无稳定电网的偏远农场，也可作为冷链物流的前置仓。',
    advantages:
      '运行几乎不需要电费，比柴油发电机驱动的冷库每年节省燃料费约5000美元；产地及时预冷可使果蔬损耗降低20%—30%。',
    fields: ['transport.cold_chain', 'energy.solar', 'agri.processing'],
    keywords: ['冷链', '光伏制冷', '相变蓄冷', '产地预冷', '移动冷库'],
    trl: 8,
    ipStatus: 'pending_application',
    patents: [{ number: 'CN116734521A', jurisdiction: 'CN' }],
    transferModes: ['non_exclusive_licence', 'joint_development', 'technical_service'],
    price: { amount: 38000, currency: 'USD' },
    targetCountries: ['VN', 'TH', 'PH', 'KH', 'LA', 'MM', 'ID'],
  },
  {
    key: 'zh-o14',
    org: 'zh-org-3',
    title: '农村饮用水超滤一体化净水设备',
    summary:
      '集混凝、超滤和紫外消毒于一体的撬装式净水设备，将河水、塘水和浅层地下水处理为符合饮用标准的安全水。',
    description:
      '设备采用管式混合器加絮凝沉淀作为预处理，主工艺为耐污染的聚偏氟乙烯中空纤维超滤膜，孔径0.03微米，可有效截留细菌、原虫和浊度。出水再经紫外线消毒和少量余氯保持，确保输水管网中的水质安全。系统自动运行，膜组件定时反冲洗和化学清洗，运维人员经两天培训即可操作。设备单套处理能力为每小时5—50立方米，可配置光伏供电版本，适合无电或缺电的村庄。产品已在广西、云南以及柬埔寨、缅甸的多个村庄安装运行，出水浊度稳定小于0.5NTU。',
    applications:
      '适用于农村集中供水站、学校和卫生院、灾后应急供水以及工业园区的小型生活用水处理。',
    advantages:
      '细菌和原虫去除率大于99.99%，吨水运行成本约0.3元；占地只有传统水厂工艺的三分之一，安装周期一周以内。',
    fields: ['env.water_treatment', 'env.water_supply', 'health_society.public_health'],
    keywords: ['净水设备', '超滤膜', '农村饮水安全', '紫外消毒', '光伏供电'],
    trl: 9,
    ipStatus: 'utility_model',
    patents: [{ number: 'CN218145327U', jurisdiction: 'CN' }],
    transferModes: ['non_exclusive_licence', 'technical_service'],
    price: { amount: 12000, currency: 'USD' },
    targetCountries: ['KH', 'MM', 'LA', 'PH', 'ID', 'VN'],
  },
  {
    key: 'zh-o15',
    org: 'zh-org-1',
    title: '甘蔗渣浆模塑可降解餐具成套生产技术',
    summary:
      '以制糖副产物甘蔗渣为原料，经制浆和热压模塑生产可完全降解的餐盒、餐盘和杯盖，替代一次性塑料餐具。',
    description:
      '该技术由中心代理的一家南宁环保材料企业开发，采用无氯漂白的甘蔗渣制浆工艺，配合食品级防水防油剂，制成的餐具可耐受100℃热汤和120℃微波加热。核心设备为全自动热压成型机，一台机器每天可生产约1.5万件产品，整线包括碎浆、调浆、成型、切边、消毒和包装工序。产品在堆肥条件下90天内可完全降解，已通过中国、欧盟和美国的食品接触材料检测。每吨甘蔗渣可生产约0.8吨产品，制浆白水循环利用率达到90%以上。东南亚制糖国家甘蔗渣资源丰富，且多国已出台一次性塑料限制政策，市场前景广阔。',
    applications:
      '适用于糖厂延伸产业链、环保包装企业、外卖平台和航空食品供应商等。',
    advantages:
      '原料成本比木浆低约40%；产品可完全降解，符合各国限塑政策，与聚苯乙烯餐具相比碳排放减少60%以上。',
    fields: ['materials.biobased', 'manuf.equipment', 'env.waste'],
    keywords: ['甘蔗渣', '可降解餐具', '纸浆模塑', '限塑', '循环经济'],
    trl: 9,
    ipStatus: 'granted_patent',
    patents: [{ number: 'CN112746527B', jurisdiction: 'CN' }],
    transferModes: ['non_exclusive_licence', 'technical_service', 'investment'],
    price: { amount: 1500000, currency: 'CNY' },
    targetCountries: ['TH', 'VN', 'PH', 'ID', 'MY', 'KH', 'LA'],
  },
  {
    key: 'zh-o16',
    org: 'zh-org-1',
    title: '面向东盟市场的专利导航与技术价值评估服务',
    summary:
      '为拟进入东盟市场或与东盟伙伴开展技术合作的企业提供专利布局分析、自由实施调查和技术作价评估服务。',
    description:
      '中国企业在东盟开展技术许可或设立合资企业时，经常面临目标国专利制度不熟悉、技术作价缺少依据等问题。中心组建了由专利代理师、评估师和东盟国家律师组成的服务团队，建立了覆盖十个东盟国家的专利和法律状态数据库。服务内容包括目标国专利检索与布局建议、产品上市前的自由实施风险分析、技术许可合同条款设计以及基于收益法的技术价值评估。中心还可协助企业通过专利审查高速路通道加快在东盟国家的授权。过去三年已为80余家企业提供服务，协助完成技术出资和许可交易总额超过4亿元。',
    applications:
      '适用于准备向东盟出口技术或设备的企业、计划在东盟设立合资企业的投资方，以及寻求中国技术的东盟企业。',
    advantages:
      '一站式服务，专利导航报告约4周交付；评估报告可被两国合作方和金融机构认可，显著缩短谈判周期。',
    fields: ['services.ip', 'services.consulting'],
    keywords: ['专利导航', '技术评估', '自由实施', '技术许可', '东盟知识产权'],
    trl: 9,
    ipStatus: 'none',
    patents: [],
    transferModes: ['technical_service'],
    price: { amount: 60000, currency: 'CNY' },
    targetCountries: ['CN', 'VN', 'TH', 'MY', 'ID', 'SG', 'PH', 'LA', 'KH', 'MM', 'BN'],
  },
];
