/** Lao labels for the closed vocabularies. */
export const enumLabels = {
  organizationType: {
    university: 'ມະຫາວິທະຍາໄລ',
    research_institute: 'ສະຖາບັນຄົ້ນຄວ້າ',
    enterprise: 'ວິສາຫະກິດ',
    sme: 'ວິສາຫະກິດຂະໜາດນ້ອຍ ແລະ ກາງ',
    startup: 'ທຸລະກິດເລີ່ມຕົ້ນ (ສະຕາດອັບ)',
    government_agency: 'ອົງການລັດ',
    tech_transfer_intermediary: 'ອົງການຕົວກາງຖ່າຍທອດເຕັກໂນໂລຊີ',
    science_park: 'ສວນວິທະຍາສາດ',
    incubator: 'ສູນບົ່ມເພາະທຸລະກິດ',
    investor: 'ນັກລົງທຶນ',
  },
  ipStatus: {
    granted_patent: 'ສິດທິບັດທີ່ໄດ້ຮັບອະນຸມັດແລ້ວ',
    pending_application: 'ກຳລັງຢູ່ໃນຂັ້ນຕອນຍື່ນຄຳຮ້ອງ',
    utility_model: 'ອະນຸສິດທິບັດ',
    software_copyright: 'ລິຂະສິດຊອບແວ',
    know_how: 'ຄວາມລັບທາງການຄ້າ / ຄວາມຮູ້ທາງເຕັກນິກ',
    none: 'ບໍ່ມີ',
  },
  transferMode: {
    exclusive_licence: 'ອະນຸຍາດໃຫ້ໃຊ້ສິດແບບສະເພາະ',
    non_exclusive_licence: 'ອະນຸຍາດໃຫ້ໃຊ້ສິດແບບບໍ່ສະເພາະ',
    assignment: 'ການໂອນສິດ',
    joint_development: 'ການພັດທະນາຮ່ວມກັນ',
    technical_service: 'ການບໍລິການດ້ານເຕັກນິກ',
    investment: 'ການລົງທຶນ',
  },
  requestVisibility: {
    public: 'ສາທາລະນະ',
    anonymous: 'ບໍ່ລະບຸຊື່',
    operators_only: 'ສະເພາະຜູ້ດຳເນີນງານແພລັດຟອມ',
  },
  memberRole: {
    owner: 'ເຈົ້າຂອງ',
    editor: 'ຜູ້ແກ້ໄຂ',
    member: 'ສະມາຊິກ',
  },
} satisfies Record<string, Record<string, string>>;
