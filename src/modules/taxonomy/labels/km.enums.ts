/** Khmer labels for the closed vocabularies. */
export const enumLabels = {
  organizationType: {
    university: 'សាកលវិទ្យាល័យ',
    research_institute: 'វិទ្យាស្ថានស្រាវជ្រាវ',
    enterprise: 'សហគ្រាស',
    sme: 'សហគ្រាសធុនតូច និងមធ្យម',
    startup: 'អាជីវកម្មថ្មីថ្មោង',
    government_agency: 'ស្ថាប័នរដ្ឋាភិបាល',
    tech_transfer_intermediary: 'ស្ថាប័នអន្តរការីផ្ទេរបច្ចេកវិទ្យា',
    science_park: 'សួនវិទ្យាសាស្ត្រ',
    incubator: 'មជ្ឈមណ្ឌលបណ្ដុះអាជីវកម្ម',
    investor: 'វិនិយោគិន',
  },
  ipStatus: {
    granted_patent: 'ប្រកាសនីយបត្រដែលបានចេញ',
    pending_application: 'ពាក្យស្នើសុំកំពុងរង់ចាំ',
    utility_model: 'វិញ្ញាបនបត្រអានុភាព',
    software_copyright: 'សិទ្ធិអ្នកនិពន្ធលើកម្មវិធីកុំព្យូទ័រ',
    know_how: 'អាថ៌កំបាំងពាណិជ្ជកម្ម / ចំណេះដឹងបច្ចេកទេស',
    none: 'គ្មាន',
  },
  transferMode: {
    exclusive_licence: 'អាជ្ញាប័ណ្ណផ្តាច់មុខ',
    non_exclusive_licence: 'អាជ្ញាប័ណ្ណមិនផ្តាច់មុខ',
    assignment: 'ការផ្ទេរកម្មសិទ្ធិ',
    joint_development: 'ការអភិវឌ្ឍរួមគ្នា',
    technical_service: 'សេវាបច្ចេកទេស',
    investment: 'ការវិនិយោគ',
  },
  requestVisibility: {
    public: 'សាធារណៈ',
    anonymous: 'អនាមិក',
    operators_only: 'សម្រាប់តែអ្នកគ្រប់គ្រងវេទិកា',
  },
  memberRole: {
    owner: 'ម្ចាស់',
    editor: 'អ្នកកែសម្រួល',
    member: 'សមាជិក',
  },
} satisfies Record<string, Record<string, string>>;
