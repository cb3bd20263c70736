import type { DemoOffer } from '../types.ts';

/** English demo offers, part 1: semiconductor testing, batteries and port logistics. */
export const offers: DemoOffer[] = [
  {
    key: 'en-o01',
    org: 'en-org-1',
    title: 'Machine-Learning Yield Analytics for Wafer Sort and Final Test',
    summary:
      'Software that links wafer-sort and final-test data to flag drifting test cells and predict failing lots before they leave the test floor.',
    description:
      'The platform ingests STDF files from wafer probers and handlers and builds a unified die-level history across probe, burn-in and final test. Gradient-boosted models and spatial clustering detect wafer-map signatures such as edge rings, scratches and probe-card wear. A drift monitor compares each tester and load board with its peers and raises an alert when the parametric distribution shifts by more than 1.5 sigma. In a 14-month pilot at a Singapore outsourced test house, the system processed 9 million dice per week. It runs on a single on-premise server, so customer data never leaves the factory.',
    applications:
      'Outsourced semiconductor assembly and test companies, fabless chip designers and in-house test floors of integrated device makers.',
    advantages:
      'Escaped defects fell by 38% and retest volume by 22% during the pilot; root-cause analysis time dropped from days to under four hours.',
    fields: ['ict.semiconductors', 'ict.ai', 'services.testing'],
    keywords: ['yield management', 'wafer map', 'STDF', 'test analytics', 'machine learning'],
    trl: 7,
    ipStatus: 'granted_patent',
    patents: [{ number: 'SG11202103456T', jurisdiction: 'SG' }],
    transferModes: ['non_exclusive_licence', 'technical_service'],
    price: { amount: 180000, currency: 'SGD' },
    targetCountries: ['SG', 'MY', 'VN', 'PH', 'TH', 'CN'],
  },
  {
    key: 'en-o02',
    org: 'en-org-1',
    title: 'High-Temperature Reverse-Bias Test Board for Silicon Carbide MOSFETs',
    summary:
      'A modular reliability test board that runs HTRB and HTGB stress on up to 80 SiC power devices at once at 175 °C.',
    description:
      'Each board carries 80 independent sockets with individual leakage-current measurement down to 1 nA, so a failing device is isolated without stopping the run. Ceramic substrates and high-creepage layouts allow blocking voltages up to 1,700 V. Built-in firmware logs every device every 30 seconds and exports results in a format accepted by common qualification standards. Boards fit standard burn-in ovens, avoiding the purchase of a dedicated chamber. The design has been used to qualify more than 20,000 devices from three suppliers.',
    applications:
      'Qualification of SiC and GaN devices for electric vehicles, solar inverters and fast chargers; incoming quality control at module makers.',
    advantages:
      'About 45% lower cost per test position than imported systems and 3× more devices per oven load.',
    fields: ['ict.semiconductors', 'energy.grid', 'services.testing'],
    keywords: ['silicon carbide', 'HTRB', 'power semiconductors', 'reliability testing', 'burn-in'],
    trl: 6,
    ipStatus: 'pending_application',
    patents: [{ number: 'SG10202204871W', jurisdiction: 'SG' }],
    transferModes: ['exclusive_licence', 'joint_development'],
    price: 'negotiable',
    targetCountries: ['SG', 'MY', 'CN', 'VN', 'TH'],
  },
  {
    key: 'en-o03',
    org: 'en-org-1',
    title: 'Fast State-of-Health Diagnosis of EV Battery Cells by Impedance Spectroscopy',
    summary:
      'A 90-second test that estimates the remaining capacity of lithium-ion cells without a full charge–discharge cycle.',
    description:
      'The method applies a multi-sine current signal between 0.1 Hz and 1 kHz and fits the measured impedance to an equivalent-circuit model. A regression model trained on 4,800 aged NMC and LFP cells converts the fitted parameters into state of health. The test works at any state of charge between 20% and 80% and compensates for temperature between 15 and 40 °C. Hardware consists of a compact potentiostat module that can be integrated into existing end-of-line or service equipment.',
    applications:
      'Electric-vehicle service centres, battery swap stations, second-life battery sorting and incoming inspection at pack assemblers.',
    advantages:
      'Capacity estimation error below 3% versus 6–8 hours for a conventional capacity test; equipment cost under USD 4,000 per channel.',
    fields: ['energy.storage', 'transport.ev'],
    keywords: ['state of health', 'lithium-ion', 'impedance spectroscopy', 'battery diagnostics', 'electric vehicles'],
    trl: 6,
    ipStatus: 'pending_application',
    patents: [
      { number: 'SG10202301127P', jurisdiction: 'SG' },
      { number: 'CN117054982A', jurisdiction: 'CN' },
    ],
    transferModes: ['non_exclusive_licence', 'joint_development'],
    price: { amount: 250000, currency: 'SGD' },
    targetCountries: ['CN', 'TH', 'ID', 'VN', 'MY', 'SG'],
  },
  {
    key: 'en-o04',
    org: 'en-org-1',
    title: 'Grading and Re-Packing Second-Life EV Batteries for Stationary Storage',
    summary:
      'A process and software toolkit to sort retired EV modules into matched groups and build safe storage racks for shops, farms and telecom sites.',
    description:
      'Retired modules are screened for swelling, insulation faults and internal resistance, then graded into four classes using the institute\'s fast diagnosis method. A matching algorithm groups modules with similar capacity and resistance so that strings age evenly. The toolkit includes reference designs for 15 kWh and 60 kWh racks with a battery management system, fire-detection sensors and remote monitoring. A demonstration rack at a Singapore data-logger facility has cycled daily for 26 months with under 4% capacity fade.',
    applications:
      'Backup power for telecom towers, solar self-consumption for small businesses and cold rooms, and microgrids on islands.',
    advantages:
      'Storage cost about 40% lower than new LFP systems, and every tonne of reused modules avoids roughly 1.2 tonnes of CO₂ from new cell manufacture.',
    fields: ['energy.storage', 'env.waste'],
    keywords: ['second-life batteries', 'battery reuse', 'energy storage', 'circular economy'],
    trl: 7,
    ipStatus: 'know_how',
    patents: [],
    transferModes: ['technical_service', 'non_exclusive_licence'],
    price: { amount: 95000, currency: 'USD' },
    targetCountries: ['ID', 'PH', 'VN', 'TH', 'KH', 'LA'],
  },
  {
    key: 'en-o05',
    org: 'en-org-2',
    title: 'Container Yard Digital Twin with AI Stacking and Crane Scheduling',
    summary:
      'A live 3D model of the container yard that recommends slot allocation and crane sequences to cut unproductive reshuffles.',
    description:
      'The digital twin synchronises with the terminal operating system every 10 seconds and mirrors every box, crane and truck in the yard. A reinforcement-learning planner chooses stacking positions based on predicted pickup time, weight class and vessel rotation. A second module sequences rubber-tyred gantry cranes and internal trucks to balance workload across blocks. Planners can replay past shifts and test "what-if" scenarios such as a late vessel or a closed block. The system is deployed at a 1.2-million-TEU terminal in the region.',
    applications:
      'Container terminals, inland container depots and dry ports, including those on new China–ASEAN rail and road corridors.',
    advantages:
      'Reshuffles reduced by 27%, average truck turnaround time shortened by 11 minutes, and crane idle time cut by 15%.',
    fields: ['transport.ports', 'ict.ai', 'ict.software'],
    keywords: ['digital twin', 'container terminal', 'yard planning', 'reinforcement learning', 'smart port'],
    trl: 8,
    ipStatus: 'software_copyright',
    patents: [],
    transferModes: ['non_exclusive_licence', 'technical_service'],
    price: { amount: 320000, currency: 'USD' },
    targetCountries: ['VN', 'MY', 'ID', 'TH', 'PH', 'KH', 'CN'],
  },
  {
    key: 'en-o06',
    org: 'en-org-2',
    title: 'Low-Power Reefer and Cold-Room Monitoring over NB-IoT and LoRa',
    summary:
      'Clip-on sensors and a cloud dashboard that track temperature, humidity, door openings and location of perishable cargo from farm to port.',
    description:
      'Battery-powered sensor tags measure temperature (±0.3 °C), humidity and door status every 5 minutes and last 18 months on two AA cells. Data travel over NB-IoT where available and fall back to a LoRa gateway in cold rooms and ships\' holds. The dashboard issues alerts when a shipment leaves its agreed temperature band and produces a signed temperature record for buyers and customs. A GNSS module, compatible with BeiDou and GPS, adds location every 30 minutes. More than 6,000 shipments of durian, mango and seafood have been monitored on routes to southern China.',
    applications:
      'Exporters of fresh fruit, seafood and vaccines, reefer depot operators, cold-storage warehouses and freight forwarders.',
    advantages:
      'Tag cost below USD 18 and spoilage claims reduced by about a third for pilot exporters.',
    fields: ['transport.cold_chain', 'ict.iot'],
    keywords: ['cold chain', 'reefer monitoring', 'NB-IoT', 'LoRa', 'fresh fruit export'],
    trl: 8,
    ipStatus: 'pending_application',
    patents: [{ number: 'SG10202107739R', jurisdiction: 'SG' }],
    transferModes: ['non_exclusive_licence', 'investment'],
    price: { amount: 60000, currency: 'SGD' },
    targetCountries: ['VN', 'TH', 'PH', 'MY', 'ID', 'CN'],
  },
  {
    key: 'en-o07',
    org: 'en-org-2',
    title: 'Tamper-Evident Trade Document Verification for SME Trade Finance',
    summary:
      'A service that verifies electronic bills of lading, invoices and certificates of origin so that banks can finance small exporters faster.',
    description:
      'Documents are hashed and anchored to a permissioned ledger shared by shipping lines, banks and forwarders, so any later change is detected instantly. Optical character recognition extracts key fields and cross-checks them against vessel schedules and customs declarations to spot duplicate financing. The service follows the model law on electronic transferable records and issues an audit trail for each transaction. Banks connect through a REST API, and SMEs use a simple web portal in English, Chinese, Vietnamese and Bahasa.',
    applications:
      'Trade-finance desks of regional banks, fintech lenders, freight forwarders and export promotion agencies.',
    advantages:
      'Document checking time reduced from 2–3 days to under 4 hours; pilot banks detected 14 duplicate-financing attempts in the first year.',
    fields: ['ict.ecommerce', 'ict.security'],
    keywords: ['trade finance', 'electronic bill of lading', 'document verification', 'fintech', 'SME export'],
    trl: 7,
    ipStatus: 'software_copyright',
    patents: [],
    transferModes: ['non_exclusive_licence', 'joint_development'],
    price: 'negotiable',
    targetCountries: ['SG', 'VN', 'ID', 'TH', 'MY', 'CN'],
  },
];
