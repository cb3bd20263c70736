import type { DemoOffer } from '../types.ts';

/** English demo offers, part 2: port emissions, water, diagnostics, urban resilience and rice. */
export const offers: DemoOffer[] = [
  {
    key: 'en-o08',
    org: 'en-org-2',
    title: 'Port Emissions Inventory from Ship Tracking Data',
    summary:
      'An analytics service that turns AIS vessel tracks into an hour-by-hour inventory of CO₂, SOx, NOx and particulate emissions for a port area.',
    description:
      'The engine matches each AIS position report with a vessel database of engine power, fuel type and auxiliary loads. Emissions are calculated per operating phase (cruising, manoeuvring, at berth and at anchor) using recognised bottom-up factors. Results are mapped on a 500 m grid and compared with readings from low-cost air-quality sensors placed around the port. Port authorities can model the effect of shore power, speed limits or cleaner fuels before investing. The method has been validated against fuel-consumption records from 60 vessels.',
    applications:
      'Port authorities, maritime administrations, city environment departments and shipping lines preparing decarbonisation plans.',
    advantages:
      'Full-year inventory delivered in under six weeks at about one fifth of the cost of a manual survey; predicted versus reported fuel use within ±9%.',
    fields: ['transport.ports', 'env.air', 'ict.data'],
    keywords: ['port emissions', 'AIS', 'decarbonisation', 'air quality', 'shore power'],
    trl: 7,
    ipStatus: 'software_copyright',
    patents: [],
    transferModes: ['technical_service', 'non_exclusive_licence'],
    price: { amount: 75000, currency: 'USD' },
    targetCountries: ['VN', 'ID', 'PH', 'MY', 'TH', 'KH', 'MM', 'CN'],
  },
  {
    key: 'en-o09',
    org: 'en-org-3',
    title: 'Silicon-Carbide Ceramic Membrane Bioreactor for High-Strength Industrial Wastewater',
    summary:
      'A compact membrane bioreactor using robust ceramic flat-sheet membranes to treat food, palm-oil and textile effluent for reuse.',
    description:
      'The flat-sheet membranes are made from recrystallised silicon carbide with a pore size of 0.1 µm and tolerate strong chemical cleaning, high temperature and abrasive solids. Immersed in an aerated bioreactor, they retain all biomass, allowing sludge concentrations of 12–15 g/L and a footprint about half that of conventional activated sludge. An intermittent air-scour and back-pulse routine keeps flux stable at 60–80 L/m²·h. A 500 m³/day demonstration plant at a food factory in Johor has operated since 2022, producing water clean enough for cooling towers.',
    applications:
      'Food and beverage plants, palm-oil mills, textile dyeing houses and industrial parks seeking water reuse.',
    advantages:
      'Membrane life over 10 years versus 5–7 for polymer membranes; COD removal above 97% and 35% lower energy per cubic metre than comparable MBRs.',
    fields: ['env.water_treatment', 'materials.ceramics'],
    keywords: ['membrane bioreactor', 'ceramic membrane', 'silicon carbide', 'industrial wastewater', 'water reuse'],
    trl: 7,
    ipStatus: 'granted_patent',
    patents: [
      { number: 'SG11201910342V', jurisdiction: 'SG' },
      { number: 'CN113480127B', jurisdiction: 'CN' },
    ],
    transferModes: ['exclusive_licence', 'non_exclusive_licence', 'technical_service'],
    price: 'negotiable',
    targetCountries: ['MY', 'ID', 'TH', 'VN', 'CN'],
  },
  {
    key: 'en-o10',
    org: 'en-org-3',
    title: 'Smartphone-Read Rapid Test for Dengue NS1 Antigen and Serotype',
    summary:
      'A paper-based test that detects dengue infection in 15 minutes and tells which of the four serotypes is circulating.',
    description:
      'The strip combines a pan-dengue NS1 line with four serotype-specific lines using monoclonal antibodies developed at the university. Gold-nanoparticle labels are read by a free smartphone app that corrects for lighting and uploads anonymised, geotagged results to a surveillance dashboard. Clinical evaluation on 1,150 samples from Singapore and Vietnam gave 93% sensitivity and 98% specificity for NS1 within the first five days of fever. Serotype calls agreed with RT-PCR in 89% of positive cases. Strips are stable for 18 months at 30 °C.',
    applications:
      'Primary clinics, hospital emergency departments and public-health surveillance programmes in dengue-endemic areas.',
    advantages:
      'Serotype information normally needs a PCR laboratory; the test costs under USD 3 to produce and gives results at the point of care.',
    fields: ['bio.diagnostics', 'health_society.public_health'],
    keywords: ['dengue', 'NS1 antigen', 'rapid test', 'serotyping', 'disease surveillance'],
    trl: 6,
    ipStatus: 'pending_application',
    patents: [{ number: 'SG10202209318U', jurisdiction: 'SG' }],
    transferModes: ['exclusive_licence', 'joint_development'],
    price: { amount: 400000, currency: 'SGD' },
    targetCountries: ['VN', 'PH', 'ID', 'TH', 'MY', 'KH', 'LA', 'MM', 'CN'],
  },
  {
    key: 'en-o11',
    org: 'en-org-3',
    title: 'Urban Flash-Flood Nowcasting from Drain Sensors and Weather Radar',
    summary:
      'A system that predicts street-level flooding up to 60 minutes ahead by combining drain water-level sensors with rainfall radar.',
    description:
      'Low-cost radar level sensors mounted in drains and canals report every minute over 4G. A fast surrogate model, trained on thousands of runs of a detailed hydraulic model of the drainage network, forecasts water depth for each road segment in under 10 seconds. Radar rainfall nowcasts extend the warning window to 30–60 minutes. Warnings are pushed to traffic centres, building managers and a public mobile map. The approach was trialled across a 40 km² catchment with 120 sensors.',
    applications:
      'City drainage authorities, road operators, metro and underground car-park operators, and smart-city programmes in flood-prone cities.',
    advantages:
      'Hit rate of 86% for floods deeper than 15 cm with a 45-minute lead time; surrogate model runs 2,000 times faster than the full hydraulic model.',
    fields: ['construction.disaster', 'construction.smart_city', 'ict.iot'],
    keywords: ['urban flooding', 'nowcasting', 'drainage', 'flood warning', 'surrogate model'],
    trl: 7,
    ipStatus: 'know_how',
    patents: [],
    transferModes: ['technical_service', 'joint_development'],
    price: { amount: 150000, currency: 'USD' },
    targetCountries: ['VN', 'PH', 'TH', 'ID', 'MY', 'CN'],
  },
  {
    key: 'en-o12',
    org: 'en-org-3',
    title: 'Multi-Tier Indoor Recirculating System for Whiteleg Shrimp',
    summary:
      'A stacked, closed-loop shrimp farming system that produces fresh shrimp near cities with almost no water discharge.',
    description:
      'Shallow raceway tanks are stacked three levels high in an insulated building, each tier sharing a moving-bed biofilter, foam fractionator and UV unit. Sensors for dissolved oxygen, ammonia, pH and alkalinity drive automatic dosing and aeration. Post-larvae are screened by PCR before stocking, and the closed loop keeps out white spot and EHP pathogens. The pilot farm yields 6 kg of shrimp per square metre of floor per crop, with four crops a year. Daily water exchange is under 1%.',
    applications:
      'Urban and peri-urban aquaculture, land-scarce islands and coastal farms losing ponds to disease or salinity problems.',
    advantages:
      'Roughly 20 times the yield per square metre of pond farming, survival above 80%, and no antibiotic use.',
    fields: ['agri.aquaculture', 'env.water_treatment'],
    keywords: ['shrimp farming', 'recirculating aquaculture', 'RAS', 'biosecurity', 'urban farming'],
    trl: 7,
    ipStatus: 'granted_patent',
    patents: [{ number: 'SG11202006215Q', jurisdiction: 'SG' }],
    transferModes: ['non_exclusive_licence', 'technical_service', 'investment'],
    price: { amount: 220000, currency: 'SGD' },
    targetCountries: ['VN', 'TH', 'ID', 'PH', 'MY', 'BN', 'CN'],
  },
  {
    key: 'en-o13',
    org: 'en-org-3',
    title: 'Passive Daytime Radiative Cooling Coating for Roofs',
    summary:
      'A white, water-based roof coating that reflects 96% of sunlight and radiates heat to the sky, keeping roofs below air temperature.',
    description:
      'The coating combines porous acrylic binder with barium-sulphate and hollow-glass micro-spheres sized to scatter sunlight and emit strongly in the 8–13 µm atmospheric window. Under the tropical sun it keeps a metal roof 2–4 °C below ambient air temperature at midday, even at 80% humidity. A hydrophobic top layer limits dirt pick-up, and reflectance stays above 90% after two years outdoors. It can be sprayed or rolled with ordinary painting equipment on metal, concrete and asphalt surfaces.',
    applications:
      'Factories, warehouses, schools, low-cost housing, cold stores and bus shelters in hot climates.',
    advantages:
      'Monitored warehouses used 18–25% less air-conditioning energy; indoor temperature in unconditioned buildings dropped by up to 5 °C.',
    fields: ['construction.green_building', 'materials.polymers', 'energy.efficiency'],
    keywords: ['radiative cooling', 'cool roof', 'coating', 'building energy', 'heat island'],
    trl: 8,
    ipStatus: 'granted_patent',
    patents: [{ number: 'SG11202108874W', jurisdiction: 'SG' }],
    transferModes: ['exclusive_licence', 'non_exclusive_licence'],
    price: { amount: 300000, currency: 'SGD' },
    targetCountries: ['MY', 'TH', 'VN', 'ID', 'PH', 'CN'],
  },
  {
    key: 'en-o14',
    org: 'en-org-4',
    title: 'Flood- and Drought-Tolerant Inbred Rice Lines with Marker Panel',
    summary:
      'Elite inbred rice lines carrying submergence and drought tolerance genes, plus a low-cost DNA marker panel to breed them into local varieties.',
    description:
      'The lines combine the SUB1 submergence gene with two drought-yield loci in a high-yielding, long-grain background. In multi-location trials in Luzon and Mindanao they survived 14 days of complete submergence and yielded 1.2–1.8 t/ha more than checks under reproductive-stage drought. Under normal conditions yield is on par with leading commercial varieties at 6–7 t/ha. The package includes a 24-SNP marker panel that lets partner breeders introduce the traits into their own varieties within three backcross generations.',
    applications:
      'Seed companies and national breeding programmes in rain-fed lowlands and flood-prone river deltas.',
    advantages:
      'Yield losses in flood or drought years reduced by 30–50%; marker-assisted backcrossing halves the time to a new tolerant variety.',
    fields: ['agri.crops', 'bio.genomics', 'env.climate'],
    keywords: ['rice breeding', 'submergence tolerance', 'drought tolerance', 'marker-assisted selection', 'climate resilience'],
    trl: 7,
    ipStatus: 'know_how',
    patents: [],
    transferModes: ['non_exclusive_licence', 'joint_development'],
    price: { amount: 2500000, currency: 'PHP' },
    targetCountries: ['PH', 'VN', 'KH', 'LA', 'MM', 'TH', 'ID'],
  },
];
