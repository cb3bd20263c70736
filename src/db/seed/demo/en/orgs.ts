import type { DemoOrganization } from '../types.ts';

/** English demo pack: five fictional organisations in Singapore, the Philippines and Brunei. */
export const organizations: DemoOrganization[] = [
  {
    key: 'en-org-1',
    country: 'SG',
    region: 'Kallang, Singapore',
    type: 'research_institute',
    website: 'https://kallang-imt.example',
    names: { en: 'Kallang Institute for Microelectronics and Energy Testing' },
    description:
      'A non-profit applied research institute working on semiconductor test engineering, power electronics reliability and battery diagnostics. Its 2,400 m² laboratory houses wafer probers, burn-in ovens and a cell-level battery test bay with 256 channels. The institute licenses its methods to outsourced assembly and test houses and to battery integrators across Southeast Asia and southern China.',
  },
  {
    key: 'en-org-2',
    country: 'SG',
    region: 'Pasir Panjang, Singapore',
    type: 'startup',
    website: 'https://tanjongharbour-labs.example',
    names: { en: 'Tanjong Harbour Logistics Labs Pte. Ltd.' },
    description:
      'A venture-backed start-up founded in 2019 by former terminal planners and software engineers. The company builds digital tools for container terminals, reefer cold chains and trade finance. Its products are in use at three regional ports and with more than 40 freight forwarders between Singapore, Malaysia, Vietnam and Guangxi.',
  },
  {
    key: 'en-org-3',
    country: 'SG',
    region: 'Serangoon, Singapore',
    type: 'university',
    website: 'https://sut-innovation.example',
    names: { en: 'Serangoon University of Technology' },
    description:
      'A young public university of technology with strong programmes in environmental engineering, biomedical sciences and urban systems. Its Innovation and Enterprise Office manages about 180 active patent families and runs a proof-of-concept fund for spin-outs. The university has joint laboratories with partners in Guangzhou, Ho Chi Minh City and Bangkok.',
  },
  {
    key: 'en-org-4',
    country: 'PH',
    region: 'Los Baños, Laguna',
    type: 'research_institute',
    website: 'https://makiling-abi.example',
    names: { en: 'Makiling Agri-Bioresources Institute' },
    description:
      'A research institute at the foot of Mount Makiling dedicated to tropical crops, post-harvest technology, natural products and farm energy. It operates 85 hectares of experimental fields, a pilot food-processing plant and a GMP-certified herbal extraction unit. The institute works with farmer cooperatives in Luzon and Mindanao and welcomes licensees and co-developers from China and ASEAN.',
  },
  {
    key: 'en-org-5',
    country: 'BN',
    region: 'Bandar Seri Begawan, Brunei-Muara',
    type: 'enterprise',
    website: 'https://temburong-greentech.example',
    names: { en: 'Temburong GreenTech Sdn Bhd' },
    description:
      'A Bruneian engineering company that supports the national shift from oil and gas towards renewable energy and nature-based solutions. It designs floating solar plants, treats produced water for upstream operators and restores mangrove coastlines. The company seeks partners in China and ASEAN to co-develop and scale its technologies.',
  },
];
