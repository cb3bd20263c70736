import type { DemoOffer } from '../types.ts';

/** Simplified Chinese demo offers, part 3: digital, ports, construction, health and aquaculture. */
export const offers: DemoOffer[] = [
  {
    key: 'zh-o17',
    org: 'zh-org-4',
    title: '中文与东盟小语种神经机器翻译引擎',
    summary:
      '支持中文与越南语、泰语、老挝语、高棉语、缅甸语、印尼语等语言互译的神经机器翻译引擎，可私有化部署。',
    description:
      '老挝语、高棉语和缅甸语等语言的平行语料稀少，通用翻译系统的质量往往难以满足商务和政务需要。本引擎采用多语言统一的Transformer架构，利用回译、跨语言迁移和术语约束解码等技术弥补低资源语言语料不足的问题。针对泰语、老挝语、高棉语和缅甸语没有词间空格的特点，团队开发了专门的分词和音节切分模块。在自建测试集上，中老、中柬、中缅互译的BLEU值比主流开源多语言模型高出6—9分。引擎支持领域自适应，可利用用户提供的少量术语表和双语文档快速定制农业、法律、医疗等领域模型，并可在单台GPU服务器上离线运行。',
    applications:
      '适用于跨境电商、口岸和海关、跨国企业文档翻译、新闻媒体，以及政府部门和高校的多语种信息服务。',
    advantages:
      '低资源语种翻译质量显著高于通用系统；支持私有化部署保证数据安全，单台服务器每秒可翻译约200句。',
    fields: ['ict.ai', 'ict.software'],
    keywords: ['机器翻译', '东盟语言', '低资源语言', '自然语言处理', '私有化部署'],
    trl: 7,
    ipStatus: 'software_copyright',
    patents: [],
    transferModes: ['non_exclusive_licence', 'joint_development', 'technical_service'],
    price: { amount: 150000, currency: 'USD' },
    targetCountries: ['VN', 'TH', 'LA', 'KH', 'MM', 'ID', 'MY', 'SG'],
  },
  {
    key: 'zh-o18',
    org: 'zh-org-4',
    title: '集装箱码头5G远程操控与智能理货系统',
    summary:
      '基于5G专网的岸桥和场桥远程操控系统，结合机器视觉自动识别箱号和箱损，实现码头作业的半自动化改造。',
    description:
      '传统集装箱码头的岸桥司机需在40米高空驾驶室长时间作业，劳动强度大且招聘困难。本系统通过5G专网把岸桥和场桥的多路高清视频和控制信号传输到中控室，司机在地面即可远程操控，一名司机可轮流操控三台设备。机器视觉模块在吊具起吊过程中自动识别箱号、铅封和箱体残损，识别准确率达到99.5%，结果直接写入码头操作系统。系统采用“改造而非新建”的方式，可在现有设备上加装传感器和控制器，单台岸桥改造周期约45天。该技术已在长江沿线两个码头和华东一个海港投入运行。',
    applications:
      '适用于东南亚中小型集装箱码头和内河港口的自动化改造，也可用于散货码头门机的远程操控。',
    advantages:
      '改造费用约为新建自动化码头的十分之一，司机需求减少约60%；理货人员减少80%，单箱作业时间缩短约10%。',
    fields: ['transport.ports', 'ict.telecom', 'manuf.industrial_internet'],
    keywords: ['智慧港口', '5G专网', '远程操控', '智能理货', '机器视觉'],
    trl: 8,
    ipStatus: 'granted_patent',
    patents: [
      { number: 'CN113511570B', jurisdiction: 'CN' },
      { number: 'CN114852893B', jurisdiction: 'CN' },
    ],
    transferModes: ['exclusive_licence', 'joint_development', 'technical_service'],
    price: 'negotiable',
    targetCountries: ['VN', 'TH', 'MY', 'ID', 'PH', 'KH', 'MM'],
  },
  {
    key: 'zh-o19',
    org: 'zh-org-4',
    title: '多源卫星遥感水稻种植面积识别与产量预估平台',
    summary:
      '融合雷达卫星和光学卫星数据，在多云多雨的东南亚稻区实现水稻面积识别和抽穗前产量预估。',
    description:
      '东南亚雨季云量大，仅依靠光学卫星很难获得完整的作物生长期影像。平台以合成孔径雷达时间序列为主、光学影像为辅，利用深度学习模型识别水稻移栽和收获时间，生成10米分辨率的水稻分布图。在产量预估方面，平台把遥感植被指数、气象数据与作物生长模型同化，可在抽穗前约30天给出县级产量预测。在湄公河三角洲和泰国中部平原的验证中，水稻面积识别总体精度达到93%，县级产量预测误差在8%以内。平台以网页形式提供服务，用户可按行政区查询面积、长势和灾害影响评估结果。',
    applications:
      '适用于各国农业部门和统计部门的粮食监测、农业保险定损、粮食贸易企业的产量预判以及国际援助项目评估。',
    advantages:
      '不受云雨影响，监测周期可缩短至6天；与人工抽样调查相比，成本降低约70%，出结果时间提前一个多月。',
    fields: ['space.remote_sensing', 'ict.data', 'agri.cultivation'],
    keywords: ['卫星遥感', '合成孔径雷达', '水稻估产', '作物监测', '深度学习'],
    trl: 7,
    ipStatus: 'software_copyright',
    patents: [],
    transferModes: ['technical_service', 'non_exclusive_licence', 'joint_development'],
    price: { amount: 90000, currency: 'USD' },
    targetCountries: ['VN', 'TH', 'KH', 'MM', 'LA', 'PH', 'ID'],
  },
  {
    key: 'zh-o20',
    org: 'zh-org-4',
    title: '抗台风轻钢装配式低层住宅建造体系',
    summary:
      '采用冷弯薄壁型钢框架和复合墙板的装配式住宅体系，可抵御17级台风，适用于沿海和海岛地区快速建房。',
    description:
      '菲律宾、越南中部等沿海地区每年遭受多次强台风袭击，大量简易住房被毁，灾后重建又受限于工期和熟练工人不足。本体系以热镀锌冷弯薄壁型钢为主体结构，节点采用自攻螺钉和抗拔连接件，屋面与墙体、墙体与基础之间设置连续受力路径。外墙采用纤维水泥板夹保温层的复合墙板，具有防水、防白蚁和隔热性能。经风洞试验和足尺结构试验验证，房屋可承受每秒61米的风速，相当于17级台风。一栋60平方米的住宅由6名工人7天即可完成主体施工，构件可在当地小型工厂加工。',
    applications:
      '适用于沿海和海岛地区的灾后重建、保障性住房、学校和卫生站建设以及旅游度假木屋替代。',
    advantages:
      '抗风能力达到17级，施工周期比砖混结构缩短70%；结构自重仅为砖混结构的四分之一，大幅降低基础工程量。',
    fields: ['construction.housing', 'construction.disaster', 'materials.construction'],
    keywords: ['装配式建筑', '轻钢结构', '抗台风', '灾后重建', '低层住宅'],
    trl: 8,
    ipStatus: 'granted_patent',
    patents: [
      { number: 'CN111287354B', jurisdiction: 'CN' },
      { number: 'CN213805214U', jurisdiction: 'CN' },
    ],
    transferModes: ['non_exclusive_licence', 'technical_service', 'joint_development'],
    price: { amount: 800000, currency: 'CNY' },
    targetCountries: ['PH', 'VN', 'ID', 'MM', 'TH'],
  },
  {
    key: 'zh-o21',
    org: 'zh-org-5',
    title: '登革病毒NS1抗原与IgM/IgG抗体三联荧光免疫快速检测试剂',
    summary:
      '一次采血同时检测登革病毒NS1抗原和IgM、IgG抗体的荧光免疫层析试剂，15分钟出结果，覆盖病程早期到恢复期。',
    description:
      '登革热在东南亚每年造成数百万例感染，发病早期症状与其他发热性疾病相似，基层医疗机构急需简便可靠的诊断手段。本试剂采用稀土铕纳米微球标记技术，在同一检测卡上设置NS1抗原、IgM和IgG三条检测线，用手持式荧光读数仪定量判读。NS1抗原可在发病第1天检出，IgM和IgG比值有助于区分初次感染和再次感染，便于识别重症高风险患者。在海南和东南亚合作医院共1260份临床样本的评价中，NS1检测灵敏度为94.2%，特异度为98.6%，对四种血清型均有良好检出能力。试剂可在2—30℃保存18个月，无需冷链运输。',
    applications:
      '适用于发热门诊、社区卫生机构、疾控中心的疫情监测以及口岸入境人员发热筛查。',
    advantages:
      '一张卡覆盖全病程检测，灵敏度比胶体金试纸提高约15个百分点；常温储运，单人份检测成本约3美元。',
    fields: ['bio.diagnostics', 'health_society.public_health'],
    keywords: ['登革热', 'NS1抗原', '荧光免疫层析', '快速检测', '传染病监测'],
    trl: 8,
    ipStatus: 'granted_patent',
    patents: [{ number: 'CN113702641B', jurisdiction: 'CN' }],
    transferModes: ['exclusive_licence', 'non_exclusive_licence', 'joint_development'],
    price: { amount: 400000, currency: 'USD' },
    targetCountries: ['VN', 'TH', 'PH', 'MY', 'ID', 'KH', 'LA', 'MM', 'SG'],
  },
  {
    key: 'zh-o22',
    org: 'zh-org-5',
    title: '疟原虫分型便携式恒温核酸检测系统',
    summary:
      '基于重组酶聚合酶扩增的便携式疟疾核酸检测系统，可在30分钟内检出并区分恶性疟、间日疟等主要虫种。',
    description:
      '东南亚多国正处于消除疟疾的关键阶段，低密度和无症状感染者难以被显微镜镜检或抗原试纸发现，成为持续传播的隐患。本系统采用重组酶聚合酶扩增结合荧光探针，在39℃恒温条件下完成扩增，一个反应管可同时检测恶性疟、间日疟、三日疟和诺氏疟原虫。样本处理只需指尖血和一步裂解液，不需要离心机和核酸提取仪。检测下限可达每微升血液2个原虫，比镜检灵敏约25倍。配套的掌上荧光检测仪重约600克，可用锂电池连续工作8小时，适合边境和林区流动筛查。',
    applications:
      '适用于疟疾消除项目的主动病例侦查、边境地区流动人口筛查、林区作业人员监测和基层卫生站诊断。',
    advantages:
      '灵敏度比镜检高约25倍，可发现无症状低密度感染者；全流程30分钟，单样本成本约4美元，不依赖实验室设施。',
    fields: ['bio.diagnostics', 'health_society.public_health', 'bio.genomics'],
    keywords: ['疟疾', '核酸检测', '重组酶聚合酶扩增', '虫种分型', '消除疟疾'],
    trl: 6,
    ipStatus: 'pending_application',
    patents: [{ number: 'CN117568932A', jurisdiction: 'CN' }],
    transferModes: ['joint_development', 'exclusive_licence'],
    price: 'negotiable',
    targetCountries: ['MM', 'KH', 'LA', 'VN', 'ID', 'PH', 'TH', 'MY'],
  },
  {
    key: 'zh-o23',
    org: 'zh-org-5',
    title: '穿心莲标准化提取物及其抗病毒颗粒剂制备工艺',
    summary:
      '以穿心莲内酯类成分为指标的标准化提取和颗粒制剂工艺，收率高、批次一致性好，适合东盟传统医药市场。',
    description:
      '穿心莲是中国和东盟多国共同使用的传统草药，在泰国和马来西亚广泛用于治疗感冒和咽喉肿痛，但市售产品的有效成分含量差异很大。本工艺采用低温动态逆流提取和大孔树脂纯化，使提取物中穿心莲内酯和脱水穿心莲内酯总量稳定在50%以上，溶剂回收率超过95%。研究所建立了指纹图谱质量控制方法，可同时测定8个特征成分，保证不同产地原料的批次一致性。颗粒剂采用流化床一步制粒，不加蔗糖，口感经矫味处理。研究所可提供工艺包、质量标准和中试生产支持，并协助合作方准备在目标国注册所需的技术资料。',
    applications:
      '适用于传统医药生产企业、保健食品企业和草药种植合作社开展深加工，也可作为东盟传统药注册的基础资料。',
    advantages:
      '有效成分收率比传统回流提取提高约35%，能耗降低30%；指纹图谱相似度保持在0.95以上，满足出口质量要求。',
    fields: ['bio.tcm', 'bio.pharma'],
    keywords: ['穿心莲', '南药', '标准化提取', '指纹图谱', '颗粒剂'],
    trl: 7,
    ipStatus: 'granted_patent',
    patents: [{ number: 'CN112891346B', jurisdiction: 'CN' }],
    transferModes: ['non_exclusive_licence', 'assignment', 'technical_service'],
    price: { amount: 900000, currency: 'CNY' },
    targetCountries: ['TH', 'MY', 'ID', 'VN', 'PH', 'SG'],
  },
  {
    key: 'zh-o24',
    org: 'zh-org-5',
    title: '石斑鱼工厂化循环水养殖系统与育苗技术',
    summary:
      '集成微滤、生物滤池、蛋白分离和紫外消毒的海水循环水养殖系统，配套石斑鱼全人工育苗技术，实现高密度、低排放养殖。',
    description:
      '传统池塘和网箱养殖石斑鱼受台风、赤潮和病害影响大，养殖尾水直接排海也带来环境压力。本系统采用转鼓微滤机去除固体颗粒，移动床生物滤池进行硝化，蛋白分离器和紫外线去除溶解有机物和病原，每天补充新水不超过系统水体的5%。系统配有溶解氧、氨氮和水温在线监测，投喂和增氧可以自动控制。养殖密度可达每立方米40—50千克，饲料系数约1.1，养成周期比池塘缩短约3个月。研究所还掌握珍珠龙胆石斑鱼的亲鱼培育和全人工育苗技术，育苗成活率稳定在15%以上。',
    applications:
      '适用于沿海水产企业、陆基工厂化养殖基地和希望减少近海养殖污染的地区，也可改造用于对虾和军曹鱼养殖。',
    advantages:
      '单位水体产量是池塘的20倍以上，用水量减少95%；不受台风和赤潮影响，病害用药大幅减少，产品可实现全程追溯。',
    fields: ['agri.aquaculture', 'marine.resources', 'env.water_treatment'],
    keywords: ['循环水养殖', '石斑鱼', '工厂化养殖', '人工育苗', '尾水处理'],
    trl: 8,
    ipStatus: 'granted_patent',
    patents: [
      { number: 'CN111165428B', jurisdiction: 'CN' },
      { number: 'CN216453079U', jurisdiction: 'CN' },
    ],
    transferModes: ['technical_service', 'joint_development', 'non_exclusive_licence'],
    price: { amount: 250000, currency: 'USD' },
    targetCountries: ['MY', 'ID', 'VN', 'PH', 'TH', 'BN', 'SG'],
  },
];
