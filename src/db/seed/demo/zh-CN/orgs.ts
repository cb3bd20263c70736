import type { DemoOrganization } from '../types.ts';

/** Simplified Chinese demo pack: five fictional Chinese organisations. */
export const organizations: DemoOrganization[] = [
  {
    key: 'zh-org-1',
    country: 'CN',
    region: '广西壮族自治区南宁市',
    type: 'tech_transfer_intermediary',
    website: 'https://yongjiang-asean-ttc.example',
    names: {
      'zh-CN': '邕江中国—东盟技术转移服务中心',
      en: 'Yongjiang China–ASEAN Technology Transfer Service Centre',
    },
    description:
      '中心位于南宁五象新区，是面向东盟国家的综合性技术转移服务机构，提供技术评估、专利导航、跨境对接和示范推广服务。中心在越南、老挝、柬埔寨、泰国设有四个合作联络点，累计组织技术对接会百余场。目前代理广西区内高校和企业的二百余项可转移技术，重点领域为现代农业、农机装备、生物基材料和北斗应用。',
  },
  {
    key: 'zh-org-2',
    country: 'CN',
    region: '云南省西双版纳傣族自治州景洪市',
    type: 'research_institute',
    website: 'https://diannan-tropagri.example',
    names: {
      'zh-CN': '滇南热带农业科学研究院',
      en: 'Diannan Academy of Tropical Agricultural Sciences',
    },
    description:
      '研究院是从事热带、亚热带作物研究的省属公益性科研机构，设有水稻、木薯、甘蔗、天然橡胶和热带果树等七个研究所。院内拥有试验基地一千二百余亩和省级作物分子育种重点实验室。依托地处澜湄合作前沿的区位，研究院长期与老挝、缅甸、泰国的农业科研机构开展品种联合试验和技术培训。',
  },
  {
    key: 'zh-org-3',
    country: 'CN',
    region: '广东省佛山市',
    type: 'enterprise',
    website: 'https://nanhai-greenpower.example',
    names: {
      'zh-CN': '广东南海绿源新能源科技股份有限公司',
      en: 'Guangdong Nanhai Greenpower New Energy Technology Co., Ltd.',
    },
    description:
      '公司成立于2009年，是一家集研发、制造和工程总包于一体的新能源企业，主营光伏储能系统、磷酸铁锂电池、沼气工程和小水电机组。产品已在越南、印度尼西亚、菲律宾等国的三百多个项目中应用。公司拥有省级工程技术研究中心，授权专利一百二十余件，愿以许可、合资和工程服务等方式与东盟伙伴合作。',
  },
  {
    key: 'zh-org-4',
    country: 'CN',
    region: '上海市杨浦区',
    type: 'university',
    website: 'https://hudong-tech.example',
    names: {
      'zh-CN': '沪东理工大学',
      en: 'Hudong University of Science and Technology',
    },
    description:
      '沪东理工大学是一所以工科为主的综合性大学，在人工智能、港航物流、遥感信息和土木工程等方向具有优势。学校技术转移中心负责专利运营与校地合作，近五年完成技术许可和转让合同三百余项。学校设有东南亚语言智能实验室，与东盟多所高校联合培养研究生。',
  },
  {
    key: 'zh-org-5',
    country: 'CN',
    region: '海南省海口市',
    type: 'research_institute',
    website: 'https://qiongzhou-tropmed.example',
    names: {
      'zh-CN': '琼州热带医学与海洋生物研究所',
      en: 'Qiongzhou Institute of Tropical Medicine and Marine Biology',
    },
    description:
      '研究所成立于1998年，主要从事热带传染病诊断、南药资源开发和热带海水养殖研究。所内建有生物安全二级实验室、南药标准化提取中试车间和海水循环养殖试验基地。研究所与海南自由贸易港多家企业共建成果转化平台，并与东盟国家的疾控机构和水产研究机构保持长期合作。',
  },
];
