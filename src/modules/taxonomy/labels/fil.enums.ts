/** Filipino labels for the closed vocabularies. */
export const enumLabels = {
  organizationType: {
    university: 'Unibersidad',
    research_institute: 'Institusyong pampananaliksik',
    enterprise: 'Kumpanya',
    sme: 'Maliit at katamtamang negosyo (MSME)',
    startup: 'Startup',
    government_agency: 'Ahensya ng pamahalaan',
    tech_transfer_intermediary: 'Tagapamagitan sa paglilipat ng teknolohiya',
    science_park: 'Science park',
    incubator: 'Incubator ng negosyo',
    investor: 'Mamumuhunan',
  },
  ipStatus: {
    granted_patent: 'Naigawad na patent',
    pending_application: 'Nakabinbing aplikasyon',
    utility_model: 'Utility model',
    software_copyright: 'Karapatang-ari sa software',
    know_how: 'Know-how / lihim pangkalakalan',
    none: 'Wala',
  },
  transferMode: {
    exclusive_licence: 'Eksklusibong lisensya',
    non_exclusive_licence: 'Di-eksklusibong lisensya',
    assignment: 'Paglilipat ng karapatan (assignment)',
    joint_development: 'Magkatuwang na pagpapaunlad',
    technical_service: 'Teknikal na serbisyo',
    investment: 'Pamumuhunan',
  },
  requestVisibility: {
    public: 'Publiko',
    anonymous: 'Hindi nagpapakilala',
    operators_only: 'Para lamang sa mga operator ng plataporma',
  },
  memberRole: {
    owner: 'May-ari',
    editor: 'Editor',
    member: 'Miyembro',
  },
} satisfies Record<string, Record<string, string>>;
