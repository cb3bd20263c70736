/** Thai labels for the closed vocabularies. */
export const enumLabels = {
  organizationType: {
    university: 'มหาวิทยาลัย',
    research_institute: 'สถาบันวิจัย',
    enterprise: 'บริษัทเอกชน',
    sme: 'วิสาหกิจขนาดกลางและขนาดย่อม (SME)',
    startup: 'สตาร์ทอัพ',
    government_agency: 'หน่วยงานภาครัฐ',
    tech_transfer_intermediary: 'หน่วยงานตัวกลางถ่ายทอดเทคโนโลยี',
    science_park: 'อุทยานวิทยาศาสตร์',
    incubator: 'ศูนย์บ่มเพาะธุรกิจ',
    investor: 'นักลงทุน',
  },
  ipStatus: {
    granted_patent: 'สิทธิบัตรที่ได้รับจดทะเบียนแล้ว',
    pending_application: 'อยู่ระหว่างยื่นคำขอ',
    utility_model: 'อนุสิทธิบัตร',
    software_copyright: 'ลิขสิทธิ์ซอฟต์แวร์',
    know_how: 'ความลับทางการค้า/องค์ความรู้',
    none: 'ไม่มี',
  },
  transferMode: {
    exclusive_licence: 'อนุญาตให้ใช้สิทธิแต่เพียงผู้เดียว',
    non_exclusive_licence: 'อนุญาตให้ใช้สิทธิแบบไม่ผูกขาด',
    assignment: 'โอนสิทธิ',
    joint_development: 'การพัฒนาร่วมกัน',
    technical_service: 'บริการทางเทคนิค',
    investment: 'การร่วมลงทุน',
  },
  requestVisibility: {
    public: 'สาธารณะ',
    anonymous: 'ไม่ระบุชื่อ',
    operators_only: 'เฉพาะผู้ดูแลแพลตฟอร์ม',
  },
  memberRole: {
    owner: 'เจ้าของ',
    editor: 'ผู้แก้ไข',
    member: 'สมาชิก',
  },
} satisfies Record<string, Record<string, string>>;
