import type { DemoOffer } from '../types.ts';

/** Vietnamese demo offers, part 1: drones, batteries, diagnostics and herbal medicine from Hanoi, plus HCMC water treatment. */
export const offers: DemoOffer[] = [
  {
    key: 'vi-o01',
    org: 'vi-org-1',
    title: 'Thiết bị bay không người lái phun thuốc bảo vệ thực vật định vị BeiDou/GNSS RTK',
    summary:
      'Drone phun thuốc tải trọng 20 lít, bay tự động theo bản đồ ruộng với sai số định vị dưới 3 cm nhờ thu tín hiệu BeiDou, GPS và Galileo.',
    description:
      'Thiết bị gồm khung sợi carbon gập được, 6 cánh quạt, bình chứa 20 lít và hệ thống béc phun ly tâm điều chỉnh kích thước giọt từ 80 đến 300 µm. Bộ thu GNSS đa hệ kết hợp trạm RTK di động cho phép bay theo đường đã lập sẵn và bám địa hình trên ruộng bậc thang. Phần mềm điều khiển bằng tiếng Việt tự động tính lưu lượng phun theo tốc độ bay và bản đồ kê đơn từ ảnh đa phổ. Năng suất đạt 6–8 ha mỗi giờ, gấp khoảng 40 lần phun thủ công. Hơn 150 thiết bị đã hoạt động tại Thái Bình, Nam Định và An Giang.',
    applications:
      'Phun thuốc, phun phân bón lá và gieo sạ cho lúa, ngô, mía, cây ăn trái; dịch vụ phun thuê cho hợp tác xã.',
    advantages:
      'Tiết kiệm 30% thuốc và 90% nước so với phun đeo vai; giá thành thấp hơn khoảng 25% so với thiết bị nhập khẩu cùng tải trọng.',
    fields: ['space.drones', 'space.satellite_nav', 'agri.protection'],
    keywords: ['drone nông nghiệp', 'phun thuốc', 'BeiDou', 'RTK', 'nông nghiệp chính xác'],
    trl: 8,
    ipStatus: 'granted_patent',
    patents: [{ number: 'VN 1-0034871', jurisdiction: 'VN' }],
    transferModes: ['non_exclusive_licence', 'technical_service'],
    price: { amount: 3500000000, currency: 'VND' },
    targetCountries: ['VN', 'LA', 'KH', 'MM', 'TH', 'PH', 'CN'],
  },
  {
    key: 'vi-o02',
    org: 'vi-org-1',
    title: 'Hệ thống quản lý pin (BMS) thông minh cho xe máy điện và trạm đổi pin',
    summary:
      'Mạch quản lý pin lithium có cân bằng chủ động và ước lượng trạng thái sức khỏe pin, kết nối với trạm đổi pin qua giao thức CAN và Bluetooth.',
    description:
      'BMS hỗ trợ khối pin LFP và NMC từ 48 V đến 72 V, tối đa 24 cell nối tiếp. Mạch cân bằng chủ động bằng cuộn cảm chuyển năng lượng giữa các cell với dòng 2 A, giúp chênh lệch điện áp luôn dưới 15 mV. Thuật toán lọc Kalman mở rộng ước lượng trạng thái sạc với sai số dưới 3% và theo dõi độ chai pin theo thời gian. Dữ liệu được gửi lên máy chủ để nhà vận hành trạm đổi pin quyết định khi nào thay khối pin. Thiết kế đã qua thử nghiệm rung, ngâm nước IP67 và 1.500 chu kỳ sạc xả.',
    applications:
      'Nhà sản xuất xe máy điện, xe ba bánh điện, trạm đổi pin và hệ thống lưu trữ điện quy mô nhỏ.',
    advantages:
      'Kéo dài tuổi thọ khối pin thêm khoảng 20%; giá thành linh kiện thấp hơn 30% so với BMS nhập khẩu có tính năng tương đương.',
    fields: ['energy.storage', 'transport.ev', 'manuf.electronics'],
    keywords: ['quản lý pin', 'xe máy điện', 'cân bằng chủ động', 'đổi pin', 'pin lithium'],
    trl: 7,
    ipStatus: 'pending_application',
    patents: [{ number: 'VN 1-2023-04512', jurisdiction: 'VN' }],
    transferModes: ['exclusive_licence', 'joint_development'],
    price: 'negotiable',
    targetCountries: ['VN', 'TH', 'ID', 'PH', 'KH', 'LA'],
  },
  {
    key: 'vi-o03',
    org: 'vi-org-1',
    title: 'Que thử nhanh kết hợp kháng nguyên NS1 và kháng thể IgM/IgG chẩn đoán sốt xuất huyết',
    summary:
      'Que thử sắc ký miễn dịch cho kết quả trong 15 phút từ một giọt máu đầu ngón tay, phát hiện sốt xuất huyết cả giai đoạn sớm và giai đoạn muộn.',
    description:
      'Que thử có ba vạch: NS1 cho 1–5 ngày đầu sốt, IgM và IgG để phát hiện nhiễm mới và tái nhiễm. Kháng thể đơn dòng được sàng lọc từ các chủng virus Dengue lưu hành ở Việt Nam nên nhận diện tốt cả bốn típ huyết thanh. Đánh giá trên 860 mẫu bệnh phẩm tại ba bệnh viện ở Hà Nội cho độ nhạy 92% và độ đặc hiệu 97% so với RT-PCR và ELISA. Sản phẩm bảo quản ở nhiệt độ phòng đến 30 °C trong 24 tháng.',
    applications:
      'Trạm y tế xã, phòng khám tư nhân, khoa cấp cứu bệnh viện và chương trình giám sát dịch tễ.',
    advantages:
      'Giá thành sản xuất khoảng 25.000 đồng một que, bằng một nửa sản phẩm nhập khẩu; một que thay cho hai xét nghiệm riêng biệt.',
    fields: ['bio.diagnostics', 'health_society.public_health'],
    keywords: ['sốt xuất huyết', 'Dengue', 'que thử nhanh', 'NS1', 'chẩn đoán'],
    trl: 7,
    ipStatus: 'pending_application',
    patents: [{ number: 'VN 1-2022-07789', jurisdiction: 'VN' }],
    transferModes: ['exclusive_licence', 'non_exclusive_licence'],
    price: { amount: 5000000000, currency: 'VND' },
    targetCountries: ['VN', 'LA', 'KH', 'MM', 'PH', 'ID', 'CN'],
  },
  {
    key: 'vi-o04',
    org: 'vi-org-1',
    title: 'Cao chiết chuẩn hóa giảo cổ lam hỗ trợ điều hòa đường huyết',
    summary:
      'Quy trình trồng, chiết xuất và chuẩn hóa cao giảo cổ lam theo hàm lượng gypenosid, sẵn sàng sản xuất viên nang đạt chuẩn GMP.',
    description:
      'Dược liệu được trồng theo hướng dẫn thực hành tốt trồng trọt và thu hái dược liệu tại vùng núi phía Bắc. Quy trình chiết siêu âm kết hợp cồn 70% và tinh chế qua nhựa hấp phụ macroporous nâng hàm lượng gypenosid toàn phần lên trên 60%. Mỗi lô được kiểm tra bằng HPLC và dấu vân tay sắc ký để bảo đảm đồng nhất. Nghiên cứu lâm sàng trên 180 người tiền đái tháo đường trong 12 tuần cho thấy đường huyết lúc đói giảm trung bình 11%. Hồ sơ kèm theo gồm dữ liệu độ ổn định 36 tháng và độc tính bán trường diễn.',
    applications:
      'Doanh nghiệp dược, thực phẩm bảo vệ sức khỏe và nhà sản xuất thuốc y học cổ truyền ở Việt Nam, Trung Quốc và ASEAN.',
    advantages:
      'Hiệu suất chiết cao hơn 35% so với ngâm kiệt truyền thống; thời gian chiết rút ngắn từ 48 giờ xuống 3 giờ.',
    fields: ['bio.tcm', 'bio.pharma'],
    keywords: ['giảo cổ lam', 'dược liệu', 'cao chuẩn hóa', 'đái tháo đường', 'gypenosid'],
    trl: 8,
    ipStatus: 'granted_patent',
    patents: [{ number: 'VN 1-0031264', jurisdiction: 'VN' }],
    transferModes: ['exclusive_licence', 'assignment'],
    price: { amount: 4200000000, currency: 'VND' },
    targetCountries: ['VN', 'CN', 'LA', 'MY', 'TH'],
  },
  {
    key: 'vi-o05',
    org: 'vi-org-1',
    title: 'Ứng dụng trí tuệ nhân tạo nhận diện sâu bệnh hại lúa qua ảnh điện thoại',
    summary:
      'Ứng dụng di động nhận diện 28 loại sâu bệnh và triệu chứng thiếu dinh dưỡng trên lúa từ ảnh chụp, hoạt động cả khi không có mạng.',
    description:
      'Mô hình học sâu được huấn luyện trên hơn 120.000 ảnh do cán bộ khuyến nông thu thập ở Đồng bằng sông Hồng và sông Cửu Long. Mô hình được nén để chạy trực tiếp trên điện thoại phổ thông, trả kết quả trong chưa đầy 2 giây. Sau khi nhận diện, ứng dụng gợi ý biện pháp xử lý theo nguyên tắc quản lý dịch hại tổng hợp và danh mục thuốc được phép sử dụng. Ảnh có tọa độ được gửi về bản đồ cảnh báo để cơ quan bảo vệ thực vật theo dõi ổ dịch. Độ chính xác trên bộ dữ liệu kiểm thử độc lập đạt 91%.',
    applications:
      'Nông dân, hợp tác xã, cán bộ khuyến nông, chi cục trồng trọt và bảo vệ thực vật, doanh nghiệp vật tư nông nghiệp.',
    advantages:
      'Phát hiện sớm giúp giảm 1–2 lần phun thuốc mỗi vụ; dễ bổ sung ngôn ngữ Lào, Khmer và tiếng Trung.',
    fields: ['ict.ai', 'agri.protection'],
    keywords: ['trí tuệ nhân tạo', 'sâu bệnh lúa', 'ứng dụng di động', 'bảo vệ thực vật', 'cảnh báo dịch hại'],
    trl: 7,
    ipStatus: 'software_copyright',
    patents: [],
    transferModes: ['non_exclusive_licence', 'joint_development'],
    price: { amount: 30000, currency: 'USD' },
    targetCountries: ['VN', 'LA', 'KH', 'MM', 'TH', 'PH', 'ID'],
  },
  {
    key: 'vi-o06',
    org: 'vi-org-2',
    title: 'Xử lý nước thải chế biến thủy sản bằng keo tụ điện hóa kết hợp MBBR',
    summary:
      'Hệ thống xử lý nước thải nhà máy phi lê cá tra và chế biến tôm, đạt quy chuẩn xả thải loại A với diện tích nhỏ hơn hệ thống truyền thống.',
    description:
      'Nước thải sau tách mỡ đi qua bể keo tụ điện hóa với điện cực nhôm, loại bỏ 60–70% chất rắn lơ lửng, dầu mỡ và phốt pho mà không cần thêm phèn. Tiếp theo là bể sinh học giá thể di động (MBBR) hai bậc thiếu khí – hiếu khí để khử COD và nitơ. Bùn sinh ra ít hơn 40% và được ép khô làm phân bón hữu cơ. Hệ thống điều khiển PLC tự động điều chỉnh dòng điện theo lưu lượng và độ dẫn điện. Hơn 25 nhà máy tại Đồng Tháp, An Giang và Cà Mau đang vận hành công nghệ với công suất 300–3.000 m³/ngày.',
    applications:
      'Nhà máy chế biến cá tra, tôm, hải sản đông lạnh, lò giết mổ và khu công nghiệp thực phẩm.',
    advantages:
      'Diện tích xây dựng giảm 35%; chi phí vận hành khoảng 4.500–6.000 đồng/m³, thấp hơn 20% so với công nghệ bùn hoạt tính kết hợp hóa chất.',
    fields: ['env.water_treatment', 'agri.processing'],
    keywords: ['nước thải thủy sản', 'keo tụ điện hóa', 'MBBR', 'cá tra', 'xử lý nitơ'],
    trl: 9,
    ipStatus: 'utility_model',
    patents: [{ number: 'VN 2-0002786', jurisdiction: 'VN' }],
    transferModes: ['non_exclusive_licence', 'technical_service'],
    price: { amount: 2500000000, currency: 'VND' },
    targetCountries: ['VN', 'TH', 'ID', 'MM', 'KH', 'PH'],
  },
  {
    key: 'vi-o07',
    org: 'vi-org-2',
    title: 'Kho lạnh lắp ghép chạy điện mặt trời cho vùng trồng trái cây',
    summary:
      'Kho lạnh dạng module 20–40 m³ dùng điện mặt trời và bồn tích lạnh, giúp hợp tác xã bảo quản trái cây ngay tại vùng trồng.',
    description:
      'Kho được lắp từ tấm cách nhiệt PU dày 100 mm, máy nén biến tần một chiều nối trực tiếp với dàn pin mặt trời 8–15 kWp. Thay vì ắc quy, hệ thống tích lạnh vào bồn vật liệu chuyển pha đông ở -2 °C, đủ giữ nhiệt độ kho ổn định qua đêm và một ngày nhiều mây. Cảm biến nhiệt độ, độ ẩm gửi dữ liệu qua mạng di động để chủ kho theo dõi trên điện thoại. Kho có thể vận chuyển bằng xe tải nhỏ và lắp đặt trong ba ngày. Các kho thí điểm tại Tiền Giang và Bình Thuận đã bảo quản thanh long, xoài, sầu riêng với nhiệt độ dao động dưới ±1 °C.',
    applications:
      'Hợp tác xã trái cây, rau củ, hoa; điểm thu mua nông sản; chợ đầu mối và vùng nuôi trồng thủy sản chưa có lưới điện ổn định.',
    advantages:
      'Không tốn tiền điện và không cần ắc quy; tổn thất sau thu hoạch giảm từ khoảng 25% xuống dưới 8%.',
    fields: ['transport.cold_chain', 'energy.solar'],
    keywords: ['kho lạnh', 'điện mặt trời', 'tích lạnh', 'bảo quản trái cây', 'chuỗi lạnh'],
    trl: 8,
    ipStatus: 'pending_application',
    patents: [{ number: 'VN 1-2022-03340', jurisdiction: 'VN' }],
    transferModes: ['non_exclusive_licence', 'technical_service', 'investment'],
    price: { amount: 650000000, currency: 'VND' },
    targetCountries: ['VN', 'KH', 'LA', 'MM', 'PH', 'TH', 'ID'],
  },
];
