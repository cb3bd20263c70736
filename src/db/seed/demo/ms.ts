import type { DemoPack } from './types.ts';

/** Malay demo pack: fictional organisations in Malaysia and Brunei, written in Bahasa Melayu. */
const pack: DemoPack = {
  lang: 'ms',
  organizations: [
    {
      key: 'ms-o01',
      country: 'MY',
      region: 'Kuala Lumpur',
      type: 'university',
      website: 'https://utt-kl.example',
      names: {
        ms: 'Universiti Teknologi Titiwangsa',
        en: 'Titiwangsa University of Technology',
      },
      description:
        'Universiti penyelidikan di Kuala Lumpur yang menumpukan kepada sains halal, kesihatan awam dan ekonomi digital. Pejabat Pengkomersialan universiti menguruskan lebih 90 paten dan hak cipta perisian. Universiti ini bekerjasama secara aktif dengan rakan industri dan akademik di China serta negara ASEAN.',
    },
    {
      key: 'ms-o02',
      country: 'MY',
      region: 'Bayan Lepas, Pulau Pinang',
      type: 'enterprise',
      website: 'https://mutiara-semi.example',
      names: {
        ms: 'Mutiara Semikonduktor Sdn. Bhd.',
        en: 'Mutiara Semiconductor Sdn. Bhd.',
      },
      description:
        'Syarikat kejuruteraan elektronik di Bayan Lepas yang menyediakan penyelesaian pemeriksaan cip, automasi kilang dan reka bentuk perkakasan kuasa. Berpengalaman lebih 20 tahun membekal kepada pengeluar elektronik multinasional, syarikat ini kini turut membangunkan pengecas kenderaan elektrik dan penderia IoT industri.',
    },
    {
      key: 'ms-o03',
      country: 'MY',
      region: 'Kluang, Johor',
      type: 'research_institute',
      website: 'https://ipsgs-johor.example',
      names: {
        ms: 'Institut Penyelidikan Sawit dan Getah Selatan',
        en: 'Southern Oil Palm and Rubber Research Institute',
      },
      description:
        'Institut penyelidikan bukan berasaskan keuntungan yang dibiayai bersama oleh persatuan pekebun dan pengilang di Johor. Kepakaran utamanya merangkumi pengurusan sisa kilang sawit, teknologi lateks dan getah, serta jentera ladang. Institut ini mempunyai ladang ujian seluas 800 hektar dan loji perintis pemprosesan lateks.',
    },
    {
      key: 'ms-o04',
      country: 'MY',
      region: 'Kuching, Sarawak',
      type: 'government_agency',
      website: 'https://hijau-borneo.example',
      names: {
        ms: 'Pusat Inovasi Tenaga Hijau Borneo',
        en: 'Borneo Green Energy Innovation Centre',
      },
      description:
        'Agensi di bawah kerajaan negeri yang memacu penggunaan tenaga boleh baharu, hidrogen hijau dan sumber hutan secara mampan di Sarawak. Pusat ini mengendalikan makmal ujian di Kuching dan beberapa tapak perintis di kawasan pedalaman. Teknologi yang dibangunkan ditawarkan kepada rakan kongsi awam dan swasta di rantau ini.',
    },
    {
      key: 'ms-o05',
      country: 'BN',
      region: 'Bandar Seri Begawan, Brunei-Muara',
      type: 'research_institute',
      website: 'https://bioinovasi-darussalam.example',
      names: {
        ms: 'Institut Bioinovasi Darussalam',
        en: 'Darussalam Bioinnovation Institute',
      },
      description:
        'Institut penyelidikan di Negara Brunei Darussalam yang menyokong usaha mempelbagaikan ekonomi negara di luar sektor minyak dan gas. Tumpuan utamanya ialah akuakultur marin, makanan halal dan teknologi alam sekitar untuk industri hiliran. Institut ini mengendalikan kemudahan perintis akuakultur di daerah Brunei-Muara.',
    },
  ],
  offers: [
    {
      key: 'ms-f01',
      org: 'ms-o03',
      title: 'Sistem Tangkapan Biogas Tangki Tertutup bagi Efluen Kilang Sawit (POME)',
      summary:
        'Reaktor anaerobik tangki keluli berpengaduk yang menukar POME kepada biogas untuk penjanaan elektrik sambil mengurangkan pelepasan metana kilang sawit.',
      description:
        'Sistem ini menggunakan reaktor tangki teraduk berterusan (CSTR) dengan masa tahanan hidraulik 12–15 hari, jauh lebih singkat berbanding kolam terbuka yang memerlukan 60 hari atau lebih. Pra-rawatan penyejukan dan pemerangkapan minyak memastikan suhu dan pH kekal stabil untuk bakteria metanogen. Bagi kilang berkapasiti 60 tan buah tandan segar sejam, sistem ini menghasilkan kira-kira 20,000 m³ biogas sehari, mencukupi untuk menjana 1.5 MW elektrik melalui enjin gas. Hidrogen sulfida disingkirkan dengan penuras biologi sebelum biogas memasuki enjin. Lebih 15 unit telah dibina di Johor, Pahang dan Sabah sejak 2016.',
      applications:
        'Kilang minyak sawit mentah, pengeluar tenaga boleh baharu di bawah skim tarif galakan, dan pemaju projek kredit karbon.',
      advantages:
        'Keperluan tanah 80% lebih kecil berbanding kolam, kecekapan penyingkiran COD melebihi 90%, dan pelepasan berkurang kira-kira 30,000 tan CO₂-setara setahun bagi setiap kilang.',
      fields: ['energy.biomass', 'env.water_treatment', 'env.climate'],
      keywords: ['POME', 'biogas', 'kilang sawit', 'reaktor anaerobik', 'tenaga boleh baharu'],
      trl: 9,
      ipStatus: 'granted_patent',
      patents: [{ number: 'MY172345A', jurisdiction: 'MY' }],
      transferModes: ['non_exclusive_licence', 'technical_service'],
      price: { amount: 1200000, currency: 'MYR' },
      targetCountries: ['MY', 'ID', 'TH', 'PH'],
    },
    {
      key: 'ms-f02',
      org: 'ms-o03',
      title: 'Lateks Getah Asli Berprotein Rendah untuk Sarung Tangan Perubatan',
      summary:
        'Proses rawatan enzim dan pencucian lateks pekat yang mengurangkan protein larut air ke tahap sangat rendah bagi mengelakkan alahan lateks.',
      description:
        'Lateks ladang dirawat dengan enzim protease tahan alkali dan surfaktan bukan ionik sebelum diempar dua kali untuk menyingkirkan protein yang telah terurai. Kandungan protein boleh ekstrak dalam sarung tangan siap dikurangkan kepada kurang daripada 30 µg/g, jauh di bawah had 200 µg/g yang ditetapkan dalam piawaian antarabangsa. Sifat tegangan dan kebolehregangan filem getah dikekalkan kerana rawatan dijalankan pada suhu rendah. Proses ini boleh dipasang pada loji pemekatan lateks sedia ada dengan penambahan tangki tindak balas dan satu peringkat emparan. Ujian tampalan klinikal ke atas 200 sukarelawan tidak menunjukkan sebarang tindak balas alahan jenis I.',
      applications:
        'Pengeluar sarung tangan pemeriksaan dan pembedahan, kateter, belon dan produk celup lateks yang lain.',
      advantages:
        'Protein boleh ekstrak di bawah 30 µg/g, kekuatan tegangan melebihi 24 MPa, dan kos tambahan kurang daripada 3% harga lateks pekat.',
      fields: ['materials.rubber', 'bio.devices'],
      keywords: ['lateks', 'getah asli', 'protein rendah', 'sarung tangan', 'alahan lateks'],
      trl: 8,
      ipStatus: 'granted_patent',
      patents: [
        { number: 'MY168902A', jurisdiction: 'MY' },
        { number: 'CN110234567B', jurisdiction: 'CN' },
      ],
      transferModes: ['non_exclusive_licence', 'exclusive_licence'],
      price: 'negotiable',
      targetCountries: ['MY', 'TH', 'ID', 'VN', 'CN'],
    },
    {
      key: 'ms-f03',
      org: 'ms-o03',
      title: 'Getah Asli Terepoksida untuk Tayar Hijau Berintangan Golek Rendah',
      summary:
        'Gred getah asli terepoksida (ENR) dengan taburan kumpulan epoksida yang terkawal untuk meningkatkan cengkaman basah dan mengurangkan rintangan golek tayar berpengisi silika.',
      description:
        'Lateks getah asli ditindak balas dengan asid performik yang dijana secara in situ pada suhu 40 °C untuk menghasilkan tahap epoksidaan 25 atau 50 peratus mol. Kaedah penstabilan baharu menghalang pembentukan gel dan pembukaan gelang epoksida semasa pengeringan. ENR yang dihasilkan serasi dengan silika tanpa memerlukan agen pengganding silana dalam jumlah besar. Dalam ujian sebatian bunga tayar kereta penumpang, rintangan golek turun 12% dan cengkaman basah meningkat 8% berbanding campuran SBR larutan. Loji perintis berkapasiti 500 kg sehari sedang beroperasi.',
      applications:
        'Pengeluar tayar kereta penumpang dan motosikal, kasut berprestasi tinggi, serta pelekat dan salutan.',
      advantages:
        'Menggantikan sebahagian getah sintetik berasaskan petroleum, mengurangkan penggunaan silana sehingga 40%, dan membantu mencapai penarafan cengkaman basah kelas B pada label tayar.',
      fields: ['materials.rubber', 'materials.polymers'],
      keywords: ['getah asli terepoksida', 'ENR', 'tayar hijau', 'silika', 'rintangan golek'],
      trl: 7,
      ipStatus: 'pending_application',
      patents: [{ number: 'PI2022004567', jurisdiction: 'MY' }],
      transferModes: ['exclusive_licence', 'joint_development'],
      price: 'negotiable',
      targetCountries: ['MY', 'CN', 'TH', 'VN', 'ID'],
    },
    {
      key: 'ms-f04',
      org: 'ms-o03',
      title: 'Kompos Diperkaya daripada Tandan Kosong Sawit dan Enapcemar POME',
      summary:
        'Proses pengkomposan 40 hari yang menukar tandan kosong (EFB) dan enapcemar POME kepada baja organik kaya nutrien untuk ladang sawit.',
      description:
        'Tandan kosong dicincang kepada saiz 5–10 cm dan dicampur dengan enapcemar dari loji rawatan POME pada nisbah yang mengekalkan kelembapan 55–65%. Longgokan dibalikkan dengan mesin pembalik khas setiap tiga hari dan diinokulasi dengan konsortium mikrob lignoselulolitik yang dipencilkan dari ladang tempatan. Kompos matang dalam masa 40 hari berbanding 90 hari bagi kaedah biasa, dengan nisbah C:N di bawah 20 dan kandungan kalium sekitar 2.5%. Abu dandang kilang boleh ditambah untuk meningkatkan kandungan kalium dan pH. Sebuah kilang 60 tan sejam mampu menghasilkan kira-kira 100 tan kompos sehari.',
      applications:
        'Kilang dan ladang sawit, pengeluar baja organik, serta pengusaha tanaman kontan di sekitar kilang.',
      advantages:
        'Penggunaan baja kimia berkurang sehingga 30%, pelupusan EFB secara pembakaran atau longgokan terbuka dapat dihentikan, dan masa pengkomposan dipendekkan lebih separuh.',
      fields: ['chem.fertilizers', 'env.waste', 'agri.cultivation'],
      keywords: ['tandan kosong', 'kompos', 'baja organik', 'enapcemar', 'sisa sawit'],
      trl: 8,
      ipStatus: 'know_how',
      patents: [],
      transferModes: ['technical_service', 'non_exclusive_licence'],
      price: { amount: 250000, currency: 'MYR' },
      targetCountries: ['MY', 'ID', 'TH', 'PH'],
    },
    {
      key: 'ms-f05',
      org: 'ms-o03',
      title: 'Pemotong Tandan Sawit Elektrik Berjoran Teleskopik',
      summary:
        'Alat penuai tandan buah segar berkuasa bateri dengan joran gentian karbon teleskopik sehingga 12 meter, bagi mengurangkan kebergantungan kepada tenaga kerja asing.',
      description:
        'Alat ini menggunakan motor DC tanpa berus 48 V yang menggerakkan bilah sabit melalui mekanisme engkol berayun di hujung joran gentian karbon. Berat keseluruhannya hanya 6.5 kg dan panjangnya boleh dilaraskan dari 3 hingga 12 meter, sesuai untuk pokok muda dan pokok tua. Bateri litium 10 Ah mencukupi untuk memotong kira-kira 450 tandan dalam satu syif. Kajian masa dan gerakan menunjukkan produktiviti penuai meningkat 35–50% berbanding penggunaan sabit manual. Prototaip pra-pengeluaran telah diuji oleh 40 penuai di tiga estet di Johor.',
      applications:
        'Ladang sawit dan pekebun kecil; boleh disesuaikan untuk kerja mencantas pelepah dan memangkas pokok buah-buahan.',
      advantages:
        'Produktiviti penuai meningkat sehingga 50%, beban pada bahu dan leher berkurangan, dan pekerja baharu boleh dilatih dalam masa dua hari.',
      fields: ['agri.machinery'],
      keywords: ['penuaian sawit', 'alat elektrik', 'mekanisasi ladang', 'kekurangan pekerja', 'joran teleskopik'],
      trl: 7,
      ipStatus: 'utility_model',
      patents: [{ number: 'UI2021003456', jurisdiction: 'MY' }],
      transferModes: ['non_exclusive_licence', 'joint_development'],
      price: { amount: 180000, currency: 'MYR' },
      targetCountries: ['MY', 'ID', 'TH'],
    },
    {
      key: 'ms-f06',
      org: 'ms-o01',
      title: 'Pengesanan Lemak Babi dalam Minyak dan Lemak Makanan dengan FTIR dan Hidung Elektronik',
      summary:
        'Kaedah saringan pantas tanpa reagen yang menggabungkan spektroskopi FTIR dan tatasusunan penderia gas untuk mengesan campuran lemak babi dalam minyak masak dan produk bakeri.',
      description:
        'Sampel minyak atau lemak yang diekstrak diimbas dengan spektrometer FTIR mudah alih dalam julat 4000–650 cm⁻¹, manakala hidung elektronik lapan penderia mengukur profil sebatian meruap selepas pemanasan. Model kemometrik yang dilatih dengan lebih 1,500 sampel campuran membezakan lemak babi daripada lemak lembu, kambing, ayam dan minyak sayuran. Had pengesanan ialah 1% lemak babi dalam campuran, dengan keputusan diperoleh dalam 10 minit. Sampel yang positif boleh dihantar untuk pengesahan PCR, sekali gus menjimatkan kos ujian makmal. Perisian tersedia dalam bahasa Melayu, Inggeris dan Cina.',
      applications:
        'Badan pensijilan halal, makmal kawalan mutu kilang makanan, dan pihak penguat kuasa perlindungan pengguna.',
      advantages:
        'Keputusan dalam 10 minit tanpa bahan kimia, kos setiap ujian kurang daripada RM5, dan ketepatan klasifikasi melebihi 95% pada set pengesahan.',
      fields: ['agri.safety', 'services.testing', 'ict.ai'],
      keywords: ['halal', 'lemak babi', 'FTIR', 'hidung elektronik', 'kemometrik'],
      trl: 6,
      ipStatus: 'pending_application',
      patents: [{ number: 'PI2021007788', jurisdiction: 'MY' }],
      transferModes: ['non_exclusive_licence', 'joint_development'],
      price: { amount: 220000, currency: 'MYR' },
      targetCountries: ['MY', 'BN', 'ID', 'SG', 'TH'],
    },
    {
      key: 'ms-f07',
      org: 'ms-o01',
      title: 'Ujian Pantas Denggi Berasaskan Aptamer untuk Antigen NS1 Keempat-empat Serotip',
      summary:
        'Jalur aliran sisi yang menggunakan aptamer DNA, bukan antibodi, untuk mengesan antigen NS1 virus denggi dan kekal stabil dalam iklim tropika.',
      description:
        'Aptamer yang dipilih melalui proses SELEX mengikat antigen NS1 bagi serotip DENV-1 hingga DENV-4 dengan afiniti yang tinggi. Aptamer dilabel dengan nanopartikel emas dan dipasang pada jalur nitroselulosa seperti ujian pantas biasa, dan keputusan dibaca dalam 15 minit menggunakan setitis darah hujung jari. Oleh sebab aptamer disintesis secara kimia, variasi antara lot adalah rendah dan kos pengeluarannya lebih murah berbanding antibodi monoklonal. Jalur kekal stabil selama 18 bulan pada suhu 30 °C. Penilaian awal ke atas 320 sampel serum pesakit di dua hospital menunjukkan kepekaan 92% dan kespesifikan 96%.',
      applications:
        'Klinik kesihatan primer, hospital daerah dan program pengawasan denggi di kawasan endemik.',
      advantages:
        'Tidak memerlukan rantaian sejuk, kos bahan dianggarkan kurang daripada USD 1 setiap ujian, dan stabil selama 18 bulan pada suhu bilik tropika.',
      fields: ['bio.diagnostics', 'health_society.public_health', 'materials.nano'],
      keywords: ['denggi', 'aptamer', 'NS1', 'ujian pantas', 'aliran sisi'],
      trl: 5,
      ipStatus: 'pending_application',
      patents: [{ number: 'PI2023001122', jurisdiction: 'MY' }],
      transferModes: ['exclusive_licence', 'joint_development'],
      price: 'negotiable',
      targetCountries: ['MY', 'ID', 'PH', 'TH', 'VN', 'KH', 'LA', 'MM', 'CN'],
    },
    {
      key: 'ms-f08',
      org: 'ms-o01',
      title: 'Platform E-Dagang Rentas Sempadan untuk PKS dengan Pembayaran Kod QR Serantau',
      summary:
        'Perisian kedai dalam talian berbilang bahasa yang menyokong pembayaran kod QR rentas negara, semakan pematuhan halal dan integrasi penghantaran ke China dan ASEAN.',
      description:
        'Platform ini membolehkan perusahaan kecil dan sederhana membuka kedai dalam talian dalam bahasa Melayu, Inggeris, Cina, Thai dan Indonesia, dengan terjemahan automatik bagi keterangan produk. Modul pembayaran menyokong kod QR kebangsaan negara ASEAN dan dompet digital yang popular di China, dengan penyelesaian dana dalam ringgit dalam tempoh T+1. Enjin pematuhan menyemak status halal dan keperluan dokumen import mengikut negara destinasi. Kos penghantaran dan duti dikira secara automatik melalui API syarikat logistik rakan kongsi. Lebih 600 PKS telah menggunakan platform ini dengan nilai transaksi tahunan sekitar RM45 juta.',
      applications:
        'Pengeluar makanan halal, produk kecantikan dan kraf tangan, agensi pembangunan PKS dan koperasi.',
      advantages:
        'Masa untuk mula mengeksport secara dalam talian dipendekkan daripada beberapa bulan kepada dua minggu, dan kos transaksi pembayaran rentas sempadan kira-kira 40% lebih rendah.',
      fields: ['ict.ecommerce', 'transport.logistics'],
      keywords: ['e-dagang', 'rentas sempadan', 'kod QR', 'PKS', 'halal'],
      trl: 8,
      ipStatus: 'software_copyright',
      patents: [],
      transferModes: ['non_exclusive_licence', 'technical_service'],
      price: { amount: 180000, currency: 'MYR' },
      targetCountries: ['MY', 'BN', 'ID', 'TH', 'SG', 'VN', 'PH', 'CN'],
    },
    {
      key: 'ms-f09',
      org: 'ms-o01',
      title: 'Model Ramalan Wabak Denggi Berasaskan Kecerdasan Buatan dan Data Cuaca',
      summary: 'Sistem amaran awal yang meramal kes denggi mingguan bagi setiap mukim sehingga empat minggu lebih awal.',
      description:
        'Model pembelajaran mesin ini menggabungkan data kes denggi, hujan, suhu, kelembapan, indeks tumbuhan daripada satelit dan kepadatan penduduk pada peringkat mukim. Ramalan dikemas kini setiap minggu dan dipaparkan pada papan pemuka peta risiko untuk pegawai kesihatan daerah. Dalam penilaian retrospektif lima tahun di Lembah Klang, model ini mengesan 84% lonjakan kes dengan masa pendahuluan tiga hingga empat minggu. Sistem turut mencadangkan kawasan keutamaan untuk operasi pemusnahan tempat pembiakan nyamuk dan semburan. Model boleh dilatih semula dengan data tempatan negara lain.',
      applications:
        'Jabatan kesihatan negeri dan daerah, pihak berkuasa tempatan, dan program kawalan vektor.',
      advantages:
        'Amaran tiga hingga empat minggu lebih awal membolehkan sumber kawalan vektor digunakan dengan lebih cekap, dengan penjimatan kos operasi sehingga 25%.',
      fields: ['health_society.public_health', 'ict.ai', 'ict.data'],
      keywords: ['denggi', 'ramalan wabak', 'pembelajaran mesin', 'kawalan vektor', 'amaran awal'],
      trl: 7,
      ipStatus: 'software_copyright',
      patents: [],
      transferModes: ['non_exclusive_licence', 'technical_service'],
      price: { amount: 150000, currency: 'MYR' },
      targetCountries: ['MY', 'ID', 'PH', 'TH', 'VN', 'KH', 'LA', 'SG'],
    },
    {
      key: 'ms-f10',
      org: 'ms-o02',
      title: 'Sistem Pemeriksaan Optik Automatik untuk Pembungkusan Cip Semikonduktor',
      summary:
        'Mesin pemeriksaan visual berasaskan pembelajaran mendalam yang mengesan kecacatan dawai ikatan, retakan die dan kecacatan acuan pada cip terbungkus.',
      description:
        'Sistem ini menggunakan kamera 25 megapiksel dengan pencahayaan berbilang sudut untuk mengimbas jalur leadframe pada kelajuan sehingga 24,000 unit sejam. Rangkaian neural konvolusi yang dilatih dengan lebih 2 juta imej mengklasifikasikan 18 jenis kecacatan, termasuk dawai tersasar, lompang dan pencemaran. Berbanding sistem berasaskan peraturan, kadar penolakan palsu turun daripada 4% kepada kurang daripada 0.5%. Mesin disambungkan kepada sistem pelaksanaan pembuatan kilang melalui protokol SECS/GEM. Sistem ini telah dipasang di enam barisan pengeluaran di Pulau Pinang dan Kedah.',
      applications:
        'Kilang pemasangan dan ujian semikonduktor (OSAT), pengeluar LED dan modul elektronik kuasa.',
      advantages:
        'Kadar penolakan palsu berkurang lebih 85%, keperluan pemeriksa manual dikurangkan separuh, dan pulangan pelaburan dicapai dalam tempoh kira-kira 14 bulan.',
      fields: ['ict.semiconductors', 'manuf.electronics', 'ict.ai'],
      keywords: ['semikonduktor', 'pemeriksaan optik', 'pembelajaran mendalam', 'pembungkusan cip', 'kawalan kualiti'],
      trl: 8,
      ipStatus: 'granted_patent',
      patents: [{ number: 'MY191234A', jurisdiction: 'MY' }],
      transferModes: ['non_exclusive_licence', 'technical_service'],
      price: 'negotiable',
      targetCountries: ['MY', 'CN', 'VN', 'TH', 'PH', 'SG'],
    },
    {
      key: 'ms-f11',
      org: 'ms-o02',
      title: 'Pengecas Pantas DC 60 kW Modular untuk Kenderaan Elektrik',
      summary:
        'Reka bentuk pengecas DC dengan modul kuasa 20 kW yang boleh ditukar ganti, menyokong piawaian CCS2 dan GB/T serta pengurusan beban pintar.',
      description:
        'Pengecas ini terdiri daripada tiga modul penukar kuasa 20 kW berasaskan transistor silikon karbida dengan kecekapan puncak 96%. Setiap modul boleh ditukar di tapak dalam masa 15 minit, jadi pengecas terus beroperasi walaupun satu modul rosak. Pengawalnya menyokong protokol OCPP 1.6J dan boleh mengagihkan kuasa antara dua penyambung mengikut keadaan bateri kenderaan. Casis bertaraf IP55 direka untuk suhu persekitaran sehingga 50 °C dan kelembapan tinggi. Lebih 70% komponen boleh diperoleh daripada pembekal tempatan, memudahkan pemasangan di Malaysia dan negara ASEAN lain.',
      applications:
        'Pengendali rangkaian pengecasan, stesen minyak, pusat beli-belah, depoh bas dan armada logistik.',
      advantages:
        'Kecekapan 96%, kos penyelenggaraan lebih rendah kerana modul boleh ditukar ganti, dan harga seunit kira-kira 30% lebih murah berbanding pengecas import yang setara.',
      fields: ['transport.ev', 'energy.grid', 'manuf.electronics'],
      keywords: ['pengecas EV', 'pengecasan pantas DC', 'silikon karbida', 'OCPP', 'kenderaan elektrik'],
      trl: 8,
      ipStatus: 'granted_patent',
      patents: [{ number: 'MY189876A', jurisdiction: 'MY' }],
      transferModes: ['non_exclusive_licence', 'joint_development'],
      price: { amount: 350000, currency: 'MYR' },
      targetCountries: ['MY', 'TH', 'ID', 'VN', 'PH', 'SG'],
    },
    {
      key: 'ms-f12',
      org: 'ms-o02',
      title: 'Penderia Getaran Tanpa Wayar LoRaWAN untuk Penyelenggaraan Ramalan Mesin Kilang',
      summary:
        'Nod penderia berkuasa bateri yang memantau getaran dan suhu motor, pam dan kipas, serta meramal kerosakan galas sebelum berlaku.',
      description:
        'Setiap nod mengandungi penderia pecutan MEMS tiga paksi dan penderia suhu, dengan pemprosesan FFT dilakukan dalam peranti supaya hanya ciri spektrum dihantar melalui LoRaWAN. Bateri boleh bertahan sehingga lima tahun pada selang pengukuran sejam sekali. Platform awan menggunakan model pengesanan anomali untuk memberi amaran apabila corak getaran menunjukkan ketakseimbangan, salah jajaran atau kehausan galas. Pemasangan hanya memerlukan magnet atau pelekat epoksi tanpa sebarang pendawaian. Di sebuah kilang sarung tangan di Kedah, sistem ini mengurangkan henti tugas tidak dirancang sebanyak 42% dalam tahun pertama.',
      applications:
        'Kilang sarung tangan, kilang sawit, loji rawatan air dan kemudahan bangunan yang besar.',
      advantages:
        'Kos setiap titik pemantauan kira-kira satu pertiga sistem berwayar, hayat bateri lima tahun, dan henti tugas tidak dirancang berkurang sehingga 40%.',
      fields: ['manuf.industrial_internet', 'ict.iot'],
      keywords: ['penyelenggaraan ramalan', 'LoRaWAN', 'penderia getaran', 'kilang pintar', 'IoT'],
      trl: 8,
      ipStatus: 'software_copyright',
      patents: [],
      transferModes: ['non_exclusive_licence', 'technical_service'],
      price: { amount: 95000, currency: 'MYR' },
      targetCountries: ['MY', 'ID', 'TH', 'VN', 'PH'],
    },
    {
      key: 'ms-f13',
      org: 'ms-o04',
      title: 'Turbin Hidro Mikro Aliran Silang untuk Kampung Pedalaman',
      summary:
        'Turbin aliran silang 5–100 kW yang boleh dibuat di bengkel tempatan dan dipasang di sungai kecil untuk membekalkan elektrik 24 jam kepada rumah panjang dan kampung.',
      description:
        'Reka bentuk turbin dioptimumkan untuk turus 5–50 meter dan kadar alir 50–500 liter sesaat, dengan kecekapan hidraulik antara 70% dan 78%. Komponennya dibuat daripada keluli tahan karat dan boleh difabrikasi menggunakan mesin pemotong dan pengimpal biasa. Pengawal beban elektronik mengekalkan voltan dan frekuensi yang stabil walaupun beban berubah, tanpa memerlukan gabenor mekanikal yang mahal. Pakej teknologi merangkumi panduan kajian tapak, lukisan kejuruteraan dan latihan untuk juruteknik kampung. Lebih 30 sistem telah dipasang di kawasan pedalaman Sarawak dengan jumlah kapasiti 1.1 MW.',
      applications:
        'Elektrifikasi luar bandar, pusat pelancongan eko, serta sekolah dan klinik di kawasan pergunungan.',
      advantages:
        'Kos modal sekitar USD 2,500 bagi setiap kW, menggantikan janakuasa diesel sepenuhnya, dan boleh diselenggara oleh masyarakat setempat.',
      fields: ['energy.hydro'],
      keywords: ['hidro mikro', 'turbin aliran silang', 'elektrifikasi luar bandar', 'rumah panjang', 'tenaga boleh baharu'],
      trl: 9,
      ipStatus: 'know_how',
      patents: [],
      transferModes: ['technical_service', 'non_exclusive_licence'],
      price: { amount: 150000, currency: 'MYR' },
      targetCountries: ['MY', 'ID', 'LA', 'MM', 'PH', 'KH', 'VN'],
    },
    {
      key: 'ms-f14',
      org: 'ms-o04',
      title: 'Elektrolisis Membran Pertukaran Anion untuk Hidrogen Hijau daripada Tenaga Hidro',
      summary:
        'Tindanan elektrolisis AEM dengan mangkin bebas logam mulia untuk menghasilkan hidrogen daripada lebihan tenaga hidroelektrik.',
      description:
        'Tindanan elektrolisis ini menggunakan membran pertukaran anion dan mangkin nikel-besi berstruktur nano, sekali gus mengelakkan penggunaan platinum dan iridium yang mahal. Unit ujian 10 kW telah beroperasi selama 3,000 jam di tapak perintis di Kuching dengan penggunaan tenaga 52 kWj bagi setiap kilogram hidrogen. Kadar kemerosotan voltan adalah kurang daripada 5 µV sejam. Sistem direka untuk beroperasi secara fleksibel mengikut ketersediaan tenaga hidro dan solar. Kami mencari rakan kongsi untuk meningkatkan skala kepada 250 kW dan seterusnya ke tahap megawatt.',
      applications:
        'Pengeluaran hidrogen untuk bas sel bahan api, ammonia hijau dan bahan api industri di kawasan yang mempunyai tenaga boleh baharu yang murah.',
      advantages:
        'Kos bahan tindanan dianggarkan 40% lebih rendah berbanding elektrolisis PEM, tanpa kebergantungan pada logam kumpulan platinum.',
      fields: ['energy.hydrogen', 'chem.catalysis', 'energy.hydro'],
      keywords: ['hidrogen hijau', 'elektrolisis AEM', 'mangkin', 'tenaga hidro', 'penyahkarbonan'],
      trl: 5,
      ipStatus: 'pending_application',
      patents: [{ number: 'PI2023003344', jurisdiction: 'MY' }],
      transferModes: ['joint_development', 'investment'],
      price: 'negotiable',
      targetCountries: ['MY', 'CN', 'ID', 'SG', 'TH'],
    },
    {
      key: 'ms-f15',
      org: 'ms-o04',
      title: 'Sistem Pemantauan Risiko Kebakaran Tanah Gambut dengan Penderia Aras Air dan Satelit',
      summary:
        'Rangkaian penderia aras air bawah tanah gambut yang digabungkan dengan data satelit untuk menghasilkan peta risiko kebakaran harian.',
      description:
        'Penderia tekanan di dalam telaga cetek mengukur aras air gambut setiap jam dan menghantar data melalui rangkaian selular atau satelit orbit rendah. Data ini digabungkan dengan titik panas satelit, indeks kemarau dan ramalan hujan untuk mengira indeks risiko kebakaran pada grid 1 km. Apabila aras air turun melebihi 40 cm di bawah permukaan, sistem memberi amaran kepada pengurus ladang dan pasukan bomba. Data yang sama digunakan untuk mengawal pintu air di terusan bagi menaikkan semula aras air. Lebih 250 stesen sedang beroperasi meliputi 180,000 hektar tanah gambut di Sarawak.',
      applications:
        'Ladang sawit dan akasia di tanah gambut, agensi alam sekitar dan bomba, serta projek pemuliharaan gambut.',
      advantages:
        'Kawasan terbakar di tapak yang dipantau berkurang lebih 60% dalam tiga musim kemarau, dan data aras air boleh digunakan untuk pelaporan pelepasan karbon.',
      fields: ['env.monitoring', 'space.remote_sensing', 'construction.disaster'],
      keywords: ['tanah gambut', 'kebakaran', 'aras air', 'penderiaan jauh', 'jerebu'],
      trl: 8,
      ipStatus: 'software_copyright',
      patents: [],
      transferModes: ['technical_service', 'non_exclusive_licence'],
      price: { amount: 280000, currency: 'MYR' },
      targetCountries: ['MY', 'ID', 'BN', 'TH'],
    },
    {
      key: 'ms-f16',
      org: 'ms-o04',
      title: 'Pengeluaran Kanji Sagu dan Penukaran Hampas Sagu kepada Gula Fermentasi',
      summary:
        'Proses bersepadu yang meningkatkan perolehan kanji daripada batang rumbia dan menukar hampas sagu kepada sirap gula untuk industri fermentasi.',
      description:
        'Batang rumbia diparut dengan pemarut berputar laju dan kanji dipisahkan menggunakan hidrosiklon berbilang peringkat, menaikkan perolehan daripada sekitar 65% kepada 85%. Hampas yang masih mengandungi 50–60% kanji dan serat dihidrolisis dengan enzim amilase dan selulase untuk menghasilkan sirap glukosa. Sirap ini sesuai dijadikan bahan mentah fermentasi asid laktik, bioetanol atau yis roti. Air basuhan dikitar semula, lalu mengurangkan pelepasan air sisa berkanji ke sungai yang selama ini menjadi masalah di kawasan Mukah. Loji perintis kini memproses 2 tan hampas sehari.',
      applications:
        'Kilang sagu, pengeluar mi dan makanan berasaskan kanji, serta industri bioteknologi yang memerlukan sumber gula murah.',
      advantages:
        'Perolehan kanji naik kira-kira 20 mata peratusan, hampas bertukar menjadi produk bernilai, dan beban pencemaran air sisa berkurang sehingga 70%.',
      fields: ['agri.processing', 'bio.industrial', 'env.water_treatment'],
      keywords: ['sagu', 'kanji', 'hampas sagu', 'hidrolisis enzim', 'biopenapisan'],
      trl: 6,
      ipStatus: 'pending_application',
      patents: [{ number: 'PI2022008899', jurisdiction: 'MY' }],
      transferModes: ['joint_development', 'non_exclusive_licence'],
      price: 'negotiable',
      targetCountries: ['MY', 'ID', 'PH', 'TH', 'CN'],
    },
    {
      key: 'ms-f17',
      org: 'ms-o04',
      title: 'Kayu Laminasi Berlapis (Glulam) daripada Kayu Akasia Ladang Hutan',
      summary:
        'Teknologi menghasilkan rasuk dan tiang glulam struktur daripada kayu akasia hibrid berusia 8–10 tahun yang sebelum ini kebanyakannya digunakan untuk pulpa.',
      description:
        'Papan akasia dikeringkan dalam tanur hingga kelembapan 12%, disambung jari dan dilaminasi menggunakan perekat melamin-urea-formaldehid beremisi rendah atau poliuretana satu komponen. Gred kekuatan setiap lapisan ditentukan melalui ujian getaran tanpa musnah supaya papan terkuat diletakkan di bahagian luar rasuk. Produk mencapai kelas kekuatan setara GL24 dan lulus ujian delaminasi dalam keadaan lembap tropika. Kayu dirawat dengan pengawet boron untuk ketahanan terhadap anai-anai. Rasuk sepanjang sehingga 12 meter telah digunakan dalam pembinaan dua bangunan awam di Kuching.',
      applications:
        'Bangunan awam dan komersial berasaskan kayu, jambatan pejalan kaki, rumah pasang siap dan bangunan pelancongan.',
      advantages:
        'Nilai tambah kayu akasia meningkat tiga hingga empat kali ganda berbanding pulpa, dan jejak karbon struktur kira-kira 50% lebih rendah berbanding keluli atau konkrit.',
      fields: ['resources.forestry', 'materials.construction', 'construction.green_building'],
      keywords: ['glulam', 'akasia', 'kayu kejuruteraan', 'bangunan hijau', 'hutan ladang'],
      trl: 7,
      ipStatus: 'know_how',
      patents: [],
      transferModes: ['technical_service', 'joint_development'],
      price: { amount: 200000, currency: 'MYR' },
      targetCountries: ['MY', 'ID', 'VN', 'TH', 'CN'],
    },
    {
      key: 'ms-f18',
      org: 'ms-o05',
      title: 'Sistem Akuakultur Kitar Semula (RAS) untuk Ternakan Kerapu di Darat',
      summary:
        'Reka bentuk dan protokol operasi RAS berketumpatan tinggi untuk kerapu hibrid, dengan penggantian air kurang daripada 5% isi padu sehari.',
      description:
        'Sistem ini terdiri daripada tangki bulat berdiameter 6 meter, penapis dram mekanikal, biofilter media bergerak, pemisah buih dan unit pensterilan UV. Oksigen terlarut, pH dan ammonia dipantau secara berterusan, dengan kawalan automatik bagi suntikan oksigen tulen. Ketumpatan ternakan mencapai 60 kg/m³ dan kerapu hibrid mencapai saiz pasaran 700 g dalam tempoh 8 bulan. Kadar kemandirian purata melebihi 85% kerana kemasukan patogen dari luar dapat dikawal. Unit perintis berkapasiti 50 tan setahun telah beroperasi di daerah Brunei-Muara sejak 2021.',
      applications:
        'Pengusaha akuakultur marin, pelabur makanan laut premium dan negara yang mempunyai kawasan pantai terhad atau tercemar.',
      advantages:
        'Penggunaan air berkurang lebih 95% berbanding sangkar atau kolam, penggunaan antibiotik hampir sifar, dan pengeluaran sepanjang tahun tanpa terjejas oleh ledakan alga.',
      fields: ['agri.aquaculture', 'env.water_treatment'],
      keywords: ['kerapu', 'RAS', 'akuakultur', 'biofilter', 'ternakan ikan marin'],
      trl: 7,
      ipStatus: 'know_how',
      patents: [],
      transferModes: ['technical_service', 'joint_development'],
      price: { amount: 280000, currency: 'BND' },
      targetCountries: ['BN', 'MY', 'SG', 'ID', 'PH', 'VN', 'CN'],
    },
    {
      key: 'ms-f19',
      org: 'ms-o05',
      title: 'Vaksin Oral untuk Ikan Kerapu terhadap Nodavirus (VNN)',
      summary:
        'Vaksin subunit yang dikapsulkan dalam pelet makanan untuk melindungi benih kerapu daripada penyakit nekrosis saraf virus.',
      description:
        'Protein kapsid nodavirus dihasilkan dalam sistem ekspresi yis dan berhimpun sendiri menjadi partikel mirip virus (VLP). Partikel ini dikapsulkan dalam mikropartikel kitosan-alginat supaya tahan terhadap asid perut dan dapat diserap di usus ikan. Vaksin dicampurkan ke dalam makanan benih selama tujuh hari tanpa perlu menyuntik ikan satu per satu. Dalam ujian cabaran di makmal, kadar kemandirian benih kerapu yang divaksin ialah 78% berbanding 22% bagi kumpulan kawalan. Ujian lapangan di pusat penetasan sedang dirancang.',
      applications: 'Pusat penetasan kerapu, siakap dan ikan marin lain yang terdedah kepada jangkitan nodavirus.',
      advantages:
        'Tidak memerlukan suntikan, sesuai untuk benih sekecil 3 cm, dan meningkatkan kemandirian hampir empat kali ganda dalam ujian cabaran.',
      fields: ['bio.vaccines', 'agri.aquaculture'],
      keywords: ['vaksin ikan', 'nodavirus', 'kerapu', 'partikel mirip virus', 'vaksin oral'],
      trl: 4,
      ipStatus: 'pending_application',
      patents: [{ number: 'BN/N/2022/0031', jurisdiction: 'BN' }],
      transferModes: ['joint_development', 'exclusive_licence'],
      price: 'negotiable',
      targetCountries: ['BN', 'MY', 'ID', 'VN', 'TH', 'PH', 'CN'],
    },
    {
      key: 'ms-f20',
      org: 'ms-o05',
      title: 'Rawatan Air Terhasil Medan Minyak dengan Membran Seramik Silikon Karbida',
      summary:
        'Unit penurasan membran seramik yang menyingkirkan minyak dan pepejal terampai daripada air terhasil untuk pelepasan selamat atau suntikan semula.',
      description:
        'Membran silikon karbida bersaiz liang 0.1 µm bersifat sangat hidrofilik sehingga mengurangkan penyumbatan oleh titisan minyak. Kandungan minyak dalam air dikurangkan daripada 500 mg/L kepada kurang daripada 5 mg/L dalam satu peringkat penurasan. Pembersihan songsang automatik dengan udara termampat dan air dijalankan setiap 30 minit, dan membran tahan suhu sehingga 90 °C serta bahan kimia pembersihan yang keras. Keluasan tapak unit 60% lebih kecil berbanding sistem pengapungan gas dan hidrosiklon konvensional, sesuai untuk pelantar luar pesisir. Unit perintis 20 m³ sejam telah diuji selama enam bulan di sebuah kemudahan pemprosesan darat.',
      applications:
        'Pengendali minyak dan gas luar pesisir dan darat, loji pemprosesan gas dan industri petrokimia.',
      advantages:
        'Kandungan minyak akhir di bawah 5 mg/L, hayat membran melebihi 7 tahun, dan penggunaan bahan kimia rawatan berkurang kira-kira 50%.',
      fields: ['resources.oil_gas', 'env.water_treatment', 'materials.ceramics'],
      keywords: ['air terhasil', 'membran seramik', 'minyak dan gas', 'rawatan air sisa', 'silikon karbida'],
      trl: 6,
      ipStatus: 'granted_patent',
      patents: [
        { number: 'BN/N/2019/0017', jurisdiction: 'BN' },
        { number: 'MY185432A', jurisdiction: 'MY' },
      ],
      transferModes: ['non_exclusive_licence', 'joint_development'],
      price: { amount: 450000, currency: 'USD' },
      targetCountries: ['BN', 'MY', 'ID', 'TH', 'VN', 'CN'],
    },
  ],
  requests: [
    {
      key: 'ms-r01',
      org: 'ms-o03',
      title: 'Teknologi Pengurangan 3-MCPD dan Ester Glisidil dalam Minyak Sawit Ditapis',
      problem:
        'Had baharu bagi ester 3-MCPD dan ester glisidil dalam minyak dan lemak makanan, terutamanya untuk formula bayi, menjadi halangan eksport bagi kilang penapisan bersaiz sederhana. Ahli kami telah mencuba pembasuhan minyak mentah dan pengubahsuaian suhu penyahbauan, tetapi kesannya tidak konsisten dan menjejaskan hasil. Kos sistem penapisan semula yang ditawarkan oleh pembekal Eropah pula terlalu tinggi. Kami memerlukan penyelesaian yang boleh disesuaikan dengan loji sedia ada.',
      outcome:
        'Proses atau bahan penjerap yang mengurangkan ester glisidil ke bawah 0.5 mg/kg dan ester 3-MCPD ke bawah 1.25 mg/kg tanpa kehilangan hasil melebihi 1%. Kami ingin menjalankan ujian di sebuah kilang penapisan berkapasiti 500 tan sehari sebelum pelesenan.',
      fields: ['agri.safety', 'chem.catalysis', 'agri.processing'],
      keywords: ['3-MCPD', 'ester glisidil', 'minyak sawit ditapis', 'keselamatan makanan', 'penapisan'],
      minTrl: 6,
      budget: { min: 300000, max: 900000, currency: 'MYR' },
      cooperationModes: ['non_exclusive_licence', 'joint_development', 'technical_service'],
      deadlineDays: 150,
      neededCountries: ['CN', 'ID', 'TH'],
      visibility: 'public',
    },
    {
      key: 'ms-r02',
      org: 'ms-o02',
      title: 'Teknologi Pengeluaran Sel Bateri LFP untuk Pemasangan Pek Tempatan',
      problem:
        'Kami sedang membangunkan pek bateri untuk bas elektrik dan sistem storan tenaga, tetapi masih bergantung sepenuhnya pada sel import. Insentif kerajaan memerlukan kandungan tempatan yang lebih tinggi dalam tempoh tiga tahun. Kami berminat mewujudkan barisan pengeluaran sel prismatik berskala kecil di Pulau Pinang. Identiti syarikat dirahsiakan buat masa ini kerana rancangan pelaburan belum diumumkan.',
      outcome:
        'Pemindahan teknologi atau usaha sama bagi barisan pengeluaran sel LFP prismatik berkapasiti awal 0.5 GWj setahun, termasuk reka bentuk sel, spesifikasi peralatan dan latihan. Sel sasaran ialah 280 Ah dengan hayat sekurang-kurangnya 6,000 kitaran.',
      fields: ['energy.storage', 'manuf.electronics'],
      keywords: ['sel bateri', 'LFP', 'storan tenaga', 'bas elektrik', 'kandungan tempatan'],
      minTrl: 8,
      budget: { min: 5000000, max: 20000000, currency: 'USD' },
      cooperationModes: ['joint_development', 'investment', 'exclusive_licence'],
      deadlineDays: 210,
      neededCountries: ['CN'],
      visibility: 'anonymous',
    },
    {
      key: 'ms-r03',
      org: 'ms-o04',
      title: 'Dron Pemetaan LiDAR untuk Inventori Hutan dan Ladang Sagu',
      problem:
        'Kawasan hutan simpan dan ladang sagu di Sarawak sangat luas, berpaya dan sukar dimasuki, menyebabkan inventori pokok secara darat mahal dan lambat. Imej satelit optik sering dilitupi awan dan tidak dapat mengukur ketinggian atau biojisim pokok dengan tepat. Kami memerlukan dron dan perisian analisis yang boleh digunakan oleh kakitangan agensi selepas latihan singkat. Dron mesti tahan hujan renyai dan suhu tinggi.',
      outcome:
        'Penyelesaian dron VTOL dengan penderia LiDAR yang mampu meliputi sekurang-kurangnya 1,000 hektar sehari, bersama perisian untuk mengira bilangan pokok, ketinggian dan anggaran biojisim. Kami juga memerlukan latihan dan sokongan teknikal selama dua tahun.',
      fields: ['space.drones', 'resources.forestry', 'space.remote_sensing'],
      keywords: ['dron', 'LiDAR', 'inventori hutan', 'biojisim', 'sagu'],
      minTrl: 7,
      budget: { min: 800000, max: 2000000, currency: 'MYR' },
      cooperationModes: ['technical_service', 'non_exclusive_licence'],
      deadlineDays: 120,
      neededCountries: ['CN', 'SG', 'MY'],
      visibility: 'public',
    },
    {
      key: 'ms-r04',
      org: 'ms-o05',
      title: 'Perlindungan Pantai Berasaskan Alam dan Pemulihan Bakau di Pesisir Brunei-Muara',
      problem:
        'Beberapa bahagian pantai di daerah Brunei-Muara dan Tutong mengalami hakisan sehingga 2 meter setahun, mengancam jalan raya dan kawasan penempatan. Tembok laut konkrit mahal dan merosakkan habitat, manakala penanaman bakau secara langsung sering gagal kerana tenaga ombak yang tinggi. Kami mencari penyelesaian hibrid yang menggabungkan struktur penampan ombak dengan pemulihan bakau. Data pemantauan pantai yang kami miliki masih terhad.',
      outcome:
        'Reka bentuk dan projek perintis sepanjang 1 km yang menggunakan struktur telap, contohnya pagar buluh atau terumbu tiruan, untuk memerangkap sedimen dan membolehkan bakau tumbuh, dengan sasaran kadar hidup anak bakau melebihi 70% dalam dua tahun. Program pemantauan berasaskan dron dan penderia turut diperlukan.',
      fields: ['marine.coastal', 'env.climate', 'marine.observation'],
      keywords: ['bakau', 'hakisan pantai', 'penyelesaian berasaskan alam', 'perlindungan pantai', 'sedimen'],
      minTrl: 6,
      budget: { min: 300000, max: 800000, currency: 'BND' },
      cooperationModes: ['technical_service', 'joint_development'],
      deadlineDays: 180,
      neededCountries: ['CN', 'ID', 'MY', 'TH', 'VN', 'SG'],
      visibility: 'public',
    },
    {
      key: 'ms-r05',
      org: 'ms-o01',
      title: 'Platform Pemantauan Jarak Jauh Warga Emas untuk Komuniti Bandar',
      problem:
        'Bilangan warga emas yang tinggal bersendirian di pangsapuri kos rendah di Kuala Lumpur semakin meningkat. Kejadian jatuh dan kecemasan kesihatan sering lambat dikesan, dan pusat jagaan harian kekurangan kakitangan untuk memantau semua peserta. Kami ingin menjalankan projek rintis bersama pihak berkuasa tempatan dan badan bukan kerajaan. Penyelesaian mesti menjaga privasi dan mudah digunakan oleh warga emas yang tidak biasa dengan telefon pintar.',
      outcome:
        'Sistem yang menggabungkan penderia tanpa kamera (contohnya radar gelombang milimeter atau penderia pintu dan katil), butang kecemasan serta papan pemuka untuk penjaga dan jururawat komuniti. Projek rintis melibatkan 300 isi rumah dengan kadar pengesanan jatuh melebihi 90% dan amaran palsu kurang daripada sekali seminggu bagi setiap isi rumah.',
      fields: ['health_society.elderly', 'bio.health', 'ict.iot'],
      keywords: ['warga emas', 'pemantauan jarak jauh', 'pengesanan jatuh', 'kesihatan digital', 'jagaan komuniti'],
      minTrl: 6,
      budget: { min: 400000, max: 1000000, currency: 'MYR' },
      cooperationModes: ['joint_development', 'non_exclusive_licence', 'technical_service'],
      deadlineDays: 120,
      neededCountries: ['CN', 'SG', 'TH', 'MY'],
      visibility: 'public',
    },
    {
      key: 'ms-r06',
      org: 'ms-o03',
      title: 'Kitar Semula Sisa Sarung Tangan Getah dan Nitril secara Penyahvulkanan',
      problem:
        'Kilang sarung tangan yang menjadi ahli kami menghasilkan puluhan ribu tan sarung tangan tolak dan sisa pengeluaran setiap tahun. Kebanyakannya dibakar di dandang atau dilupuskan di tapak pelupusan dengan kos yang semakin meningkat. Pengisaran biasa hanya menghasilkan serbuk getah bernilai rendah. Maklumat tentang isi padu sisa dan nama syarikat adalah sensitif, jadi keperluan ini hanya dikongsi dengan pengendali platform.',
      outcome:
        'Teknologi penyahvulkanan mekanokimia atau gelombang mikro yang menghasilkan getah kitar semula dengan sifat tegangan sekurang-kurangnya 60% daripada bahan asal, untuk dicampurkan semula ke dalam produk getah. Kapasiti sasaran bagi loji pertama ialah 5,000 tan setahun.',
      fields: ['materials.rubber', 'env.waste'],
      keywords: ['sarung tangan', 'penyahvulkanan', 'kitar semula getah', 'nitril', 'sisa industri'],
      minTrl: 6,
      budget: { min: 1000000, max: 4000000, currency: 'MYR' },
      cooperationModes: ['exclusive_licence', 'joint_development', 'investment'],
      deadlineDays: 180,
      neededCountries: ['CN', 'TH'],
      visibility: 'operators_only',
    },
    {
      key: 'ms-r07',
      org: 'ms-o04',
      title: 'Sistem Amaran Awal Banjir Kilat untuk Lembangan Sungai di Sarawak',
      problem:
        'Banjir kilat di lembangan sungai kecil sekitar Kuching dan Miri berlaku dalam tempoh kurang dua jam selepas hujan lebat, memberi masa yang sangat singkat untuk memindahkan penduduk. Stesen hidrologi sedia ada terlalu jarang dan datanya lambat diterima oleh pusat kawalan bencana. Kawasan hulu pula tidak mempunyai liputan telefon bimbit yang baik. Kami memerlukan sistem amaran yang boleh dipasang dengan cepat dan dikendalikan oleh agensi tempatan.',
      outcome:
        'Rangkaian penderia aras air dan hujan yang menggunakan komunikasi LoRa atau satelit, dengan model ramalan banjir kilat yang memberi amaran sekurang-kurangnya satu jam lebih awal melalui SMS, aplikasi dan siren. Projek perintis di dua lembangan dengan 20–30 stesen dalam tempoh 12 bulan.',
      fields: ['construction.disaster', 'env.monitoring', 'ict.iot'],
      keywords: ['banjir kilat', 'amaran awal', 'aras air', 'lembangan sungai', 'pengurusan bencana'],
      minTrl: 7,
      budget: { min: 600000, max: 1500000, currency: 'MYR' },
      cooperationModes: ['technical_service', 'non_exclusive_licence'],
      deadlineDays: 100,
      neededCountries: ['ID', 'CN', 'TH', 'PH', 'VN'],
      visibility: 'public',
    },
    {
      key: 'ms-r08',
      org: 'ms-o05',
      title: 'Rantaian Sejuk untuk Eksport Ikan Segar Premium dari Brunei ke China',
      problem:
        'Pengeluar kerapu dan udang di Brunei ingin mengeksport produk segar dan hidup ke pasaran selatan China, tetapi penerbangan kargo terhad dan kosnya tinggi. Kadar kematian ikan hidup semasa pengangkutan melebihi 15%, manakala ikan segar berais mula merosot mutunya selepas tiga hari. Kami memerlukan teknologi pembungkusan dan pengangkutan yang memanjangkan hayat simpanan serta membolehkan penghantaran melalui laut. Syarikat pengeksport yang terlibat memilih untuk tidak dinamakan.',
      outcome:
        'Penyelesaian seperti penyejukan lampau (superchilling), pembungkusan atmosfera terubah suai atau kontena ikan hidup dengan kawalan oksigen dan suhu, yang memanjangkan hayat simpanan ikan segar kepada sekurang-kurangnya 10 hari. Penghantaran ujian ke Guangxi atau Guangdong dalam tempoh enam bulan.',
      fields: ['transport.cold_chain', 'agri.processing', 'transport.logistics'],
      keywords: ['rantaian sejuk', 'ikan segar', 'eksport', 'superchilling', 'ikan hidup'],
      minTrl: 6,
      budget: { min: 100000, max: 350000, currency: 'BND' },
      cooperationModes: ['technical_service', 'joint_development'],
      deadlineDays: 150,
      neededCountries: ['CN', 'MY', 'SG'],
      visibility: 'anonymous',
    },
  ],
};

export default pack;
