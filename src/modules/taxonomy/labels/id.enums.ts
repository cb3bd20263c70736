/** Indonesian labels for the closed vocabularies. */
export const enumLabels = {
  organizationType: {
    university: 'Perguruan tinggi',
    research_institute: 'Lembaga penelitian',
    enterprise: 'Perusahaan',
    sme: 'UMKM',
    startup: 'Perusahaan rintisan',
    government_agency: 'Instansi pemerintah',
    tech_transfer_intermediary: 'Lembaga perantara alih teknologi',
    science_park: 'Kawasan sains dan teknologi',
    incubator: 'Inkubator bisnis',
    investor: 'Investor',
  },
  ipStatus: {
    granted_patent: 'Paten terdaftar',
    pending_application: 'Permohonan dalam proses',
    utility_model: 'Paten sederhana',
    software_copyright: 'Hak cipta perangkat lunak',
    know_how: 'Rahasia dagang / pengetahuan teknis',
    none: 'Tidak ada',
  },
  transferMode: {
    exclusive_licence: 'Lisensi eksklusif',
    non_exclusive_licence: 'Lisensi non-eksklusif',
    assignment: 'Pengalihan hak',
    joint_development: 'Pengembangan bersama',
    technical_service: 'Layanan teknis',
    investment: 'Investasi',
  },
  requestVisibility: {
    public: 'Publik',
    anonymous: 'Anonim',
    operators_only: 'Hanya pengelola platform',
  },
  memberRole: {
    owner: 'Pemilik',
    editor: 'Editor',
    member: 'Anggota',
  },
} satisfies Record<string, Record<string, string>>;
