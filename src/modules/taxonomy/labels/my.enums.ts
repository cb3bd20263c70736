/** Burmese (Unicode) labels for the closed vocabularies. */
export const enumLabels = {
  organizationType: {
    university: 'တက္ကသိုလ်',
    research_institute: 'သုတေသနအဖွဲ့အစည်း',
    enterprise: 'စီးပွားရေးလုပ်ငန်း',
    sme: 'အသေးစားနှင့် အလတ်စားလုပ်ငန်း',
    startup: 'စတင်တည်ထောင်သည့်လုပ်ငန်း',
    government_agency: 'အစိုးရဌာန',
    tech_transfer_intermediary: 'နည်းပညာလွှဲပြောင်းရေး ကြားခံအဖွဲ့အစည်း',
    science_park: 'သိပ္ပံဥယျာဉ်',
    incubator: 'လုပ်ငန်းပျိုးထောင်ရေးစင်တာ',
    investor: 'ရင်းနှီးမြှုပ်နှံသူ',
  },
  ipStatus: {
    granted_patent: 'ခွင့်ပြုပြီးသော တီထွင်မှုမူပိုင်ခွင့်',
    pending_application: 'လျှောက်ထားဆဲ',
    utility_model: 'အသေးစားတီထွင်မှုမူပိုင်ခွင့်',
    software_copyright: 'ဆော့ဖ်ဝဲစာမူခွင့်',
    know_how: 'ကုန်သွယ်မှုလျှို့ဝှက်ချက် / နည်းပညာကျွမ်းကျင်မှု',
    none: 'မရှိ',
  },
  transferMode: {
    exclusive_licence: 'သီးသန့်လိုင်စင်',
    non_exclusive_licence: 'သီးသန့်မဟုတ်သောလိုင်စင်',
    assignment: 'ပိုင်ဆိုင်ခွင့်လွှဲပြောင်းခြင်း',
    joint_development: 'ပူးတွဲဖွံ့ဖြိုးတိုးတက်ရေး',
    technical_service: 'နည်းပညာဝန်ဆောင်မှု',
    investment: 'ရင်းနှီးမြှုပ်နှံမှု',
  },
  requestVisibility: {
    public: 'အများပြည်သူ',
    anonymous: 'အမည်မဖော်',
    operators_only: 'ပလက်ဖောင်းစီမံသူများသာ',
  },
  memberRole: {
    owner: 'ပိုင်ရှင်',
    editor: 'တည်းဖြတ်သူ',
    member: 'အဖွဲ့ဝင်',
  },
} satisfies Record<string, Record<string, string>>;
