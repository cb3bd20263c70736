import type { DemoOffer } from '../types.ts';

/** Vietnamese demo offers, part 3: fruit preservation, biogas and cashew from Can Tho; marine and port technology from Da Nang. */
export const offers: DemoOffer[] = [
  {
    key: 'vi-o15',
    org: 'vi-org-3',
    title: 'Bảo quản thanh long xuất khẩu bằng xử lý nhiệt và màng bao chitosan – nano bạc',
    summary:
      'Công nghệ sau thu hoạch giúp thanh long giữ màu tai xanh, vỏ tươi và không thối cuống trong 35–40 ngày vận chuyển đường biển.',
    description:
      'Quả sau khi cắt cuống được rửa bằng nước ozone, xử lý bằng không khí nóng ẩm 46 °C trong 20 phút để diệt trứng ruồi đục quả, đáp ứng yêu cầu kiểm dịch. Sau đó quả được nhúng vào dung dịch màng bao chitosan có bổ sung nano bạc nồng độ thấp, tạo lớp màng mỏng hạn chế mất nước và ức chế nấm gây thối. Quả được đóng trong túi điều chỉnh khí quyển và bảo quản ở 5–6 °C. Sau 35 ngày, tỷ lệ hao hụt khối lượng dưới 4% và hơn 92% quả đạt chất lượng thương phẩm. Dây chuyền mẫu công suất 3 tấn/giờ đang hoạt động tại Long An.',
    applications:
      'Doanh nghiệp đóng gói, xuất khẩu thanh long, xoài, bưởi và nhãn sang Trung Quốc, Hàn Quốc và Trung Đông.',
    advantages:
      'Thời gian bảo quản dài gấp 2 lần so với chỉ làm lạnh; chuyển từ vận tải hàng không sang đường biển giúp giảm 60–70% chi phí logistics.',
    fields: ['agri.processing', 'transport.cold_chain', 'materials.nano'],
    keywords: ['thanh long', 'bảo quản sau thu hoạch', 'chitosan', 'màng bao', 'xuất khẩu trái cây'],
    trl: 8,
    ipStatus: 'granted_patent',
    patents: [{ number: 'VN 1-0032195', jurisdiction: 'VN' }],
    transferModes: ['non_exclusive_licence', 'technical_service'],
    price: { amount: 1500000000, currency: 'VND' },
    targetCountries: ['VN', 'TH', 'MY', 'ID', 'PH', 'KH', 'CN'],
  },
  {
    key: 'vi-o16',
    org: 'vi-org-3',
    title: 'Hầm biogas composite lắp ghép kết hợp phát điện cho trang trại chăn nuôi heo',
    summary:
      'Hầm ủ biogas bằng vật liệu composite lắp ghép, kèm bộ lọc khí H₂S và máy phát điện chạy biogas cho trang trại 200–2.000 con heo.',
    description:
      'Hầm gồm các mảnh composite sợi thủy tinh ghép bằng bulông và gioăng cao su, lắp đặt trong 3–5 ngày, không bị nứt như hầm xây gạch. Thiết kế dòng chảy nút kết hợp khuấy thủy lực giúp giảm lắng cặn và tăng sản lượng khí thêm khoảng 20%. Khí biogas được lọc H₂S qua tháp than sắt rồi cấp cho máy phát điện 20–100 kW, nhiệt thải dùng để sưởi heo con. Nước sau hầm được lắng và xử lý tiếp bằng ao sinh học trước khi tưới cây. Hơn 1.300 hầm đã được lắp đặt ở Đồng bằng sông Cửu Long và Đông Nam Bộ.',
    applications:
      'Trang trại heo, bò sữa, gà; lò giết mổ; cơ sở chế biến tinh bột khoai mì và nông sản có nước thải hữu cơ.',
    advantages:
      'Tuổi thọ trên 20 năm; trang trại 1.000 con heo tiết kiệm khoảng 25–30 triệu đồng tiền điện mỗi tháng, hoàn vốn trong 2,5–3 năm.',
    fields: ['energy.biomass', 'agri.livestock', 'env.waste'],
    keywords: ['biogas', 'hầm composite', 'chăn nuôi heo', 'phát điện', 'xử lý chất thải'],
    trl: 9,
    ipStatus: 'utility_model',
    patents: [{ number: 'VN 2-0001958', jurisdiction: 'VN' }],
    transferModes: ['non_exclusive_licence', 'technical_service'],
    price: { amount: 900000000, currency: 'VND' },
    targetCountries: ['VN', 'KH', 'LA', 'MM', 'PH', 'TH'],
  },
  {
    key: 'vi-o17',
    org: 'vi-org-3',
    title: 'Thu hồi dầu vỏ hạt điều (CNSL) và sản xuất than hoạt tính từ vỏ điều',
    summary:
      'Quy trình ép nóng – nhiệt phân liên tục biến vỏ hạt điều thành dầu CNSL, cardanol tinh chế và than hoạt tính, không thải khói đen.',
    description:
      'Vỏ hạt điều được ép trục vít ở 180–200 °C để thu 25–28% dầu CNSL thô, sau đó chưng cất chân không tách cardanol tinh khiết trên 90% dùng làm nguyên liệu nhựa và sơn. Bã vỏ được nhiệt phân trong lò quay liên tục, khí nhiệt phân được đốt lại để cấp nhiệt cho chính quá trình. Than thu được hoạt hóa bằng hơi nước, đạt diện tích bề mặt 900–1.100 m²/g, phù hợp lọc nước và khử mùi. Dây chuyền thí điểm xử lý 10 tấn vỏ mỗi ngày đang chạy tại Bình Phước.',
    applications:
      'Nhà máy chế biến điều, nhà sản xuất sơn, nhựa phenolic, má phanh và doanh nghiệp than hoạt tính.',
    advantages:
      'Giá trị gia tăng từ vỏ điều tăng 4–5 lần so với bán làm chất đốt; khí thải đạt quy chuẩn nhờ đốt hoàn toàn khí nhiệt phân.',
    fields: ['chem.green', 'agri.processing', 'materials.biobased'],
    keywords: ['vỏ hạt điều', 'CNSL', 'cardanol', 'than hoạt tính', 'nhiệt phân'],
    trl: 7,
    ipStatus: 'pending_application',
    patents: [{ number: 'VN 1-2023-02107', jurisdiction: 'VN' }],
    transferModes: ['exclusive_licence', 'joint_development', 'investment'],
    price: 'negotiable',
    targetCountries: ['VN', 'KH', 'ID', 'MM', 'CN'],
  },
  {
    key: 'vi-o18',
    org: 'vi-org-4',
    title: 'Phần mềm điều độ cảng tổng hợp và cảng container cỡ vừa',
    summary:
      'Hệ thống quản lý khai thác cảng trên nền tảng đám mây, phù hợp cảng có sản lượng 100.000–800.000 TEU/năm, kết nối với hải quan điện tử.',
    description:
      'Phần mềm quản lý kế hoạch cầu bến, sơ đồ bãi, lệnh giao nhận và theo dõi thiết bị xếp dỡ theo thời gian thực. Mô-đun cổng tự động đọc số container và biển số xe bằng camera, rút ngắn thời gian làm thủ tục cho mỗi xe. Chủ hàng và đại lý đăng ký lệnh, thanh toán phí trực tuyến và nhận hóa đơn điện tử. Hệ thống có giao diện tiếng Việt, tiếng Anh, tiếng Trung và kết nối với hệ thống một cửa quốc gia. Đang vận hành tại hai cảng miền Trung với tổng sản lượng khoảng 650.000 TEU mỗi năm.',
    applications:
      'Cảng biển, cảng sông, cảng cạn (ICD) và kho bãi logistics trên các tuyến vận tải Việt Nam – Lào – Trung Quốc.',
    advantages:
      'Thời gian xe lưu tại cảng giảm 35%; chi phí triển khai chỉ bằng khoảng một phần năm hệ thống của các hãng lớn.',
    fields: ['transport.ports', 'ict.software'],
    keywords: ['cảng thông minh', 'điều độ cảng', 'container', 'cổng tự động', 'logistics'],
    trl: 8,
    ipStatus: 'software_copyright',
    patents: [],
    transferModes: ['non_exclusive_licence', 'technical_service'],
    price: { amount: 150000, currency: 'USD' },
    targetCountries: ['VN', 'LA', 'KH', 'MM', 'PH', 'ID'],
  },
  {
    key: 'vi-o19',
    org: 'vi-org-4',
    title: 'Phao quan trắc sóng và chất lượng nước biển ven bờ chạy năng lượng mặt trời',
    summary:
      'Phao nhỏ gọn đo độ cao sóng, dòng chảy, nhiệt độ, độ mặn, oxy hòa tan và chlorophyll, truyền dữ liệu về bờ qua 4G hoặc vệ tinh.',
    description:
      'Vỏ phao đường kính 1,2 m bằng nhựa composite chống va đập, neo bằng dây đàn hồi phù hợp độ sâu 10–60 m. Cảm biến gia tốc và con quay đo phổ sóng, kết hợp cảm biến đa chỉ tiêu chất lượng nước với chổi tự làm sạch chống bám sinh vật. Pin mặt trời 60 W và ắc quy LFP cho phép hoạt động liên tục qua mùa mưa bão. Khi nằm ngoài vùng phủ sóng di động, phao chuyển sang truyền tin qua vệ tinh, định vị bằng BeiDou và GPS. Hệ thống đã thu thập dữ liệu liên tục 18 tháng tại vịnh Đà Nẵng và đầm Lăng Cô.',
    applications:
      'Cảnh báo thủy triều đỏ cho vùng nuôi biển, giám sát khu du lịch biển, khảo sát công trình cảng và điện gió ngoài khơi.',
    advantages:
      'Giá thành khoảng 30% so với phao nhập khẩu; chu kỳ bảo dưỡng 4 tháng, dài gấp đôi sản phẩm cùng loại.',
    fields: ['marine.observation', 'env.monitoring', 'ict.iot'],
    keywords: ['phao quan trắc', 'sóng biển', 'chất lượng nước', 'thủy triều đỏ', 'nuôi biển'],
    trl: 7,
    ipStatus: 'pending_application',
    patents: [{ number: 'VN 1-2022-05931', jurisdiction: 'VN' }],
    transferModes: ['non_exclusive_licence', 'joint_development'],
    price: { amount: 2800000000, currency: 'VND' },
    targetCountries: ['VN', 'PH', 'ID', 'MY', 'TH', 'CN'],
  },
  {
    key: 'vi-o20',
    org: 'vi-org-4',
    title: 'Đê giảm sóng bê tông rỗng lắp ghép bảo vệ bờ biển và phục hồi rừng ngập mặn',
    summary:
      'Cấu kiện bê tông đúc sẵn có lỗ rỗng giúp tiêu tán năng lượng sóng, giữ phù sa và tạo bãi bồi cho cây ngập mặn tái sinh.',
    description:
      'Mỗi cấu kiện hình thang cao 1,2–2,0 m, nặng 3–6 tấn, có các lỗ rỗng chiếm 25–30% diện tích mặt trước để sóng đi qua bị phân tán. Cấu kiện được đặt trên nền cọc tre hoặc thảm địa kỹ thuật nên phù hợp nền bùn yếu ven biển. Thí nghiệm máng sóng và quan trắc thực địa cho thấy chiều cao sóng phía sau đê giảm 50–70%, bãi bồi nâng cao 20–40 cm sau hai năm. Tại các đoạn thí điểm ở Cà Mau và Sóc Trăng, rừng đước và mắm đã tái sinh tự nhiên trên bãi bồi phía sau đê.',
    applications:
      'Bảo vệ bờ biển bị xói lở, chắn sóng cho vùng nuôi trồng thủy sản, cửa sông và dự án phục hồi rừng ngập mặn.',
    advantages:
      'Chi phí thấp hơn 30–40% so với kè đá đổ truyền thống; thi công bằng sà lan nhỏ, không cần thiết bị chuyên dụng lớn.',
    fields: ['marine.coastal', 'construction.infrastructure', 'env.climate'],
    keywords: ['đê giảm sóng', 'chống xói lở', 'rừng ngập mặn', 'bê tông đúc sẵn', 'bảo vệ bờ biển'],
    trl: 8,
    ipStatus: 'granted_patent',
    patents: [{ number: 'VN 1-0030418', jurisdiction: 'VN' }],
    transferModes: ['non_exclusive_licence', 'technical_service'],
    price: { amount: 1800000000, currency: 'VND' },
    targetCountries: ['VN', 'KH', 'TH', 'MY', 'ID', 'PH', 'MM'],
  },
  {
    key: 'vi-o21',
    org: 'vi-org-4',
    title: 'Dự báo công suất và tối ưu vận hành nhà máy điện gió ven bờ bằng trí tuệ nhân tạo',
    summary:
      'Phần mềm dự báo công suất điện gió 15 phút đến 72 giờ và cảnh báo sớm hư hỏng hộp số, ổ trục từ dữ liệu SCADA.',
    description:
      'Mô hình kết hợp dự báo thời tiết số trị độ phân giải cao với mạng nơ-ron học từ dữ liệu SCADA của từng tua-bin. Sai số dự báo ngày tới đạt khoảng 9–11% công suất đặt, giúp chủ đầu tư đáp ứng yêu cầu đăng ký công suất của điều độ hệ thống điện. Mô-đun bảo trì dự đoán phân tích nhiệt độ dầu, độ rung và dòng điện máy phát để phát hiện bất thường trước 2–6 tuần. Hệ thống đang chạy cho ba nhà máy điện gió ven biển ở Trà Vinh, Bạc Liêu và Quảng Trị với tổng công suất 310 MW.',
    applications:
      'Chủ đầu tư và đơn vị vận hành điện gió trên bờ, ven bờ và ngoài khơi; công ty điện lực và đơn vị điều độ lưới.',
    advantages:
      'Sai số dự báo giảm 25% so với phương pháp thống kê; thời gian dừng máy ngoài kế hoạch giảm khoảng 18%.',
    fields: ['energy.wind', 'ict.ai', 'energy.grid'],
    keywords: ['điện gió', 'dự báo công suất', 'bảo trì dự đoán', 'SCADA', 'trí tuệ nhân tạo'],
    trl: 7,
    ipStatus: 'software_copyright',
    patents: [],
    transferModes: ['non_exclusive_licence', 'technical_service', 'joint_development'],
    price: { amount: 90000, currency: 'USD' },
    targetCountries: ['VN', 'PH', 'TH', 'LA', 'MM', 'CN'],
  },
];
