import type { DemoRequest } from '../types.ts';

/** Simplified Chinese demo requests: needs of Chinese organisations looking for partners in ASEAN and beyond. */
export const requests: DemoRequest[] = [
  {
    key: 'zh-r01',
    org: 'zh-org-2',
    title: '征集东南亚木薯抗病种质资源并开展联合评价',
    problem:
      '木薯花叶病和褐条病在湄公河流域不断扩散，而我院现有木薯种质的遗传基础较窄，缺少稳定的抗病来源。东南亚各国保存有大量地方品种和野生近缘种，其中可能包含抗病和耐旱基因。由于各国对种质交换的管理规定不同，单靠我院难以系统收集和评价。我们希望与东盟国家的科研机构按照惠益分享原则开展合作。',
    outcome:
      '与2—3家东盟科研机构签订合作协议，在各自国家同步开展200份以上种质的抗病表型鉴定和分子检测。双方共享评价数据，联合选育抗病高淀粉新品种，并共同申请品种保护。',
    fields: ['agri.crops', 'bio.genomics'],
    keywords: ['木薯', '种质资源', '抗病育种', '惠益分享', '联合评价'],
    minTrl: 3,
    budget: { min: 500000, max: 1500000, currency: 'CNY' },
    cooperationModes: ['joint_development'],
    deadlineDays: 180,
    neededCountries: ['TH', 'VN', 'KH', 'LA', 'ID'],
    visibility: 'public',
  },
  {
    key: 'zh-r02',
    org: 'zh-org-3',
    title: '寻找马来西亚、印尼棕榈油厂沼气发电项目本地工程合作伙伴',
    problem:
      '我公司的厌氧沼气技术已在国内和泰国多个项目中得到验证，目前马来西亚和印度尼西亚有多家棕榈油厂表达了合作意向。但我们缺少熟悉当地审批、并网和环保法规的工程合作伙伴，项目推进较慢。当地土建施工、设备安装和长期运维也需要本地团队承担。我们还希望了解当地可再生能源上网电价政策和碳信用开发路径。',
    outcome:
      '与一至两家当地工程公司建立长期合作关系，由我方提供核心工艺和关键设备，对方负责审批、土建和运维。首批计划在两年内落地3—5个每天处理1000立方米以上废水的沼气发电项目。',
    fields: ['energy.biomass', 'services.consulting', 'env.water_treatment'],
    keywords: ['棕榈油厂废水', '沼气发电', '工程总包', '本地合作伙伴', '碳信用'],
    minTrl: 8,
    budget: null,
    cooperationModes: ['joint_development', 'technical_service', 'investment'],
    deadlineDays: 120,
    neededCountries: ['MY', 'ID'],
    visibility: 'public',
  },
  {
    key: 'zh-r03',
    org: 'zh-org-4',
    title: '寻求老挝语、高棉语、缅甸语高质量平行语料与语言专家合作',
    problem:
      '我校东南亚语言智能实验室正在改进中文与东盟小语种的机器翻译模型，但老挝语、高棉语和缅甸语的高质量双语语料严重不足。网络上可获取的语料多为宗教文本和新闻，在农业、法律和医疗等专业领域覆盖很少。模型评测也缺少以这些语言为母语的专业人员进行人工评估。我们希望通过合法、合规的方式获得授权语料。',
    outcome:
      '与东盟国家的高校、出版机构或翻译公司合作，获得每种语言不少于50万句对的授权平行语料，并组建由母语者参与的人工评测团队。合作成果可用于双方的教学和研究，并共同发布面向低资源语言的公开测试集。',
    fields: ['ict.ai', 'health_society.education'],
    keywords: ['平行语料', '低资源语言', '老挝语', '高棉语', '缅甸语'],
    minTrl: 2,
    budget: { min: 50000, max: 200000, currency: 'USD' },
    cooperationModes: ['joint_development', 'technical_service'],
    deadlineDays: 150,
    neededCountries: ['LA', 'KH', 'MM'],
    visibility: 'public',
  },
  {
    key: 'zh-r04',
    org: 'zh-org-5',
    title: '征集东南亚医院合作开展登革热快速诊断试剂多中心临床评价',
    problem:
      '我所研制的登革热三联荧光快速检测试剂已完成国内临床评价，但在东盟国家申请注册时，监管机构普遍要求提供本国或本地区的临床数据。海南病例中以部分血清型为主，不能完全代表东南亚的流行情况。我们需要在登革热高发地区的医院中收集足够数量、覆盖四种血清型的临床样本。',
    outcome:
      '在越南、泰国、菲律宾或马来西亚选择3—4家具备资质的医院或研究机构，按照统一方案完成不少于2000例前瞻性临床评价，形成可用于各国注册的临床报告。合作方可共同署名发表研究论文，并优先获得产品的本地代理权。',
    fields: ['bio.diagnostics', 'health_society.public_health'],
    keywords: ['登革热', '临床评价', '多中心研究', '医疗器械注册', '体外诊断'],
    minTrl: 7,
    budget: { min: 150000, max: 400000, currency: 'USD' },
    cooperationModes: ['joint_development', 'technical_service'],
    deadlineDays: 90,
    neededCountries: ['VN', 'TH', 'PH', 'MY'],
    visibility: 'public',
  },
  {
    key: 'zh-r05',
    org: 'zh-org-1',
    title: '甘蔗叶与糖蜜高值化利用技术需求',
    problem:
      '广西每年产生甘蔗叶约1000万吨，大部分被田间焚烧或直接废弃，既浪费资源又造成空气污染。制糖副产物糖蜜目前主要用于生产酒精，附加值不高且受市场价格波动影响较大。区内多家糖业集团希望延伸产业链，开发附加值更高的产品。泰国等东盟制糖大国在甘蔗副产物综合利用方面有较多实践经验，值得借鉴。',
    outcome:
      '引进一至两项成熟技术，例如甘蔗叶青贮饲料、甘蔗叶成型燃料或以糖蜜为原料发酵生产生物基化学品的工艺。希望技术方能提供中试数据和工程化方案，并在一家糖厂建设示范线。',
    fields: ['chem.green', 'bio.industrial', 'energy.biomass'],
    keywords: ['甘蔗叶', '糖蜜', '副产物利用', '生物基化学品', '秸秆禁烧'],
    minTrl: 6,
    budget: { min: 2000000, max: 8000000, currency: 'CNY' },
    cooperationModes: ['non_exclusive_licence', 'joint_development', 'assignment'],
    deadlineDays: 200,
    neededCountries: ['TH', 'PH', 'VN', 'ID'],
    visibility: 'public',
  },
  {
    key: 'zh-r06',
    org: 'zh-org-3',
    title: '寻求红土镍矿湿法冶炼中间品稳定供应及技术合作伙伴',
    problem:
      '随着储能和动力电池业务扩大，我方计划开发高镍三元正极材料产品线，但上游硫酸镍原料价格波动大，供应渠道单一。东南亚红土镍矿资源丰富，高压酸浸工艺可生产氢氧化镍钴等电池级中间品，但尾矿处置和能耗问题需要妥善解决。我方希望与拥有资源或冶炼技术的伙伴合作，建立长期稳定且符合环保要求的供应链。出于商业考虑，本需求暂以匿名方式发布。',
    outcome:
      '与当地矿山或冶炼企业签订中长期供货协议，或以合资方式参与年产2万吨镍金属量的湿法冶炼项目。合作方案须包含尾矿干堆、废水零排放和可追溯的环境与社会责任管理措施。',
    fields: ['resources.mineral_processing', 'energy.storage'],
    keywords: ['红土镍矿', '高压酸浸', '氢氧化镍钴', '电池原材料', '供应链'],
    minTrl: 8,
    budget: { min: 20000000, max: 100000000, currency: 'USD' },
    cooperationModes: ['investment', 'joint_development'],
    deadlineDays: 240,
    neededCountries: ['ID', 'PH'],
    visibility: 'anonymous',
  },
  {
    key: 'zh-r07',
    org: 'zh-org-1',
    title: '进口鲜榴莲无损成熟度检测与快速冷冻技术需求',
    problem:
      '中心服务的一家广西水果进口企业每年从泰国、越南进口鲜榴莲约3万吨，但果实成熟度主要依赖人工敲击和经验判断，生熟不一导致到港后损耗和客户投诉较多。企业同时希望开发冷冻榴莲果肉产品，但现有速冻工艺会导致果肉口感变差、风味流失。企业要求以匿名方式发布需求，由中心代为对接。',
    outcome:
      '引进可在产地包装厂使用的榴莲无损成熟度检测设备，例如近红外或声学检测，分级准确率达到85%以上。同时希望获得榴莲果肉的液氮速冻或其他快速冷冻工艺，冷冻保存6个月后解冻的感官评分不低于鲜果的九成。',
    fields: ['agri.safety', 'agri.processing', 'transport.cold_chain'],
    keywords: ['榴莲', '无损检测', '成熟度分级', '速冻', '进口水果'],
    minTrl: 6,
    budget: { min: 1000000, max: 3000000, currency: 'CNY' },
    cooperationModes: ['non_exclusive_licence', 'technical_service', 'joint_development'],
    deadlineDays: 100,
    neededCountries: ['TH', 'VN', 'MY'],
    visibility: 'anonymous',
  },
  {
    key: 'zh-r08',
    org: 'zh-org-4',
    title: '港口工业控制系统网络安全防护与监测技术合作',
    problem:
      '我校承担的码头远程操控改造项目使岸桥、场桥等设备控制系统接入5G专网和码头操作系统，原本相对封闭的工业控制网络暴露面明显增加。港口属于关键信息基础设施，一旦遭受勒索软件或恶意控制，可能造成作业中断甚至安全事故。我们需要具备工控安全经验的伙伴，共同完善安全架构并开展攻防测试。由于涉及具体码头的网络结构信息，本需求仅对平台运营方可见。',
    outcome:
      '联合开发适用于港口起重设备控制系统的入侵检测和异常行为监测方案，并在一个试点码头完成部署和攻防演练。形成可在东盟港口改造项目中复用的安全基线和运维规程。',
    fields: ['ict.security', 'transport.ports'],
    keywords: ['工控安全', '智慧港口', '入侵检测', '关键信息基础设施', '攻防演练'],
    minTrl: 6,
    budget: { min: 800000, max: 2500000, currency: 'CNY' },
    cooperationModes: ['joint_development', 'technical_service'],
    deadlineDays: 120,
    neededCountries: ['CN', 'SG', 'MY'],
    visibility: 'operators_only',
  },
  {
    key: 'zh-r09',
    org: 'zh-org-5',
    title: '适用于海岛养殖基地的小型光伏海水淡化装置',
    problem:
      '我所在南海沿岸和东南亚合作伙伴处建设的海水养殖试验站多位于小岛和偏远海岸，淡水需要靠船运或车运，成本高且供应不稳定。养殖人员生活用水和实验室用水每天约需10—20立方米。现有小型反渗透设备能耗高，依赖柴油发电，在高温高盐环境下膜污染和设备腐蚀问题突出。',
    outcome:
      '获得一套由光伏供电、日产淡水10—20立方米的小型海水淡化装置，吨水能耗不高于4千瓦时，能在无人值守状态下连续运行，维护间隔不少于3个月。希望先在海南试点，之后推广到菲律宾和印度尼西亚的合作站点。',
    fields: ['marine.desalination', 'energy.solar'],
    keywords: ['海水淡化', '反渗透', '光伏', '海岛供水', '无人值守'],
    minTrl: 7,
    budget: { min: 40000, max: 120000, currency: 'USD' },
    cooperationModes: ['technical_service', 'non_exclusive_licence'],
    deadlineDays: 90,
    neededCountries: ['CN', 'SG', 'MY', 'TH'],
    visibility: 'public',
  },
  {
    key: 'zh-r10',
    org: 'zh-org-2',
    title: '云南小粒咖啡精品化发酵与后处理技术引进',
    problem:
      '云南小粒咖啡种植面积大，但大部分以低价商品豆出售，精品率不足10%。当地咖啡农多采用传统水洗法，发酵过程缺乏控制，风味稳定性差，不同批次的杯测分数波动较大。越南、印度尼西亚等国在蜜处理、厌氧发酵和特色菌种应用方面积累了较多经验。我们希望引进适合小农户和合作社的可控发酵技术。',
    outcome:
      '引进一套包括发酵菌种、温度和pH控制设备以及工艺规程的咖啡可控发酵技术，在普洱和保山建设2个示范点。示范批次的杯测分数稳定在80分以上，精品豆比例提高到30%。',
    fields: ['agri.processing', 'bio.industrial'],
    keywords: ['咖啡', '可控发酵', '精品咖啡', '后处理', '菌种'],
    minTrl: 6,
    budget: { min: 300000, max: 800000, currency: 'CNY' },
    cooperationModes: ['technical_service', 'non_exclusive_licence', 'joint_development'],
    deadlineDays: 150,
    neededCountries: ['VN', 'ID', 'TH', 'LA'],
    visibility: 'public',
  },
];
