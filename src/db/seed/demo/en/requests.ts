import type { DemoRequest } from '../types.ts';

/** English demo requests: technology needs of the five English-language organisations. */
export const requests: DemoRequest[] = [
  {
    key: 'en-r01',
    org: 'en-org-2',
    title: 'BeiDou/GNSS Truck Tracking with Electronic Seals for Cross-Border Land Freight',
    problem:
      'Our forwarder customers increasingly move containers by road and rail from Singapore through Malaysia, Thailand and Laos to southern China. Shipments change hands at several border points, and cargo owners lose visibility for hours at a time. Existing GPS trackers drop out in mountain areas and do not show whether a container seal has been opened. Customs authorities along the route also ask for a tamper record that they can trust.',
    outcome:
      'A rugged tracker combined with an electronic seal, using multi-constellation GNSS (BeiDou, GPS, Galileo) and cellular plus satellite fallback. It should report position every 5 minutes, log seal events with a cryptographic signature and integrate with our platform through an API.',
    fields: ['space.satellite_nav', 'transport.logistics', 'ict.iot'],
    keywords: ['BeiDou', 'electronic seal', 'cross-border logistics', 'container tracking', 'GNSS'],
    minTrl: 7,
    budget: { min: 80000, max: 200000, currency: 'USD' },
    cooperationModes: ['non_exclusive_licence', 'joint_development'],
    deadlineDays: 120,
    neededCountries: ['CN', 'MY', 'TH', 'LA'],
    visibility: 'public',
  },
  {
    key: 'en-r02',
    org: 'en-org-1',
    title: 'Automated Inspection of Silicon Carbide Epitaxial Wafer Defects',
    problem:
      'We run reliability qualification for silicon carbide power devices and see that many early failures trace back to epitaxial defects such as basal-plane dislocations and carrot defects. Current optical inspection at our partners misses a large share of killer defects and cannot classify them automatically. Photoluminescence-based tools exist but are expensive and slow for small-volume production lines in the region.',
    outcome:
      'An inspection tool or method that maps and classifies epitaxial defects on 150 mm and 200 mm SiC wafers in under 15 minutes per wafer, with classification accuracy above 90%. We would like to co-develop correlation models linking defect maps with our reliability test data.',
    fields: ['ict.semiconductors', 'manuf.equipment', 'ict.ai'],
    keywords: ['silicon carbide', 'epitaxy', 'defect inspection', 'photoluminescence', 'wafer mapping'],
    minTrl: 5,
    budget: { min: 150000, max: 500000, currency: 'SGD' },
    cooperationModes: ['joint_development', 'non_exclusive_licence'],
    deadlineDays: 180,
    neededCountries: ['CN', 'SG', 'MY'],
    visibility: 'public',
  },
  {
    key: 'en-r03',
    org: 'en-org-3',
    title: 'Solar-Driven Small-Scale Desalination for Remote Islands',
    problem:
      'Our field station supports island communities in the region that rely on rainwater and shipped-in water during dry months. Diesel-powered reverse osmosis units break down frequently and fuel is expensive. Communities of 300–1,500 people need a robust system that local technicians can maintain. Membrane fouling and scaling in warm, biologically active seawater are recurring problems.',
    outcome:
      'A containerised desalination unit producing 20–50 m³ of drinking water per day, powered mainly by solar energy with battery or thermal storage. Energy use should stay below 4 kWh/m³, and maintenance intervals should be at least three months.',
    fields: ['marine.desalination', 'energy.solar', 'env.water_supply'],
    keywords: ['desalination', 'reverse osmosis', 'solar water', 'island communities', 'drinking water'],
    minTrl: 6,
    budget: { min: 60000, max: 150000, currency: 'SGD' },
    cooperationModes: ['technical_service', 'joint_development'],
    deadlineDays: 150,
    neededCountries: ['CN', 'ID', 'PH', 'MY', 'TH'],
    visibility: 'public',
  },
  {
    key: 'en-r04',
    org: 'en-org-4',
    title: 'Biological Control of Fall Armyworm in Smallholder Maize',
    problem:
      'Fall armyworm has spread across Philippine maize areas since 2019 and can destroy 20–40% of the crop in untreated fields. Smallholders respond with repeated insecticide sprays, which are costly, harm natural enemies and speed up resistance. Our extension teams need an affordable biological option that farmers can apply with existing knapsack sprayers. Products must remain effective after storage without refrigeration.',
    outcome:
      'A biopesticide (for example a baculovirus, Metarhizium or Bt formulation) or a mass-rearing method for egg parasitoids, with at least 70% field control and shelf life of six months at 30 °C. We seek licensing or local production know-how.',
    fields: ['agri.protection', 'bio.industrial'],
    keywords: ['fall armyworm', 'biopesticide', 'maize', 'biological control', 'integrated pest management'],
    minTrl: 6,
    budget: { min: 1500000, max: 5000000, currency: 'PHP' },
    cooperationModes: ['non_exclusive_licence', 'technical_service'],
    deadlineDays: 90,
    neededCountries: ['CN', 'TH', 'VN', 'ID'],
    visibility: 'public',
  },
  {
    key: 'en-r05',
    org: 'en-org-4',
    title: 'Solar-Powered Ice Making and Cold Storage for Small Fishing Communities',
    problem:
      'Municipal fisherfolk in coastal Visayas land 100–500 kg of fish a day but have no reliable electricity for ice or cold storage. A large share of the catch is sold cheaply or spoiled within hours. Diesel generators are too expensive to run, and existing solar freezers are small household units. Communities need equipment that cooperatives can own and maintain.',
    outcome:
      'An off-grid cold-storage and ice-making unit for 1–3 tonnes of fish, powered by solar PV with thermal or battery storage, that works through two cloudy days. We aim to pilot in three communities and then scale through local fabrication.',
    fields: ['transport.cold_chain', 'energy.solar', 'agri.aquaculture'],
    keywords: ['solar cold storage', 'ice making', 'fisheries', 'off-grid', 'post-harvest loss'],
    minTrl: 7,
    budget: { min: 2000000, max: 6000000, currency: 'PHP' },
    cooperationModes: ['technical_service', 'non_exclusive_licence'],
    deadlineDays: 100,
    neededCountries: ['CN', 'VN', 'TH', 'ID', 'MY'],
    visibility: 'public',
  },
  {
    key: 'en-r06',
    org: 'en-org-5',
    title: 'Battery Storage and Control System for an Island Solar–Diesel Microgrid',
    problem:
      'A client operating a remote facility runs a 1.5 MW diesel microgrid and plans to add 2 MWp of solar PV. Without storage, solar output would be curtailed at midday and diesel generators would run at inefficient low loads. The site is hot and humid, and fire safety rules are strict. The client prefers not to be named while tenders are being prepared.',
    outcome:
      'A 2–4 MWh LFP or sodium-ion storage system with a microgrid controller able to switch off all diesel generators for several hours a day. We look for a supplier ready to deliver, install and train local staff, with a performance warranty of at least 10 years.',
    fields: ['energy.storage', 'energy.grid', 'energy.solar'],
    keywords: ['microgrid', 'battery energy storage', 'LFP', 'sodium-ion', 'diesel replacement'],
    minTrl: 8,
    budget: { min: 1200000, max: 2500000, currency: 'BND' },
    cooperationModes: ['technical_service', 'investment'],
    deadlineDays: 75,
    neededCountries: ['CN', 'SG', 'MY'],
    visibility: 'anonymous',
  },
  {
    key: 'en-r07',
    org: 'en-org-3',
    title: 'Anaerobic Co-Digestion of Food Waste and Used Water Sludge on Campus',
    problem:
      'Our campus and the surrounding estate generate about 12 tonnes of food waste a day, currently incinerated. We want to treat it on site together with sludge from a small used-water plant and recover energy. Space is very limited, and odour control is critical near housing. Mixed food waste in the region contains much oil, bones and packaging.',
    outcome:
      'A compact, enclosed co-digestion plant with pre-treatment for depackaging and fat removal, producing biogas for a combined heat and power unit. Digestate should be dewatered and suitable for use as soil conditioner, and the plant will double as a teaching and research facility.',
    fields: ['env.waste', 'energy.biomass'],
    keywords: ['food waste', 'anaerobic digestion', 'co-digestion', 'biogas', 'sludge'],
    minTrl: 7,
    budget: { min: 800000, max: 2000000, currency: 'SGD' },
    cooperationModes: ['technical_service', 'joint_development'],
    deadlineDays: 160,
    neededCountries: ['CN', 'TH', 'MY', 'VN'],
    visibility: 'public',
  },
  {
    key: 'en-r08',
    org: 'en-org-1',
    title: 'Hydrometallurgical Recycling of LFP and NMC Battery Black Mass',
    problem:
      'Our battery diagnostics work produces a steady stream of cells that cannot be reused, and regional partners are collecting more end-of-life EV packs every year. There is little local capacity to recover lithium, nickel and cobalt, so black mass is shipped far away at high cost. We are preparing a consortium proposal and share this need only with platform operators at this stage.',
    outcome:
      'A proven leaching and purification process for mixed LFP and NMC black mass with lithium recovery above 90% and battery-grade products. We seek a technology partner for a pilot of 1–3 tonnes per day and possible joint investment.',
    fields: ['energy.storage', 'chem.green', 'env.waste'],
    keywords: ['battery recycling', 'black mass', 'hydrometallurgy', 'lithium recovery', 'LFP'],
    minTrl: 6,
    budget: { min: 500000, max: 1500000, currency: 'USD' },
    cooperationModes: ['joint_development', 'investment', 'exclusive_licence'],
    deadlineDays: 200,
    neededCountries: ['CN', 'ID', 'TH'],
    visibility: 'operators_only',
  },
  {
    key: 'en-r09',
    org: 'en-org-2',
    title: 'Machine-Vision Inspection for Latex Glove Production Lines',
    problem:
      'A glove manufacturer working with us still relies on manual visual inspection at the end of its dipping lines. Inspectors miss pinholes, tears and stains at line speeds of more than 30,000 gloves per hour, leading to rejected export batches. The company wants to remain anonymous until it has chosen a supplier.',
    outcome:
      'A camera and AI inspection system that detects defects down to 0.5 mm on natural rubber and nitrile gloves at full line speed, with an automatic reject mechanism. False-reject rate should stay below 1%.',
    fields: ['materials.rubber', 'manuf.robotics', 'ict.ai'],
    keywords: ['glove inspection', 'machine vision', 'latex', 'quality control', 'defect detection'],
    minTrl: 7,
    budget: { min: 120000, max: 350000, currency: 'USD' },
    cooperationModes: ['technical_service', 'non_exclusive_licence'],
    deadlineDays: 90,
    neededCountries: ['CN', 'MY', 'TH'],
    visibility: 'anonymous',
  },
];
