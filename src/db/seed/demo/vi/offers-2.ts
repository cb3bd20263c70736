import type { DemoOffer } from '../types.ts';

/** Vietnamese demo offers, part 2: fintech, urban flooding and solar from HCMC; rice and aquaculture from Can Tho. */
export const offers: DemoOffer[] = [
  {
    key: 'vi-o08',
    org: 'vi-org-2',
    title: 'Nền tảng tài chính chuỗi cung ứng nông sản dựa trên dữ liệu truy xuất nguồn gốc',
    summary:
      'Nền tảng số kết nối nông hộ, thương lái, nhà máy và ngân hàng để cấp vốn ứng trước dựa trên dữ liệu giao dịch và truy xuất nguồn gốc.',
    description:
      'Mỗi lô hàng nông sản được gắn mã QR, ghi nhận thông tin vùng trồng, nhật ký canh tác, kết quả kiểm nghiệm và hợp đồng bao tiêu. Mô hình chấm điểm tín dụng dùng dữ liệu này cùng lịch sử giao hàng để đề xuất hạn mức cho từng hộ và hợp tác xã. Tiền giải ngân và thanh toán được chuyển qua ví điện tử và tài khoản ngân hàng, tự động khấu trừ khi nhà máy nhận hàng. Nền tảng có giao diện tiếng Việt, tiếng Anh và tiếng Trung, hỗ trợ hóa đơn điện tử. Hiện có hơn 8.000 nông hộ trồng lúa, cà phê và hồ tiêu đang sử dụng.',
    applications:
      'Ngân hàng, công ty tài chính, doanh nghiệp xuất khẩu gạo, cà phê, hồ tiêu, điều và hợp tác xã nông nghiệp.',
    advantages:
      'Thời gian xét duyệt khoản vay giảm từ 2 tuần xuống 2 ngày; tỷ lệ nợ xấu của chương trình thí điểm dưới 1,5%.',
    fields: ['ict.ecommerce', 'ict.software', 'agri.safety'],
    keywords: ['tài chính chuỗi cung ứng', 'truy xuất nguồn gốc', 'chấm điểm tín dụng', 'ví điện tử', 'nông sản'],
    trl: 8,
    ipStatus: 'software_copyright',
    patents: [],
    transferModes: ['non_exclusive_licence', 'joint_development', 'investment'],
    price: { amount: 120000, currency: 'USD' },
    targetCountries: ['VN', 'LA', 'KH', 'ID', 'PH', 'MM'],
  },
  {
    key: 'vi-o09',
    org: 'vi-org-2',
    title: 'Hệ thống cảnh báo ngập đô thị kết hợp mưa, triều cường và cảm biến cống',
    summary:
      'Bản đồ dự báo ngập theo thời gian thực cho từng tuyến đường, tính đến cả mưa lớn và triều cường, cập nhật 5 phút một lần.',
    description:
      'Mạng cảm biến siêu âm đo mực nước trong hố ga và kênh rạch, trạm đo mưa và trạm đo triều gửi dữ liệu về trung tâm qua NB-IoT. Mô hình thủy lực mạng cống được hiệu chỉnh cho từng lưu vực, chạy song song với mô hình học máy để dự báo độ sâu ngập trước 30–90 phút. Kết quả hiển thị trên bản đồ GIS, ứng dụng di động và bảng điện tử, đồng thời gửi cảnh báo cho lực lượng điều tiết giao thông và vận hành trạm bơm. Thí điểm tại hai quận nội thành Thành phố Hồ Chí Minh với 85 cảm biến cho độ chính xác dự báo trên 82%.',
    applications:
      'Công ty thoát nước đô thị, sở giao thông, ban quản lý đô thị thông minh và các thành phố ven biển chịu ảnh hưởng triều.',
    advantages:
      'Giá mỗi điểm đo chỉ bằng khoảng 40% thiết bị nhập khẩu; giúp vận hành trạm bơm và cửa triều chủ động, giảm thời gian ngập trung bình 25%.',
    fields: ['construction.disaster', 'construction.smart_city', 'ict.iot'],
    keywords: ['ngập đô thị', 'triều cường', 'cảnh báo sớm', 'cảm biến mực nước', 'thoát nước'],
    trl: 7,
    ipStatus: 'software_copyright',
    patents: [],
    transferModes: ['technical_service', 'joint_development'],
    price: { amount: 6000000000, currency: 'VND' },
    targetCountries: ['VN', 'TH', 'PH', 'ID', 'MM', 'KH'],
  },
  {
    key: 'vi-o10',
    org: 'vi-org-2',
    title: 'Điện mặt trời áp mái nhà xưởng tích hợp hệ thống quản lý năng lượng',
    summary:
      'Giải pháp trọn gói từ khảo sát, thiết kế, lắp đặt đến tối ưu vận hành điện mặt trời áp mái cho nhà máy, ưu tiên tự tiêu thụ.',
    description:
      'Phần mềm quản lý năng lượng thu thập dữ liệu từ inverter, công tơ và phụ tải chính như máy nén khí, chiller, kho lạnh. Thuật toán dự báo công suất phát theo ảnh vệ tinh mây và điều phối phụ tải để dùng tối đa điện mặt trời vào giờ cao điểm, hạn chế phát ngược lên lưới. Bộ quy trình kỹ thuật bao gồm đánh giá kết cấu mái tôn, chống dột, nối đất chống sét và vệ sinh tấm pin bằng robot. Công ty đã triển khai hơn 120 MWp trên mái các khu công nghiệp phía Nam.',
    applications:
      'Nhà máy dệt may, chế biến thực phẩm, kho lạnh, khu công nghiệp và trung tâm thương mại.',
    advantages:
      'Tỷ lệ tự tiêu thụ đạt trên 95%; hóa đơn tiền điện giảm 20–35%; thời gian hoàn vốn 4–6 năm.',
    fields: ['energy.solar', 'energy.efficiency'],
    keywords: ['điện mặt trời áp mái', 'quản lý năng lượng', 'tự tiêu thụ', 'nhà xưởng', 'tiết kiệm điện'],
    trl: 9,
    ipStatus: 'know_how',
    patents: [],
    transferModes: ['technical_service', 'investment'],
    price: 'negotiable',
    targetCountries: ['VN', 'KH', 'LA', 'MM', 'PH'],
  },
  {
    key: 'vi-o11',
    org: 'vi-org-3',
    title: 'Giống lúa thơm chịu mặn TNB 26 cho vùng ven biển Đồng bằng sông Cửu Long',
    summary:
      'Giống lúa hạt dài, thơm nhẹ, chịu mặn đến 4‰ ở giai đoạn mạ và 3‰ ở giai đoạn trổ, thời gian sinh trưởng 95–100 ngày.',
    description:
      'Giống được lai tạo từ tổ hợp giữa giống lúa thơm chất lượng cao và dòng mang gen Saltol, chọn lọc bằng chỉ thị phân tử qua 8 thế hệ. Trong khảo nghiệm ở Sóc Trăng, Bạc Liêu và Bến Tre, năng suất đạt 6,2–7,0 tấn/ha vụ đông xuân và vẫn đạt trên 5 tấn/ha khi ruộng nhiễm mặn 3‰. Hạt gạo dài 7,1 mm, hàm lượng amylose 17–18%, cơm mềm, phù hợp xuất khẩu. Thời gian sinh trưởng ngắn giúp nông dân thu hoạch trước đỉnh mặn cuối mùa khô. Gói chuyển giao gồm hạt giống tác giả, quy trình sản xuất giống và canh tác.',
    applications:
      'Công ty giống cây trồng, trung tâm giống tỉnh và vùng lúa – tôm ven biển ở Việt Nam, Campuchia, Myanmar và Philippines.',
    advantages:
      'Năng suất cao hơn 15–25% so với giống đối chứng trên đất nhiễm mặn; chất lượng gạo đạt tiêu chuẩn gạo thơm xuất khẩu.',
    fields: ['agri.crops', 'env.climate'],
    keywords: ['lúa chịu mặn', 'giống lúa thơm', 'xâm nhập mặn', 'chỉ thị phân tử', 'Đồng bằng sông Cửu Long'],
    trl: 8,
    ipStatus: 'know_how',
    patents: [],
    transferModes: ['exclusive_licence', 'assignment'],
    price: { amount: 3000000000, currency: 'VND' },
    targetCountries: ['VN', 'KH', 'MM', 'PH', 'LA', 'ID'],
  },
  {
    key: 'vi-o12',
    org: 'vi-org-3',
    title: 'Quy trình nuôi tôm thẻ chân trắng siêu thâm canh trong nhà màng theo công nghệ biofloc',
    summary:
      'Quy trình nuôi tôm mật độ 250–300 con/m² trong ao lót bạt có mái che, dùng biofloc để xử lý chất thải và hạn chế thay nước.',
    description:
      'Ao tròn lót bạt HDPE có hố xi phông trung tâm, được che bằng nhà màng để ổn định nhiệt độ và tránh mưa làm sốc môi trường. Hệ vi sinh biofloc được duy trì bằng cách bổ sung mật rỉ đường theo tỷ lệ C/N khoảng 15:1, giúp chuyển hóa amoni thành sinh khối vi khuẩn làm thức ăn bổ sung cho tôm. Quy trình chia hai giai đoạn: ương 25–30 ngày trong bể nhỏ rồi chuyển sang ao nuôi thương phẩm. Năng suất đạt 30–40 tấn/ha/vụ, kích cỡ thu hoạch 40–50 con/kg. Quy trình đã được áp dụng trên 180 ha tại Sóc Trăng, Bạc Liêu và Cà Mau.',
    applications:
      'Doanh nghiệp và trang trại nuôi tôm ven biển, vùng nuôi có nguồn nước kém ổn định hoặc thường xuyên dịch bệnh.',
    advantages:
      'Tỷ lệ sống trên 80%, hệ số chuyển đổi thức ăn khoảng 1,1–1,2; lượng nước thay giảm 70% so với nuôi thâm canh thông thường.',
    fields: ['agri.aquaculture'],
    keywords: ['tôm thẻ chân trắng', 'biofloc', 'nuôi siêu thâm canh', 'nhà màng', 'an toàn sinh học'],
    trl: 8,
    ipStatus: 'know_how',
    patents: [],
    transferModes: ['technical_service', 'non_exclusive_licence'],
    price: { amount: 800000000, currency: 'VND' },
    targetCountries: ['VN', 'ID', 'PH', 'MY', 'TH', 'MM', 'CN'],
  },
  {
    key: 'vi-o13',
    org: 'vi-org-3',
    title: 'Thức ăn cá tra bổ sung chế phẩm Bacillus và chiết xuất thảo dược giảm dùng kháng sinh',
    summary:
      'Công thức thức ăn viên cho cá tra bổ sung lợi khuẩn chịu nhiệt và chiết xuất lá ổi, giúp cá tăng sức đề kháng và cải thiện hệ số thức ăn.',
    description:
      'Chế phẩm gồm hai chủng Bacillus subtilis và Bacillus velezensis phân lập từ ruột cá tra khỏe, có khả năng tạo bào tử chịu được nhiệt độ ép viên 85–90 °C. Chiết xuất lá ổi giàu polyphenol được vi bao để bảo vệ hoạt chất trong quá trình bảo quản. Thử nghiệm tại ba trang trại ở Đồng Tháp và An Giang với tổng 1,2 triệu con cá cho thấy tỷ lệ nhiễm bệnh gan thận mủ giảm rõ rệt. Công thức phù hợp dây chuyền ép đùn hiện có, không cần thay đổi thiết bị.',
    applications:
      'Nhà máy thức ăn thủy sản, doanh nghiệp nuôi cá tra, cá rô phi và các loài cá da trơn xuất khẩu.',
    advantages:
      'Hệ số chuyển đổi thức ăn giảm từ 1,65 xuống 1,52; lượng kháng sinh sử dụng giảm trên 60%, giúp đáp ứng yêu cầu của thị trường nhập khẩu.',
    fields: ['agri.aquaculture', 'bio.industrial', 'agri.livestock'],
    keywords: ['cá tra', 'probiotic', 'Bacillus', 'thức ăn thủy sản', 'giảm kháng sinh'],
    trl: 7,
    ipStatus: 'granted_patent',
    patents: [{ number: 'VN 1-0029507', jurisdiction: 'VN' }],
    transferModes: ['exclusive_licence', 'non_exclusive_licence'],
    price: { amount: 2200000000, currency: 'VND' },
    targetCountries: ['VN', 'TH', 'ID', 'MM', 'KH', 'BN'],
  },
  {
    key: 'vi-o14',
    org: 'vi-org-3',
    title: 'Trạm quan trắc độ mặn tự động cảnh báo xâm nhập mặn qua tin nhắn và Zalo',
    summary:
      'Trạm đo độ mặn, mực nước và nhiệt độ chạy năng lượng mặt trời, gửi cảnh báo cho nông dân khi độ mặn trên sông vượt ngưỡng lấy nước.',
    description:
      'Trạm dùng cảm biến độ dẫn điện bốn điện cực có lớp chống bám bẩn, đo liên tục và tính độ mặn theo thang ‰, sai số dưới 0,1‰. Dữ liệu được gửi 15 phút một lần qua mạng di động về máy chủ, nơi mô hình dự báo độ mặn 3–5 ngày tới theo lưu lượng thượng nguồn và thủy triều. Khi độ mặn vượt ngưỡng cài đặt cho lúa, cây ăn trái hoặc nước sinh hoạt, hệ thống gửi tin nhắn và thông báo Zalo cho hộ dân, hợp tác xã và cán bộ thủy lợi. Trạm đã lắp đặt 64 điểm tại Bến Tre, Trà Vinh, Sóc Trăng và Kiên Giang.',
    applications:
      'Công ty khai thác thủy lợi, chính quyền địa phương, hợp tác xã và doanh nghiệp cấp nước ở vùng cửa sông ven biển.',
    advantages:
      'Giá mỗi trạm khoảng 45 triệu đồng, bằng một phần ba thiết bị nhập khẩu; thời gian vận hành không cần bảo trì đạt 3 tháng.',
    fields: ['env.monitoring', 'env.water_supply', 'env.climate'],
    keywords: ['xâm nhập mặn', 'quan trắc độ mặn', 'cảnh báo sớm', 'thủy lợi', 'biến đổi khí hậu'],
    trl: 8,
    ipStatus: 'utility_model',
    patents: [{ number: 'VN 2-0002413', jurisdiction: 'VN' }],
    transferModes: ['non_exclusive_licence', 'technical_service'],
    price: { amount: 1200000000, currency: 'VND' },
    targetCountries: ['VN', 'KH', 'TH', 'MM', 'LA', 'CN'],
  },
];
