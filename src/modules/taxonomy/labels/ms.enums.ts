/** Malay labels for the closed vocabularies. */
export const enumLabels = {
  organizationType: {
    university: 'Universiti',
    research_institute: 'Institut penyelidikan',
    enterprise: 'Syarikat',
    sme: 'PKS (perusahaan kecil dan sederhana)',
    startup: 'Syarikat pemula',
    government_agency: 'Agensi kerajaan',
    tech_transfer_intermediary: 'Perantara pemindahan teknologi',
    science_park: 'Taman sains',
    incubator: 'Inkubator',
    investor: 'Pelabur',
  },
  ipStatus: {
    granted_patent: 'Paten yang diberikan',
    pending_application: 'Permohonan dalam proses',
    utility_model: 'Inovasi utiliti',
    software_copyright: 'Hak cipta perisian',
    know_how: 'Rahsia dagangan / pengetahuan teknikal',
    none: 'Tiada',
  },
  transferMode: {
    exclusive_licence: 'Lesen eksklusif',
    non_exclusive_licence: 'Lesen bukan eksklusif',
    assignment: 'Penyerahhakan',
    joint_development: 'Pembangunan bersama',
    technical_service: 'Perkhidmatan teknikal',
    investment: 'Pelaburan',
  },
  requestVisibility: {
    public: 'Awam',
    anonymous: 'Tanpa nama',
    operators_only: 'Pengendali platform sahaja',
  },
  memberRole: {
    owner: 'Pemilik',
    editor: 'Penyunting',
    member: 'Ahli',
  },
} satisfies Record<string, Record<string, string>>;
