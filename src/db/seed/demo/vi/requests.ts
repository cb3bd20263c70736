import type { DemoRequest } from '../types.ts';

/** Vietnamese demo requests: technology needs of the four Vietnamese organisations. */
export const requests: DemoRequest[] = [
  {
    key: 'vi-r01',
    org: 'vi-org-3',
    title: 'Thiết bị khử mặn nước lợ quy mô hộ gia đình và cụm dân cư cho vùng ven biển',
    problem:
      'Mùa khô những năm gần đây, nước mặn lấn sâu 50–70 km vào các cửa sông ở Bến Tre, Trà Vinh và Sóc Trăng. Hàng chục nghìn hộ dân thiếu nước sinh hoạt, phải mua nước chở bằng ghe với giá cao. Các máy lọc thẩm thấu ngược hiện có thường nhanh hỏng màng do nước sông nhiều phù sa, và tiêu tốn điện. Viện cần giải pháp phù hợp để đưa vào chương trình thí điểm với địa phương.',
    outcome:
      'Thiết bị khử mặn nước lợ có độ mặn đầu vào 2–10‰, công suất từ 1 m³/ngày (hộ gia đình) đến 20 m³/ngày (cụm dân cư), có tiền xử lý phù sa và có thể chạy bằng điện mặt trời. Nước đầu ra đạt quy chuẩn nước sinh hoạt, chi phí vận hành dưới 30.000 đồng/m³.',
    fields: ['marine.desalination', 'env.water_supply', 'energy.solar'],
    keywords: ['khử mặn', 'nước lợ', 'thẩm thấu ngược', 'nước sinh hoạt', 'xâm nhập mặn'],
    minTrl: 7,
    budget: { min: 1000000000, max: 3000000000, currency: 'VND' },
    cooperationModes: ['technical_service', 'non_exclusive_licence'],
    deadlineDays: 90,
    neededCountries: ['CN', 'SG', 'TH', 'MY'],
    visibility: 'public',
  },
  {
    key: 'vi-r02',
    org: 'vi-org-3',
    title: 'Công nghệ xử lý bùn đáy ao nuôi tôm thâm canh thành phân bón hữu cơ',
    problem:
      'Mỗi vụ nuôi tôm thâm canh thải ra 150–300 m³ bùn đáy trên mỗi hecta ao, chứa nhiều muối, chất hữu cơ và mầm bệnh. Phần lớn bùn được bơm thẳng ra kênh rạch, gây ô nhiễm nguồn nước chung và lây lan dịch bệnh giữa các trại. Nông hộ không có diện tích và kinh phí cho hệ thống xử lý phức tạp. Chúng tôi cần công nghệ đơn giản, có thể nhân rộng theo mô hình hợp tác xã.',
    outcome:
      'Quy trình tách nước, khử mặn và ủ bùn đáy ao với chế phẩm vi sinh để tạo phân bón hữu cơ đạt tiêu chuẩn, thời gian ủ dưới 45 ngày. Chi phí xử lý mong muốn dưới 200.000 đồng/m³ bùn và có thể vận hành bởi hợp tác xã.',
    fields: ['agri.aquaculture', 'env.waste', 'chem.fertilizers'],
    keywords: ['bùn ao tôm', 'phân bón hữu cơ', 'chế phẩm vi sinh', 'xử lý chất thải', 'nuôi tôm'],
    minTrl: 6,
    budget: { min: 500000000, max: 1500000000, currency: 'VND' },
    cooperationModes: ['joint_development', 'technical_service'],
    deadlineDays: 120,
    neededCountries: ['CN', 'TH', 'ID'],
    visibility: 'public',
  },
  {
    key: 'vi-r03',
    org: 'vi-org-1',
    title: 'Tìm đối tác phát triển cell pin natri-ion cho xe máy điện giá rẻ',
    problem:
      'Thị trường xe máy điện Việt Nam tăng nhanh nhưng giá khối pin lithium vẫn chiếm 35–45% giá xe. Pin natri-ion có tiềm năng rẻ hơn, an toàn hơn và hoạt động tốt ở nhiệt độ cao, nhưng trong nước chưa có năng lực chế tạo cell. Nhóm nghiên cứu của trường đã làm chủ hệ thống quản lý pin và cần đối tác về vật liệu điện cực và công nghệ chế tạo cell.',
    outcome:
      'Hợp tác phát triển cell natri-ion dạng trụ hoặc túi có mật độ năng lượng trên 140 Wh/kg và tuổi thọ trên 2.000 chu kỳ. Mục tiêu là dây chuyền thí điểm 50 MWh/năm tại Việt Nam trong ba năm.',
    fields: ['energy.storage', 'transport.ev', 'materials'],
    keywords: ['pin natri-ion', 'xe máy điện', 'chế tạo cell', 'vật liệu điện cực', 'lưu trữ năng lượng'],
    minTrl: 5,
    budget: { min: 500000, max: 2000000, currency: 'USD' },
    cooperationModes: ['joint_development', 'investment', 'non_exclusive_licence'],
    deadlineDays: 180,
    neededCountries: ['CN', 'SG', 'TH'],
    visibility: 'public',
  },
  {
    key: 'vi-r04',
    org: 'vi-org-2',
    title: 'Công nghệ lên men có kiểm soát để sơ chế cà phê Robusta chất lượng cao',
    problem:
      'Các hợp tác xã cà phê ở Tây Nguyên mà chúng tôi hỗ trợ tài chính chủ yếu bán cà phê nhân xô với giá thấp. Quá trình phơi và lên men tự nhiên không đồng đều, dễ bị mốc và tạo mùi lạ, khiến tỷ lệ đạt cà phê đặc sản chỉ khoảng 5%. Người mua ở Trung Quốc và Singapore muốn mua khối lượng lớn cà phê Robusta chất lượng cao có hồ sơ chế biến rõ ràng.',
    outcome:
      'Thiết bị và quy trình lên men có kiểm soát nhiệt độ, pH, kèm men giống chọn lọc và máy sấy năng lượng thấp, công suất 2–5 tấn quả tươi mỗi ngày. Mục tiêu nâng tỷ lệ đạt điểm cảm quan trên 80 lên ít nhất 40%.',
    fields: ['agri.processing', 'bio.industrial'],
    keywords: ['cà phê Robusta', 'lên men', 'sơ chế', 'cà phê đặc sản', 'Tây Nguyên'],
    minTrl: 6,
    budget: { min: 1500000000, max: 4000000000, currency: 'VND' },
    cooperationModes: ['technical_service', 'non_exclusive_licence'],
    deadlineDays: 100,
    neededCountries: ['CN', 'ID', 'TH', 'SG'],
    visibility: 'public',
  },
  {
    key: 'vi-r05',
    org: 'vi-org-2',
    title: 'Bộ kiểm tra nhanh dư lượng thuốc bảo vệ thực vật trên hồ tiêu xuất khẩu',
    problem:
      'Một doanh nghiệp xuất khẩu hồ tiêu là khách hàng của chúng tôi đã bị trả về nhiều lô hàng do vượt giới hạn dư lượng thuốc bảo vệ thực vật. Hiện nay mỗi mẫu phải gửi phòng thí nghiệm phân tích sắc ký, mất 5–7 ngày và chi phí cao, nên doanh nghiệp không thể kiểm tra tại điểm thu mua. Doanh nghiệp đề nghị chưa công bố tên trong giai đoạn tìm kiếm công nghệ.',
    outcome:
      'Bộ kiểm tra nhanh hoặc thiết bị cầm tay phát hiện đồng thời ít nhất 10 hoạt chất thường gặp trên hồ tiêu như carbendazim, chlorpyrifos và metalaxyl, cho kết quả trong dưới 30 phút ngay tại điểm thu mua, với ngưỡng phát hiện đáp ứng yêu cầu của thị trường nhập khẩu.',
    fields: ['agri.safety', 'services.testing'],
    keywords: ['hồ tiêu', 'dư lượng thuốc bảo vệ thực vật', 'kiểm tra nhanh', 'an toàn thực phẩm', 'xuất khẩu'],
    minTrl: 6,
    budget: { min: 30000, max: 100000, currency: 'USD' },
    cooperationModes: ['non_exclusive_licence', 'technical_service'],
    deadlineDays: 75,
    neededCountries: ['CN', 'SG', 'TH', 'MY'],
    visibility: 'anonymous',
  },
  {
    key: 'vi-r06',
    org: 'vi-org-4',
    title: 'Điện khí hóa cần trục bãi RTG và cung cấp điện bờ cho tàu tại cảng',
    problem:
      'Một cảng container khách hàng của chúng tôi ở miền Trung đang vận hành 12 cần trục bãi RTG chạy diesel, tiêu thụ khoảng 1,8 triệu lít dầu mỗi năm. Tàu neo đậu tại cảng vẫn chạy máy phát phụ, gây tiếng ồn và ô nhiễm cho khu dân cư lân cận. Cảng muốn giảm phát thải theo lộ trình cảng xanh nhưng thiếu kinh nghiệm cải hoán và đấu nối lưới điện.',
    outcome:
      'Giải pháp cải hoán RTG sang dùng điện lưới qua thanh cái hoặc cuộn cáp, kết hợp hệ thống điện bờ hạ thế cho tàu feeder. Yêu cầu có kinh nghiệm thi công tại cảng đang khai thác, thời gian ngừng mỗi cần trục dưới 10 ngày.',
    fields: ['transport.ports', 'energy.grid', 'env.air'],
    keywords: ['cảng xanh', 'điện khí hóa RTG', 'điện bờ', 'giảm phát thải', 'cần trục'],
    minTrl: 8,
    budget: { min: 1500000, max: 4000000, currency: 'USD' },
    cooperationModes: ['technical_service', 'joint_development'],
    deadlineDays: 150,
    neededCountries: ['CN', 'SG', 'MY'],
    visibility: 'public',
  },
  {
    key: 'vi-r07',
    org: 'vi-org-1',
    title: 'Thiết bị và quy trình kiểm thử chip sau đóng gói cho dây chuyền đào tạo và sản xuất thử',
    problem:
      'Trường đang xây dựng phòng thí nghiệm kiểm thử vi mạch để đào tạo kỹ sư và phục vụ các công ty thiết kế chip trong nước. Hiện nay chip mẫu phải gửi ra nước ngoài để kiểm thử, mất 4–8 tuần. Nhu cầu này liên quan đến dự án đang xin tài trợ nên chỉ chia sẻ với đơn vị vận hành nền tảng ở giai đoạn này.',
    outcome:
      'Hệ thống kiểm thử tự động cho vi mạch tín hiệu hỗn hợp và vi điều khiển, kèm bộ tải kiểm thử, phần mềm lập trình bài test và chương trình đào tạo. Mong muốn đối tác hỗ trợ kỹ thuật ít nhất hai năm.',
    fields: ['ict.semiconductors', 'services.testing', 'health_society.education'],
    keywords: ['kiểm thử vi mạch', 'bán dẫn', 'ATE', 'đào tạo kỹ sư', 'thiết kế chip'],
    minTrl: 8,
    budget: { min: 800000, max: 2000000, currency: 'USD' },
    cooperationModes: ['technical_service', 'joint_development'],
    deadlineDays: 200,
    neededCountries: ['SG', 'CN', 'MY'],
    visibility: 'operators_only',
  },
  {
    key: 'vi-r08',
    org: 'vi-org-2',
    title: 'Xử lý nước thải sơ chế mủ cao su kết hợp thu hồi biogas',
    problem:
      'Một nhà máy sơ chế mủ cao su ở Đông Nam Bộ đang hợp tác với chúng tôi thải ra khoảng 800 m³ nước thải mỗi ngày, có COD trên 8.000 mg/L, nhiều amoni và mùi hôi nặng. Hệ thống hồ sinh học hiện có chiếm diện tích lớn nhưng không đạt quy chuẩn và bị người dân phản ánh. Nhà máy chưa muốn công khai tên khi đang làm việc với cơ quan quản lý môi trường.',
    outcome:
      'Hệ thống kỵ khí hiệu suất cao (ví dụ UASB hoặc bể phản ứng kỵ khí dạng vách ngăn) kết hợp khử nitơ, nước sau xử lý đạt quy chuẩn loại A. Biogas thu hồi được dùng để sấy mủ, giảm chi phí nhiên liệu.',
    fields: ['materials.rubber', 'env.water_treatment', 'energy.biomass'],
    keywords: ['mủ cao su', 'nước thải', 'kỵ khí', 'biogas', 'khử nitơ'],
    minTrl: 7,
    budget: { min: 8000000000, max: 20000000000, currency: 'VND' },
    cooperationModes: ['technical_service', 'non_exclusive_licence'],
    deadlineDays: 110,
    neededCountries: ['CN', 'TH', 'MY'],
    visibility: 'anonymous',
  },
  {
    key: 'vi-r09',
    org: 'vi-org-4',
    title: 'Nền tảng thuyết minh du lịch đa ngôn ngữ và thanh toán không tiền mặt cho du khách quốc tế',
    problem:
      'Đà Nẵng và Hội An đón lượng lớn du khách Trung Quốc, Hàn Quốc và ASEAN, nhưng nhiều điểm tham quan chỉ có thuyết minh tiếng Việt và tiếng Anh. Hướng dẫn viên biết tiếng Trung không đủ vào mùa cao điểm. Du khách cũng gặp khó khăn khi thanh toán vì nhiều cửa hàng nhỏ chưa chấp nhận ví điện tử nước ngoài.',
    outcome:
      'Ứng dụng thuyết minh tự động theo vị trí với ít nhất năm ngôn ngữ, dịch hội thoại thời gian thực và tích hợp thanh toán bằng mã QR liên thông khu vực. Triển khai thí điểm tại 20 điểm tham quan trong năm đầu tiên.',
    fields: ['health_society.tourism', 'ict.ai', 'ict.ecommerce'],
    keywords: ['du lịch thông minh', 'thuyết minh đa ngôn ngữ', 'dịch tự động', 'thanh toán QR', 'Hội An'],
    minTrl: 7,
    budget: { min: 2000000000, max: 5000000000, currency: 'VND' },
    cooperationModes: ['non_exclusive_licence', 'joint_development'],
    deadlineDays: 120,
    neededCountries: ['CN', 'SG', 'TH', 'MY'],
    visibility: 'public',
  },
];
