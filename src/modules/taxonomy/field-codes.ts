/**
 * The fields-of-technology taxonomy: two levels, codes are stable identifiers
 * stored on listings ("agri" is a top field, "agri.crops" a sub-field).
 * English labels here are the reference; all ten locales live in labels/ (see labels.ts).
 */
export const FIELD_TREE = {
  agri: ['Agriculture and food', {
    'agri.crops': 'Crop breeding and seeds',
    'agri.cultivation': 'Cultivation and smart farming',
    'agri.protection': 'Plant protection and pest control',
    'agri.livestock': 'Livestock and veterinary science',
    'agri.aquaculture': 'Aquaculture and fisheries',
    'agri.processing': 'Food processing and preservation',
    'agri.safety': 'Food safety and quality testing',
    'agri.machinery': 'Agricultural machinery',
  }],
  energy: ['New and renewable energy', {
    'energy.solar': 'Solar photovoltaics and solar thermal',
    'energy.wind': 'Wind power',
    'energy.hydro': 'Hydropower and small hydro',
    'energy.biomass': 'Biomass and bioenergy',
    'energy.storage': 'Energy storage and batteries',
    'energy.hydrogen': 'Hydrogen and fuel cells',
    'energy.grid': 'Smart grids and power electronics',
    'energy.efficiency': 'Energy efficiency and building energy',
  }],
  bio: ['Biotechnology and medicine', {
    'bio.pharma': 'Pharmaceuticals and drug discovery',
    'bio.tcm': 'Traditional and herbal medicine',
    'bio.diagnostics': 'Diagnostics and medical testing',
    'bio.devices': 'Medical devices',
    'bio.vaccines': 'Vaccines and biologics',
    'bio.genomics': 'Genomics and molecular biology',
    'bio.industrial': 'Industrial biotechnology and fermentation',
    'bio.health': 'Digital health and telemedicine',
  }],
  ict: ['ICT and the digital economy', {
    'ict.ai': 'Artificial intelligence and machine learning',
    'ict.software': 'Software and cloud services',
    'ict.telecom': 'Telecommunications and 5G',
    'ict.iot': 'Internet of things and sensors',
    'ict.security': 'Cybersecurity',
    'ict.semiconductors': 'Semiconductors and integrated circuits',
    'ict.ecommerce': 'E-commerce and fintech',
    'ict.data': 'Big data and geographic information',
  }],
  manuf: ['Advanced manufacturing', {
    'manuf.robotics': 'Robotics and automation',
    'manuf.machine_tools': 'Machine tools and precision machining',
    'manuf.additive': 'Additive manufacturing (3D printing)',
    'manuf.industrial_internet': 'Industrial internet and smart factories',
    'manuf.equipment': 'Process equipment and instruments',
    'manuf.textiles': 'Textiles and light industry',
    'manuf.electronics': 'Electronics manufacturing',
  }],
  materials: ['New materials', {
    'materials.polymers': 'Polymers and composites',
    'materials.metals': 'Metals and alloys',
    'materials.ceramics': 'Ceramics and glass',
    'materials.nano': 'Nanomaterials and graphene',
    'materials.rubber': 'Natural rubber and latex products',
    'materials.construction': 'Building and construction materials',
    'materials.biobased': 'Bio-based and biodegradable materials',
  }],
  env: ['Environment and water', {
    'env.water_treatment': 'Water and wastewater treatment',
    'env.water_supply': 'Water supply and irrigation',
    'env.air': 'Air pollution control',
    'env.waste': 'Solid waste and recycling',
    'env.soil': 'Soil remediation',
    'env.climate': 'Climate adaptation and carbon reduction',
    'env.monitoring': 'Environmental monitoring',
  }],
  transport: ['Transport and logistics', {
    'transport.ev': 'Electric vehicles and charging',
    'transport.rail': 'Rail transport',
    'transport.intelligent': 'Intelligent transport systems',
    'transport.logistics': 'Logistics and supply chains',
    'transport.ports': 'Ports and shipping',
    'transport.cold_chain': 'Cold chain',
  }],
  marine: ['Marine science and technology', {
    'marine.resources': 'Marine biological resources',
    'marine.engineering': 'Ocean engineering and equipment',
    'marine.observation': 'Ocean observation',
    'marine.coastal': 'Coastal protection and mangroves',
    'marine.desalination': 'Seawater desalination',
  }],
  space: ['Aerospace and remote sensing', {
    'space.remote_sensing': 'Earth observation and remote sensing',
    'space.satellite_nav': 'Satellite navigation (BeiDou, GNSS)',
    'space.satellites': 'Small satellites and communications',
    'space.drones': 'Drones and unmanned aerial systems',
    'space.aviation': 'Aviation technology',
  }],
  construction: ['Urban development and construction', {
    'construction.smart_city': 'Smart cities',
    'construction.green_building': 'Green building',
    'construction.infrastructure': 'Roads, bridges and infrastructure',
    'construction.disaster': 'Disaster prevention and mitigation',
    'construction.housing': 'Prefabricated and low-cost housing',
  }],
  resources: ['Mining and natural resources', {
    'resources.mining': 'Mining technology',
    'resources.mineral_processing': 'Mineral processing and rare earths',
    'resources.oil_gas': 'Oil and gas',
    'resources.forestry': 'Forestry and timber',
    'resources.geology': 'Geological survey',
  }],
  chem: ['Chemical engineering', {
    'chem.fine': 'Fine and specialty chemicals',
    'chem.petrochemical': 'Petrochemicals',
    'chem.fertilizers': 'Fertilizers and agrochemicals',
    'chem.catalysis': 'Catalysis and process intensification',
    'chem.green': 'Green chemistry',
  }],
  health_society: ['Public health and social development', {
    'health_society.public_health': 'Public health and epidemic prevention',
    'health_society.elderly': 'Elderly care and rehabilitation',
    'health_society.education': 'Education technology',
    'health_society.culture': 'Cultural heritage and creative industries',
    'health_society.tourism': 'Tourism technology',
  }],
  services: ['Technology services', {
    'services.testing': 'Testing, inspection and certification',
    'services.standards': 'Standards and metrology',
    'services.ip': 'Intellectual property services',
    'services.incubation': 'Incubation and technology finance',
    'services.consulting': 'Engineering consulting and design',
  }],
} as const satisfies Record<string, readonly [string, Record<string, string>]>;

export type TopFieldCode = keyof typeof FIELD_TREE;
export const TOP_FIELD_CODES = Object.keys(FIELD_TREE) as TopFieldCode[];
export const SUB_FIELD_CODES: string[] = Object.values(FIELD_TREE).flatMap(([, subs]) => Object.keys(subs));
export const ALL_FIELD_CODES: string[] = [...TOP_FIELD_CODES, ...SUB_FIELD_CODES];
