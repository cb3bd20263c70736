/** Vietnamese labels for the closed vocabularies. */
export const enumLabels = {
  organizationType: {
    university: 'Trường đại học',
    research_institute: 'Viện nghiên cứu',
    enterprise: 'Doanh nghiệp',
    sme: 'Doanh nghiệp nhỏ và vừa',
    startup: 'Doanh nghiệp khởi nghiệp',
    government_agency: 'Cơ quan nhà nước',
    tech_transfer_intermediary: 'Tổ chức trung gian chuyển giao công nghệ',
    science_park: 'Khu công nghệ cao',
    incubator: 'Vườn ươm doanh nghiệp',
    investor: 'Nhà đầu tư',
  },
  ipStatus: {
    granted_patent: 'Bằng độc quyền sáng chế đã cấp',
    pending_application: 'Đơn đang chờ xét duyệt',
    utility_model: 'Giải pháp hữu ích',
    software_copyright: 'Quyền tác giả phần mềm',
    know_how: 'Bí quyết kỹ thuật',
    none: 'Không có',
  },
  transferMode: {
    exclusive_licence: 'Li-xăng độc quyền',
    non_exclusive_licence: 'Li-xăng không độc quyền',
    assignment: 'Chuyển nhượng quyền sở hữu',
    joint_development: 'Hợp tác phát triển',
    technical_service: 'Dịch vụ kỹ thuật',
    investment: 'Góp vốn đầu tư',
  },
  requestVisibility: {
    public: 'Công khai',
    anonymous: 'Ẩn danh',
    operators_only: 'Chỉ đơn vị vận hành nền tảng',
  },
  memberRole: {
    owner: 'Chủ sở hữu',
    editor: 'Biên tập viên',
    member: 'Thành viên',
  },
} satisfies Record<string, Record<string, string>>;
