import type { DemoOrganization } from '../types.ts';

/** Vietnamese demo pack: four fictional organisations in Hanoi, Ho Chi Minh City, Can Tho and Da Nang. */
export const organizations: DemoOrganization[] = [
  {
    key: 'vi-org-1',
    country: 'VN',
    region: 'Hà Nội',
    type: 'university',
    website: 'https://dhbk-hotay.example',
    names: {
      vi: 'Trường Đại học Bách khoa Hồ Tây',
      en: 'West Lake University of Technology',
    },
    description:
      'Trường đại học kỹ thuật đa ngành tại Hà Nội với thế mạnh về cơ điện tử, công nghệ thông tin, năng lượng và công nghệ sinh học. Trung tâm Chuyển giao Công nghệ của trường đang quản lý hơn 90 bằng độc quyền sáng chế và giải pháp hữu ích. Trường có phòng thí nghiệm chung với các đối tác ở Quảng Tây, Vân Nam và Singapore.',
  },
  {
    key: 'vi-org-2',
    country: 'VN',
    region: 'Thành phố Hồ Chí Minh',
    type: 'enterprise',
    website: 'https://saigonxanh-tech.example',
    names: {
      vi: 'Công ty Cổ phần Công nghệ Sài Gòn Xanh',
      en: 'Saigon Green Technology JSC',
    },
    description:
      'Doanh nghiệp công nghệ môi trường và năng lượng có trụ sở tại Thành phố Hồ Chí Minh, thành lập năm 2009. Công ty thiết kế, thi công hệ thống xử lý nước thải, điện mặt trời áp mái và kho lạnh cho các khu công nghiệp và nhà máy chế biến. Bộ phận phần mềm phát triển các giải pháp IoT và tài chính số cho chuỗi cung ứng nông sản.',
  },
  {
    key: 'vi-org-3',
    country: 'VN',
    region: 'Cần Thơ',
    type: 'research_institute',
    website: 'https://vien-taynambo.example',
    names: {
      vi: 'Viện Nghiên cứu Nông nghiệp và Thủy sản Tây Nam Bộ',
      en: 'Southwest Mekong Institute for Agriculture and Aquaculture',
    },
    description:
      'Viện nghiên cứu công lập đặt tại Cần Thơ, tập trung vào lúa gạo, cây ăn trái, nuôi trồng thủy sản và thích ứng với biến đổi khí hậu ở Đồng bằng sông Cửu Long. Viện có 60 ha ruộng thí nghiệm, trại thực nghiệm tôm và cá tra cùng phòng thí nghiệm sinh học phân tử đạt chuẩn ISO/IEC 17025. Các kết quả nghiên cứu đã được chuyển giao cho hàng trăm hợp tác xã và doanh nghiệp trong vùng.',
  },
  {
    key: 'vi-org-4',
    country: 'VN',
    region: 'Đà Nẵng',
    type: 'sme',
    website: 'https://kythuatbien-sontra.example',
    names: {
      vi: 'Công ty TNHH Kỹ thuật Biển Sơn Trà',
      en: 'Son Tra Marine Engineering Co., Ltd.',
    },
    description:
      'Doanh nghiệp vừa và nhỏ ở Đà Nẵng chuyên về công trình biển, cảng thông minh và năng lượng gió ven bờ. Công ty có đội ngũ 70 kỹ sư, xưởng chế tạo thiết bị quan trắc và bể thử sóng quy mô nhỏ. Chúng tôi mong muốn hợp tác với đối tác Trung Quốc và ASEAN để cùng phát triển và thương mại hóa công nghệ.',
  },
];
