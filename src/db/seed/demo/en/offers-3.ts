import type { DemoOffer } from '../types.ts';

/** English demo offers, part 3: post-harvest, herbal medicine, drones, biogas and Bruneian clean tech. */
export const offers: DemoOffer[] = [
  {
    key: 'en-o15',
    org: 'en-org-4',
    title: 'Hot-Water Treatment and Edible Coating to Extend Mango Shelf Life',
    summary:
      'A combined post-harvest treatment that controls anthracnose and stem-end rot and lets fresh mangoes reach distant markets by sea.',
    description:
      'Fruit is dipped in water at 52–55 °C for 5–10 minutes in a continuous tank with precise temperature control, killing fungal spores and fruit-fly eggs on the skin. After cooling, a coating made from cassava starch, chitosan and a food-grade plant wax is applied by brush rollers. The coating slows respiration and water loss without causing off-flavours. Treated Carabao mangoes kept marketable quality for 21 days at 13 °C, compared with 10–12 days for untreated fruit. A packing-house line handles 2 tonnes per hour.',
    applications:
      'Mango, papaya and dragon-fruit packing houses, exporters and cooperatives shipping to China, Korea and the Middle East.',
    advantages:
      'Post-harvest losses cut from about 30% to under 10%; allows sea freight instead of air freight, lowering transport cost by about 70%.',
    fields: ['agri.processing', 'transport.cold_chain'],
    keywords: ['mango', 'post-harvest', 'hot-water treatment', 'edible coating', 'shelf life'],
    trl: 8,
    ipStatus: 'utility_model',
    patents: [{ number: 'PH22021050318', jurisdiction: 'PH' }],
    transferModes: ['non_exclusive_licence', 'technical_service'],
    price: { amount: 1800000, currency: 'PHP' },
    targetCountries: ['PH', 'VN', 'TH', 'KH', 'MM', 'ID', 'CN'],
  },
  {
    key: 'en-o16',
    org: 'en-org-4',
    title: 'Standardised Lagundi (Vitex negundo) Leaf Extract for Cough Syrup and Tablets',
    summary:
      'A validated extraction and standardisation process for a traditional Philippine cough remedy, ready for GMP production.',
    description:
      'Dried lagundi leaves are extracted with aqueous ethanol in a counter-current system and concentrated under vacuum at low temperature. Each batch is standardised by HPLC to a fixed content of the marker compounds agnuside and casticin. The dossier includes cultivation guidelines, stability data over 24 months and formulas for syrup, tablets and a sugar-free paediatric syrup. A randomised clinical study with 320 adults with acute cough showed symptom relief comparable to a standard expectorant.',
    applications:
      'Herbal and generic pharmaceutical manufacturers, traditional medicine producers and contract manufacturers in ASEAN and southern China.',
    advantages:
      'Batch-to-batch marker variation below ±8%; extraction yield 25% higher than percolation, with 40% less solvent.',
    fields: ['bio.tcm', 'bio.pharma'],
    keywords: ['lagundi', 'Vitex negundo', 'herbal medicine', 'standardised extract', 'cough remedy'],
    trl: 8,
    ipStatus: 'granted_patent',
    patents: [{ number: 'PH12018500742', jurisdiction: 'PH' }],
    transferModes: ['exclusive_licence', 'non_exclusive_licence'],
    price: { amount: 6500000, currency: 'PHP' },
    targetCountries: ['PH', 'VN', 'MY', 'ID', 'TH', 'MM', 'CN'],
  },
  {
    key: 'en-o17',
    org: 'en-org-4',
    title: 'Variable-Rate Drone Spraying for Banana and Coconut with RTK GNSS',
    summary:
      'Flight planning and spraying software that uses multispectral maps and centimetre-level positioning to treat only diseased plants.',
    description:
      'A mapping flight with a multispectral camera detects Sigatoka leaf spot in banana and coconut scale insect damage using a trained classification model. The software then generates a variable-rate prescription and a flight path for a spraying drone positioned by RTK GNSS, supporting both BeiDou and GPS constellations. Low-drift nozzles and terrain following keep the spray within 30 cm of the target canopy on sloping land. Field trials on 1,400 hectares of plantations in Davao showed consistent disease control.',
    applications:
      'Banana, coconut, mango and oil-palm plantations, drone service providers and farmer cooperatives.',
    advantages:
      'Pesticide use reduced by 35–50% compared with blanket spraying, and operators are kept away from chemical exposure.',
    fields: ['space.drones', 'space.satellite_nav', 'agri.protection'],
    keywords: ['agricultural drones', 'variable-rate spraying', 'RTK', 'BeiDou', 'banana disease'],
    trl: 7,
    ipStatus: 'software_copyright',
    patents: [],
    transferModes: ['non_exclusive_licence', 'joint_development', 'technical_service'],
    price: { amount: 40000, currency: 'USD' },
    targetCountries: ['PH', 'ID', 'MY', 'TH', 'VN', 'CN'],
  },
  {
    key: 'en-o18',
    org: 'en-org-4',
    title: 'Prefabricated Biogas Digester with Iron-Sponge Scrubber for Piggeries',
    summary:
      'A modular plug-flow digester that turns manure from 50–500 pigs into biogas for cooking, water heating and small generators.',
    description:
      'The digester is made of reinforced HDPE sections that are bolted together on site in two days and buried in a shallow trench. Manure and wash water flow through in 25–30 days at tropical temperatures without heating. A scrubber filled with locally made iron-oxide sponge removes hydrogen sulphide to below 200 ppm, protecting stoves and engines. A 20 m³ unit serving 100 pigs produces about 8 m³ of biogas per day. More than 900 units operate in Luzon, Visayas and Mindanao.',
    applications:
      'Small and medium pig farms, slaughterhouses, dairy and poultry farms, and rural schools with kitchens.',
    advantages:
      'Pays back in 2–3 years from saved LPG and electricity; reduces farm odour complaints and methane emissions of about 40 tCO₂e per year per unit.',
    fields: ['energy.biomass', 'agri.livestock'],
    keywords: ['biogas', 'anaerobic digestion', 'pig farming', 'manure management', 'rural energy'],
    trl: 9,
    ipStatus: 'utility_model',
    patents: [{ number: 'PH22019000871', jurisdiction: 'PH' }],
    transferModes: ['non_exclusive_licence', 'technical_service'],
    price: { amount: 950000, currency: 'PHP' },
    targetCountries: ['PH', 'VN', 'KH', 'LA', 'MM', 'ID'],
  },
  {
    key: 'en-o19',
    org: 'en-org-5',
    title: 'Produced-Water Polishing with Walnut-Shell Filters and Ceramic Membranes',
    summary:
      'A skid-mounted treatment train that brings oil-field produced water to below 5 mg/L oil-in-water for reinjection or safe discharge.',
    description:
      'The train combines a compact flotation unit, a walnut-shell media filter with automatic backwash, and ceramic ultrafiltration modules. Online oil-in-water and turbidity analysers control chemical dosing and backwash frequency. The skids are sized for 2,000–10,000 barrels of water per day and fit on offshore platforms or onshore gathering stations. A unit treating produced water from a mature onshore field has achieved stable performance since 2021.',
    applications:
      'Upstream oil and gas operators, refineries and petrochemical plants with oily wastewater.',
    advantages:
      'Oil-in-water consistently below 5 mg/L and suspended solids below 2 mg/L; chemical consumption 30% lower than conventional flotation-only systems.',
    fields: ['resources.oil_gas', 'env.water_treatment'],
    keywords: ['produced water', 'oily wastewater', 'ceramic ultrafiltration', 'walnut-shell filter', 'water reinjection'],
    trl: 8,
    ipStatus: 'know_how',
    patents: [],
    transferModes: ['technical_service', 'joint_development'],
    price: { amount: 550000, currency: 'BND' },
    targetCountries: ['BN', 'MY', 'ID', 'TH', 'VN', 'MM'],
  },
  {
    key: 'en-o20',
    org: 'en-org-5',
    title: 'Floating Solar PV System for Tropical Reservoirs',
    summary:
      'A floating photovoltaic platform with UV-stabilised floats and a low-cost anchoring system designed for monsoon winds and water-level changes.',
    description:
      'Each float carries one bifacial module at a 10° tilt and is moulded from HDPE stabilised against tropical UV. An elastic mooring system tolerates water-level changes of up to 8 m and wind speeds of 140 km/h. Cooling from the water surface raises energy yield by 6–9% compared with a similar rooftop array. A 3 MWp plant on a Brunei reservoir has run since 2022 with monitoring of water quality and algae, which shows reduced algal blooms under the panels.',
    applications:
      'Drinking-water reservoirs, hydropower lakes, irrigation ponds, mining pits and aquaculture ponds.',
    advantages:
      'No land acquisition needed; reduces evaporation by around 70% under the array; installed cost about 10% above ground-mounted PV.',
    fields: ['energy.solar', 'env.water_supply'],
    keywords: ['floating solar', 'photovoltaics', 'reservoir', 'renewable energy', 'bifacial modules'],
    trl: 8,
    ipStatus: 'granted_patent',
    patents: [{ number: 'BN/N/2021/0047', jurisdiction: 'BN' }],
    transferModes: ['non_exclusive_licence', 'joint_development', 'investment'],
    price: 'negotiable',
    targetCountries: ['BN', 'MY', 'ID', 'PH', 'TH', 'VN', 'LA', 'KH'],
  },
  {
    key: 'en-o21',
    org: 'en-org-5',
    title: 'Mangrove Restoration with Biodegradable Planting Modules and Blue-Carbon Monitoring',
    summary:
      'Coconut-fibre planting modules and a drone-based monitoring protocol that raise seedling survival on eroding coasts and measure stored carbon.',
    description:
      'Seedlings of Rhizophora and Avicennia are raised in modules of coconut fibre and natural rubber that anchor them against waves and decompose within three years. Modules are placed in rows that trap sediment and slowly raise the mudflat to a level suitable for natural regeneration. Drone photogrammetry and field plots are combined in a carbon-accounting method aligned with recognised blue-carbon standards. Across 65 hectares of restoration in Brunei Bay, survival after two years was 78%.',
    applications:
      'Coastal protection agencies, shrimp-farm rehabilitation, blue-carbon project developers and companies with nature-based offset commitments.',
    advantages:
      'Seedling survival more than double that of bare planting (typically 30–40%); carbon monitoring costs reduced by about 60% using drones.',
    fields: ['marine.coastal', 'env.climate', 'materials.biobased'],
    keywords: ['mangrove restoration', 'blue carbon', 'coastal protection', 'biodegradable modules', 'nature-based solutions'],
    trl: 7,
    ipStatus: 'pending_application',
    patents: [{ number: 'BN/A/2023/0012', jurisdiction: 'BN' }],
    transferModes: ['technical_service', 'joint_development'],
    price: { amount: 180000, currency: 'BND' },
    targetCountries: ['BN', 'MY', 'ID', 'PH', 'VN', 'TH', 'MM', 'KH', 'CN'],
  },
];
