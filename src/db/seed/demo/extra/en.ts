import type { DemoPack } from '../types.ts';

/** Extra English demo offers by the existing en-org-1..5 organisations. Fictional. */
const pack: DemoPack = {
  lang: 'en',
  organizations: [],
  offers: [
    {
      key: 'en-x01',
      org: 'en-org-1',
      title: 'Accredited Failure-Analysis Service for Power and Mixed-Signal Semiconductors',
      summary:
        'A root-cause failure-analysis service for packaged ICs and power devices, combining fault localisation, physical deconstruction and a written corrective-action report within five working days.',
      description:
        'The institute runs an ISO/IEC 17025-accredited failure-analysis laboratory that handles field returns, qualification failures and customer complaints for assembly and test houses and device makers. Non-destructive steps include 3D X-ray computed tomography, scanning acoustic microscopy and curve tracing to confirm the electrical signature. Faults are then localised with lock-in thermography and OBIRCH, and the site is exposed by laser-assisted decapsulation, focused-ion-beam cross-sectioning and SEM/EDX analysis. A dedicated line handles silicon-carbide and GaN power modules, including die-attach voids and bond-wire lift-off after power cycling. Over the past three years the laboratory closed about 1,400 cases, with a confirmed root cause in 86% of them. Standard turnaround is five working days, with a 48-hour express option for line-down situations.',
      applications:
        'Outsourced assembly and test plants, power-module makers, automotive electronics suppliers and EMS companies in China and Southeast Asia that lack an in-house failure-analysis laboratory or need a second, independent opinion.',
      advantages:
        'Median turnaround of 4.5 working days against 3–4 weeks when samples are sent to Europe or the United States; a confirmed root cause in 86% of cases; fixed per-case fee from SGD 4,500.',
      fields: ['services.testing', 'ict.semiconductors'],
      keywords: ['failure analysis', 'root cause', 'power semiconductors', 'lock-in thermography', 'FIB cross-section'],
      trl: 9,
      ipStatus: 'know_how',
      patents: [],
      transferModes: ['technical_service', 'joint_development'],
      price: { amount: 4500, currency: 'SGD' },
      targetCountries: ['SG', 'MY', 'CN', 'VN', 'TH', 'PH'],
    },
    {
      key: 'en-x02',
      org: 'en-org-2',
      title: 'Plot-to-Port Palm-Oil Traceability on a Permissioned Blockchain',
      summary:
        'A traceability platform that links fresh fruit bunches from individual smallholder plots to mills, refineries and export shipments, producing deforestation-free due-diligence evidence for buyers.',
      description:
        'Collection agents register each delivery of fresh fruit bunches with a mobile app that reads the QR card of the smallholder, records weight and captures the GPS position of the collection point. Plot boundaries are mapped once and checked automatically against satellite forest-cover layers and a forest cut-off date chosen by the buyer. Every transfer of custody, from collection point to mill, bulking terminal and vessel, is written to a permissioned Hyperledger Fabric network run by the mill group, the certifier and the buyer. The platform supports both segregated and mass-balance supply chains and maps data to RSPO, MSPO and ISPO requirements. In a 14-month pilot with two mills in Sumatra and Sabah, 96% of incoming fruit was traced to a mapped plot covering 3,800 smallholders. A due-diligence statement for a shipment can now be generated in about ten minutes instead of several weeks of manual document collection.',
      applications:
        'Palm-oil mill groups, smallholder cooperatives, refiners and exporters serving buyers with strict deforestation rules, as well as Chinese importers who want verifiable sustainable-sourcing claims.',
      advantages:
        'Traceability to plot level raised from under 40% to 96% in the pilot; document-collection effort for audits cut by about 70%; tamper-evident records shared with buyers without exposing the personal data of smallholders.',
      fields: ['transport.logistics', 'ict.software', 'agri.safety'],
      keywords: ['palm oil', 'traceability', 'blockchain', 'deforestation-free', 'smallholders'],
      trl: 7,
      ipStatus: 'software_copyright',
      patents: [],
      transferModes: ['non_exclusive_licence', 'technical_service', 'joint_development'],
      price: { amount: 85000, currency: 'USD' },
      targetCountries: ['ID', 'MY', 'TH', 'PH', 'CN'],
    },
    {
      key: 'en-x03',
      org: 'en-org-2',
      title: 'Multi-Country E-Invoicing Middleware for ASEAN and China',
      summary:
        'A middleware layer that takes invoices from any ERP, converts them to the e-invoice format mandated in each country and returns tax-authority validation results, so one integration serves many markets.',
      description:
        'Companies trading across the region face a different e-invoicing regime in almost every market, from Peppol-based InvoiceNow in Singapore to MyInvois in Malaysia, registered e-invoices in Vietnam, the Electronic Invoicing System in the Philippines and fully digitalised fapiao in China. The middleware accepts a single canonical invoice in JSON or CSV, or pulls it through connectors for SAP, Oracle NetSuite, Microsoft Dynamics and Odoo. A rules engine with about 1,100 country-specific validation rules checks tax codes, buyer identifiers and rounding before submission, then maps the invoice to the local schema and signs it where required. Status messages and validated documents from the tax authority are written back to the ERP and archived for the legally required retention period. The service runs in containers, so it can be hosted in a cloud region chosen by the customer to meet data-residency rules. It currently processes about 1.2 million invoices a month for 65 companies.',
      applications:
        'Regional distributors, manufacturers with subsidiaries in several ASEAN countries, shared-service centres and ERP integrators that need to comply with new e-invoicing mandates quickly.',
      advantages:
        'Invoice rejection by tax authorities reduced from about 6% to 0.4% of submissions; a new country can be switched on in about two weeks instead of a three- to six-month local ERP project.',
      fields: ['ict.ecommerce', 'ict.software'],
      keywords: ['e-invoicing', 'tax compliance', 'Peppol', 'ERP integration', 'middleware'],
      trl: 9,
      ipStatus: 'software_copyright',
      patents: [],
      transferModes: ['non_exclusive_licence', 'technical_service'],
      price: { amount: 48000, currency: 'SGD' },
      targetCountries: ['SG', 'MY', 'VN', 'PH', 'ID', 'TH', 'CN'],
    },
    {
      key: 'en-x04',
      org: 'en-org-3',
      title: 'Multiplex Real-Time PCR Kit for Halal Authentication of Processed Foods',
      summary:
        'A DNA-based test that detects trace amounts of pork and other non-halal animal species in raw and heavily processed foods, gelatine and flavourings in under three hours.',
      description:
        'The kit targets short, species-specific fragments of mitochondrial DNA, which survive cooking, sterilisation and extrusion far better than proteins targeted by immunoassays. A single four-colour reaction detects pig, dog and rat DNA together with an internal amplification control that flags PCR inhibition, and a second panel covers donkey, cat and monkey. A dedicated extraction protocol recovers amplifiable DNA from gelatine, lard-based shortening and meat flavourings. The limit of detection is 0.001% (w/w) pork in beef, and the test still detects 0.01% pork in meatballs autoclaved at 121 °C for 30 minutes. In an inter-laboratory study with four food-testing laboratories, the kit gave no false positives on 240 authentic halal samples. A droplet-digital PCR add-on gives quantitative results to separate deliberate adulteration from trace cross-contamination.',
      applications:
        'Halal certification bodies, food-testing laboratories, meat and gelatine importers, and food manufacturers in China and Southeast Asia that export to Muslim-majority markets.',
      advantages:
        'About 100 times more sensitive than ELISA porcine tests and reliable on heat-treated products; results in 2.5 hours at a reagent cost of about USD 6 per sample.',
      fields: ['agri.safety', 'bio.genomics', 'services.testing'],
      keywords: ['halal', 'food authentication', 'real-time PCR', 'porcine DNA', 'species identification'],
      trl: 7,
      ipStatus: 'pending_application',
      patents: [
        { number: 'SG10202305482V', jurisdiction: 'SG' },
        { number: 'PI2023006214', jurisdiction: 'MY' },
      ],
      transferModes: ['exclusive_licence', 'non_exclusive_licence', 'joint_development'],
      price: 'negotiable',
      targetCountries: ['MY', 'ID', 'BN', 'SG', 'TH', 'CN'],
    },
    {
      key: 'en-x05',
      org: 'en-org-5',
      title: 'Lightweight Modular Green-Roof System for Hot, Wet Climates',
      summary:
        'Pre-planted green-roof trays with a mineral-biochar substrate, built-in water storage and native plant mixes that survive both monsoon downpours and dry spells without daily irrigation.',
      description:
        'Green roofs designed for temperate climates often fail in the tropics: sedum mats rot in the wet season and peat-based soils wash out or shrink. Each 500 × 500 mm recycled-polypropylene tray has a 20 litre per square metre water reservoir underneath and overflow slots that release excess rain within minutes. The 100 mm substrate blends expanded clay, coco peat and 15% biochar made from local wood waste, giving a saturated weight of about 115 kg/m², light enough for most existing concrete roofs without strengthening. Trays are grown on in a nursery for eight weeks with mixes of 18 native and naturalised ground covers, grasses and small herbs, so the roof is fully green on the day of installation. On a two-year monitored roof in Bandar Seri Begawan, roof-membrane temperature peaked at 31 °C against 62 °C on the adjacent bare roof. Peak stormwater runoff fell by 55% in storms of up to 40 mm per hour.',
      applications:
        'Offices, schools, hospitals, shopping centres and factory roofs in Southeast Asia and southern China, and municipal programmes to cool dense districts and reduce flash flooding.',
      advantages:
        'Top-floor cooling energy cut by 15–20%; watering needed only after more than 12 dry days; installed cost about 30% below conventional built-up tropical green roofs.',
      fields: ['construction.green_building', 'env.climate', 'energy.efficiency'],
      keywords: ['green roof', 'urban heat island', 'stormwater', 'biochar substrate', 'native plants'],
      trl: 8,
      ipStatus: 'granted_patent',
      patents: [{ number: 'BN/N/2022/0031', jurisdiction: 'BN' }],
      transferModes: ['non_exclusive_licence', 'technical_service', 'joint_development'],
      price: { amount: 120000, currency: 'BND' },
      targetCountries: ['BN', 'MY', 'SG', 'ID', 'PH', 'TH', 'VN', 'CN'],
    },
    {
      key: 'en-x06',
      org: 'en-org-4',
      title: 'Abaca-Fibre Reinforced Bio-Composite Panels for Vehicle Interiors and Furniture',
      summary:
        'Compression-moulded panels made from treated abaca fibre and polypropylene or PLA that replace glass-fibre composites in non-structural parts at lower weight and with a smaller carbon footprint.',
      description:
        'Abaca, a banana relative grown mainly in the Philippines, yields one of the strongest natural fibres, but most of it is still exported as raw fibre for pulp and rope. The institute developed a mild alkali and enzyme treatment that removes surface waxes and improves fibre–matrix bonding without weakening the fibre. Treated fibre is blended with polypropylene or PLA fibres into a needle-punched non-woven mat containing 40–50% abaca, which is then heated and compression-moulded into panels in cycles of about 60 seconds. The panels reach a tensile strength of 58 MPa and a flexural modulus of 4.2 GPa at a density of 1.02 g/cm³, about 25% lighter than equivalent glass-fibre parts. Door trims and trunk liners made on the 300-tonne-per-year pilot line of the institute passed automotive fogging, odour and flammability tests. Fibre is sourced from three farmer cooperatives in Bicol and Davao under a fixed-premium purchase agreement.',
      applications:
        'Automotive interior suppliers, bus and rail-car builders, office furniture and luggage makers in ASEAN and China seeking lighter, bio-based materials.',
      advantages:
        'Parts about 25% lighter than glass-fibre composites and around 60% lower cradle-to-gate CO₂ emissions; no skin irritation during handling; raises the farm-gate value of abaca fibre by about 20%.',
      fields: ['materials.biobased', 'materials.polymers'],
      keywords: ['abaca', 'natural fibre composites', 'bio-composites', 'automotive interiors', 'compression moulding'],
      trl: 7,
      ipStatus: 'granted_patent',
      patents: [{ number: 'PH12020500614', jurisdiction: 'PH' }],
      transferModes: ['non_exclusive_licence', 'joint_development', 'technical_service'],
      price: { amount: 4200000, currency: 'PHP' },
      targetCountries: ['PH', 'CN', 'TH', 'ID', 'VN', 'MY'],
    },
  ],
  requests: [],
};

export default pack;
