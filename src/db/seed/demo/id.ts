import type { DemoPack } from './types.ts';

/** Indonesian demo pack: fictional organisations, offers and requests written in Bahasa Indonesia. */
const pack: DemoPack = {
  lang: 'id',
  organizations: [
    {
      key: 'id-o01',
      country: 'ID',
      region: 'Bandung, Jawa Barat',
      type: 'university',
      website: 'https://istc-bandung.example',
      names: {
        id: 'Institut Sains dan Teknologi Cikapundung',
        en: 'Cikapundung Institute of Science and Technology',
      },
      description:
        'Perguruan tinggi teknik swasta di Bandung yang berfokus pada kebencanaan, ilmu kebumian, dan teknologi digital. Kantor Alih Teknologi ISTC mengelola lebih dari 60 paten dan hak cipta perangkat lunak. Institut ini aktif menjalin kerja sama riset dan lisensi dengan mitra di Tiongkok dan Asia Tenggara.',
    },
    {
      key: 'id-o02',
      country: 'ID',
      region: 'Bogor, Jawa Barat',
      type: 'research_institute',
      website: 'https://agrotropika-bogor.example',
      names: {
        id: 'Balai Riset Agro Tropika Bogor',
        en: 'Bogor Tropical Agro Research Centre',
      },
      description:
        'Lembaga riset nirlaba yang mengembangkan varietas tanaman pangan, teknologi perlindungan tanaman perkebunan, dan produk herbal terstandar. Balai ini memiliki kebun percobaan seluas 120 hektare serta laboratorium biologi molekuler yang terakreditasi. Hasil risetnya telah dilisensikan kepada produsen benih, perkebunan, dan industri jamu.',
    },
    {
      key: 'id-o03',
      country: 'ID',
      region: 'Jakarta Selatan, DKI Jakarta',
      type: 'enterprise',
      website: 'https://khatulistiwa-energi.example',
      names: {
        id: 'PT Energi Baru Khatulistiwa',
        en: 'Khatulistiwa New Energy Ltd.',
      },
      description:
        'Perusahaan teknologi energi yang berkantor pusat di Jakarta dengan fasilitas produksi di Cikarang dan pilot plant di Sulawesi Tengah. Perusahaan bergerak di bidang baterai kendaraan listrik, pengolahan nikel, energi surya, dan biogas dari limbah industri. Kami terbuka untuk lisensi, pengembangan bersama, dan usaha patungan dengan mitra Tiongkok dan ASEAN.',
    },
    {
      key: 'id-o04',
      country: 'ID',
      region: 'Surabaya, Jawa Timur',
      type: 'university',
      website: 'https://poltekbahari-perak.example',
      names: {
        id: 'Politeknik Bahari Tanjung Perak',
        en: 'Tanjung Perak Maritime Polytechnic',
      },
      description:
        'Politeknik vokasi di Surabaya yang mendidik tenaga ahli kepelabuhanan, logistik maritim, dan perikanan. Pusat Layanan Teknologinya menyediakan laboratorium uji halal dan mutu pangan bagi industri di Jawa Timur. Politeknik ini juga mengembangkan perangkat lunak terminal dan sistem rantai dingin bersama operator pelabuhan.',
    },
    {
      key: 'id-o05',
      country: 'ID',
      region: 'Makassar, Sulawesi Selatan',
      type: 'sme',
      website: 'https://samudra-agar.example',
      names: {
        id: 'PT Samudra Agar Sulawesi',
        en: 'Sulawesi Ocean Agar Ltd.',
      },
      description:
        'Usaha menengah pengolah rumput laut di Makassar yang bermitra dengan sekitar 1.500 pembudidaya di pesisir Sulawesi Selatan. Selain memproduksi karagenan, perusahaan menjalankan unit riset untuk bibit rumput laut unggul dan kemasan ramah lingkungan.',
    },
  ],
  offers: [
    {
      key: 'id-f01',
      org: 'id-o01',
      title: 'Sistem Peringatan Dini Banjir Berbasis Sensor IoT dan Model Hidrologi Real-Time',
      summary:
        'Jaringan sensor tinggi muka air dan curah hujan yang terhubung dengan model hidrologi untuk memberi peringatan banjir 3–6 jam sebelum air mencapai permukiman.',
      description:
        'Sistem terdiri atas stasiun sensor ultrasonik tinggi muka air, penakar hujan tipe tipping bucket, dan gateway LoRa yang mengirim data setiap 5 menit ke server. Data diolah oleh model hidrologi-hidraulik yang dikalibrasi untuk setiap daerah aliran sungai (DAS), lalu dipadukan dengan prakiraan hujan dari radar cuaca. Peringatan bertingkat (waspada, siaga, awas) dikirim otomatis melalui SMS, WhatsApp, dan sirene desa. Setiap stasiun ditenagai panel surya 50 Wp dan mampu beroperasi 5 hari tanpa sinar matahari. Sejak 2020 sistem ini beroperasi di tiga DAS di Jawa Barat dengan 42 stasiun dan akurasi prakiraan puncak banjir di atas 85%.',
      applications:
        'Badan penanggulangan bencana daerah, pengelola bendungan dan DAS, kawasan industri, serta kota-kota di dataran banjir.',
      advantages:
        'Waktu tenggang peringatan 3–6 jam, biaya per stasiun sekitar 40% lebih rendah dibanding produk impor, dan ketersediaan data di atas 97% selama musim hujan.',
      fields: ['construction.disaster', 'ict.iot', 'env.monitoring'],
      keywords: ['peringatan dini banjir', 'sensor IoT', 'model hidrologi', 'LoRa', 'mitigasi bencana'],
      trl: 8,
      ipStatus: 'granted_patent',
      patents: [{ number: 'IDP000078123', jurisdiction: 'ID' }],
      transferModes: ['non_exclusive_licence', 'technical_service'],
      price: { amount: 850000000, currency: 'IDR' },
      targetCountries: ['ID', 'PH', 'VN', 'TH', 'MY', 'MM'],
    },
    {
      key: 'id-f02',
      org: 'id-o01',
      title: 'Perangkat Lunak Inversi 3D Magnetotellurik untuk Eksplorasi Panas Bumi',
      summary:
        'Perangkat lunak pemodelan resistivitas bawah permukaan tiga dimensi yang mempercepat penentuan titik pengeboran eksplorasi panas bumi.',
      description:
        'Perangkat lunak ini mengolah data magnetotellurik (MT) dan TDEM untuk menghasilkan model resistivitas 3D hingga kedalaman 5 km. Algoritma inversi berbasis metode elemen hingga dengan komputasi paralel GPU memangkas waktu pengolahan dari sekitar dua minggu menjadi kurang dari 36 jam untuk 150 titik ukur. Koreksi statik dan topografi dilakukan secara otomatis sehingga cocok untuk medan vulkanik yang curam. Model yang dihasilkan dapat dipadukan dengan data geokimia dan geologi untuk menggambarkan lapisan penudung (clay cap) dan zona reservoir. Perangkat lunak telah diuji pada data dari empat lapangan panas bumi di Jawa dan Sumatra.',
      applications:
        'Pengembang panas bumi, badan survei geologi, dan konsultan eksplorasi yang bekerja di wilayah vulkanik.',
      advantages:
        'Waktu inversi hingga 10 kali lebih cepat, dan uji lapangan menunjukkan puncak reservoir terprediksi dengan selisih kurang dari 150 m dari hasil pengeboran.',
      fields: ['resources.geology', 'energy', 'ict.software'],
      keywords: ['panas bumi', 'magnetotellurik', 'inversi 3D', 'eksplorasi', 'resistivitas'],
      trl: 6,
      ipStatus: 'software_copyright',
      patents: [],
      transferModes: ['non_exclusive_licence', 'technical_service', 'joint_development'],
      price: { amount: 120000, currency: 'USD' },
      targetCountries: ['ID', 'PH', 'CN', 'VN'],
    },
    {
      key: 'id-f03',
      org: 'id-o01',
      title: 'Rumah Tahan Gempa Sistem Panel Beton Ringan Saling Kunci',
      summary:
        'Sistem rumah prapabrikasi dari panel beton ringan dengan sambungan saling kunci yang dapat dirakit empat pekerja dalam tujuh hari.',
      description:
        'Dinding dan kolom dibuat dari panel beton ringan berdensitas 1.400 kg/m³ yang diperkuat jaring baja galvanis dan serat polipropilena. Panel dihubungkan dengan kunci geser dan baut angkur sehingga bangunan berperilaku sebagai satu kesatuan saat gempa. Uji meja getar skala penuh menunjukkan rumah tipe 36 tetap berdiri tanpa retak struktural pada percepatan 0,6 g. Panel dapat dicetak di bengkel kecil dekat lokasi proyek dengan cetakan baja yang dapat dipakai ulang lebih dari 500 kali. Lebih dari 1.200 unit telah dibangun untuk rehabilitasi pascagempa di Nusa Tenggara Barat dan Sulawesi Tengah.',
      applications: 'Perumahan pascabencana, rumah bersubsidi, serta sekolah dan puskesmas di daerah rawan gempa.',
      advantages:
        'Waktu pembangunan 60% lebih singkat dan biaya sekitar 20% lebih rendah dibanding rumah bata konvensional, dengan kinerja seismik teruji hingga 0,6 g.',
      fields: ['construction.housing', 'construction.disaster', 'materials.construction'],
      keywords: ['rumah tahan gempa', 'prapabrikasi', 'beton ringan', 'panel saling kunci', 'rehabilitasi pascabencana'],
      trl: 9,
      ipStatus: 'utility_model',
      patents: [{ number: 'IDS000004512', jurisdiction: 'ID' }],
      transferModes: ['non_exclusive_licence', 'technical_service'],
      price: { amount: 450000000, currency: 'IDR' },
      targetCountries: ['ID', 'PH', 'MM', 'LA', 'CN'],
    },
    {
      key: 'id-f04',
      org: 'id-o01',
      title: 'Deteksi Otomatis Kerusakan Jalan dari Kamera Dasbor dengan Kecerdasan Buatan',
      summary:
        'Aplikasi yang memetakan lubang, retak, dan alur roda pada jalan secara otomatis dari rekaman kamera dasbor kendaraan operasional.',
      description:
        'Model deteksi objek berbasis jaringan saraf konvolusional dilatih dengan lebih dari 80.000 citra jalan Indonesia yang telah dianotasi. Aplikasi berjalan di ponsel Android kelas menengah dan memproses video secara langsung pada 15 bingkai per detik, sehingga survei tidak memerlukan koneksi internet. Setiap kerusakan diberi koordinat GPS, perkiraan ukuran, dan tingkat keparahan, lalu diunggah ke dasbor web untuk perencanaan pemeliharaan. Presisi deteksi lubang mencapai 91% dan recall 87% pada data uji independen. Sistem telah dipakai dua dinas pekerjaan umum kota untuk memantau sekitar 1.800 km ruas jalan.',
      applications:
        'Dinas pekerjaan umum, operator jalan tol, perusahaan logistik, dan konsultan manajemen aset jalan.',
      advantages:
        'Biaya survei per kilometer turun sekitar 70% dibanding survei visual manual, dan data kondisi jalan dapat diperbarui setiap minggu, bukan setahun sekali.',
      fields: ['construction.infrastructure', 'ict.ai'],
      keywords: ['kerusakan jalan', 'kecerdasan buatan', 'kamera dasbor', 'manajemen aset jalan', 'visi komputer'],
      trl: 7,
      ipStatus: 'software_copyright',
      patents: [],
      transferModes: ['non_exclusive_licence', 'technical_service'],
      price: { amount: 60000, currency: 'USD' },
      targetCountries: ['ID', 'MY', 'PH', 'VN', 'TH', 'KH'],
    },
    {
      key: 'id-f05',
      org: 'id-o02',
      title: 'Varietas Padi Toleran Rendaman dan Salinitas untuk Lahan Pasang Surut',
      summary:
        'Galur padi hasil pemuliaan berbantuan penanda molekuler yang mampu bertahan terendam hingga 14 hari dan toleran terhadap salinitas sedang.',
      description:
        'Varietas ini dikembangkan dengan memasukkan gen Sub1 dan lokus Saltol ke dalam latar belakang padi populer berumur genjah (115 hari) melalui silang balik berbantuan penanda molekuler. Dalam uji multilokasi di 12 lokasi lahan rawa pasang surut di Kalimantan dan Sumatra, hasil rata-rata mencapai 5,8 ton gabah kering giling per hektare. Tanaman tetap hidup setelah terendam penuh selama 14 hari, sementara varietas pembanding mati setelah 7 hari. Nasinya pulen dengan kadar amilosa sekitar 20%, sesuai selera konsumen Asia Tenggara. Benih sumber tersedia dan varietas telah memperoleh sertifikat perlindungan varietas tanaman (PVT).',
      applications:
        'Produsen benih, program ketahanan pangan pemerintah, serta pengembangan lahan rawa dan delta sungai yang rawan banjir dan intrusi air laut.',
      advantages:
        'Hasil di lahan rawan banjir 30–45% lebih tinggi dibanding varietas lokal, dan kehilangan panen akibat rendaman dapat ditekan hingga di bawah 15%.',
      fields: ['agri.crops', 'env.climate'],
      keywords: ['padi', 'toleran rendaman', 'salinitas', 'lahan pasang surut', 'pemuliaan molekuler'],
      trl: 8,
      ipStatus: 'know_how',
      patents: [],
      transferModes: ['non_exclusive_licence', 'joint_development'],
      price: { amount: 300000000, currency: 'IDR' },
      targetCountries: ['ID', 'VN', 'MM', 'KH', 'LA', 'PH', 'TH'],
    },
    {
      key: 'id-f06',
      org: 'id-o02',
      title: 'Biopestisida Granul Metarhizium untuk Pengendalian Kumbang Tanduk Kelapa Sawit',
      summary:
        'Formulasi granul jamur entomopatogen Metarhizium anisopliae untuk mengendalikan larva kumbang tanduk (Oryctes rhinoceros) di kebun kelapa sawit muda dan areal peremajaan.',
      description:
        'Isolat lokal Metarhizium anisopliae yang sangat virulen diperbanyak pada media beras-jagung, kemudian diformulasikan menjadi granul dengan bahan pembawa zeolit dan tepung tapioka. Formulasi ini mempertahankan viabilitas spora di atas 80% selama 9 bulan pada suhu ruang tanpa pendingin. Granul ditaburkan pada tumpukan batang sawit atau tandan kosong tempat larva berkembang biak dengan dosis 20 g per m³. Uji lapangan di 3.000 hektare kebun peremajaan di Riau dan Kalimantan Barat menurunkan populasi larva hingga 78% dalam 10 minggu. Produksi dapat dilakukan di laboratorium kebun dengan fermentor padat sederhana.',
      applications:
        'Perkebunan kelapa sawit dan kelapa, terutama areal peremajaan; dapat diadaptasi untuk hama tanah lainnya.',
      advantages:
        'Mengurangi penggunaan insektisida kimia hingga 90%, biaya pengendalian per hektare sekitar 35% lebih murah, dan mendukung pemenuhan sertifikasi sawit berkelanjutan.',
      fields: ['agri.protection', 'bio.industrial'],
      keywords: ['biopestisida', 'Metarhizium', 'kumbang tanduk', 'kelapa sawit', 'pengendalian hayati'],
      trl: 8,
      ipStatus: 'granted_patent',
      patents: [{ number: 'IDP000069874', jurisdiction: 'ID' }],
      transferModes: ['exclusive_licence', 'non_exclusive_licence'],
      price: { amount: 750000000, currency: 'IDR' },
      targetCountries: ['ID', 'MY', 'TH', 'PH'],
    },
    {
      key: 'id-f07',
      org: 'id-o02',
      title: 'Pemantauan Kesehatan dan Produktivitas Kebun Sawit dengan Citra Satelit dan Drone',
      summary:
        'Layanan analitik yang memadukan citra Sentinel-2, radar Sentinel-1, dan foto drone untuk menghitung pohon, memperkirakan umur tanaman, dan mendeteksi stres tanaman.',
      description:
        'Algoritma penghitungan pohon berbasis pembelajaran mendalam mendeteksi tajuk sawit dari foto drone beresolusi 5 cm dengan akurasi di atas 96%. Indeks vegetasi dari citra Sentinel-2 dan data radar Sentinel-1 yang menembus awan dianalisis setiap 12 hari untuk menandai blok yang mengalami penurunan kehijauan, genangan, atau kekeringan. Sistem juga memperkirakan tahun tanam dari pola tekstur citra sehingga membantu perencanaan peremajaan. Hasil ditampilkan di portal web dan aplikasi ponsel untuk mandor kebun, lengkap dengan rute kunjungan lapangan. Layanan ini telah mencakup lebih dari 45.000 hektare kebun perusahaan dan petani plasma.',
      applications:
        'Perusahaan perkebunan sawit, karet, dan kelapa; koperasi petani; serta lembaga sertifikasi dan perbankan yang membiayai kebun.',
      advantages:
        'Biaya pemantauan sekitar USD 1,5 per hektare per tahun, dan stres tanaman terdeteksi rata-rata 6 minggu lebih awal dibanding inspeksi visual.',
      fields: ['space.remote_sensing', 'space.drones', 'agri.cultivation'],
      keywords: ['penginderaan jauh', 'kelapa sawit', 'drone', 'Sentinel-2', 'perkebunan presisi'],
      trl: 7,
      ipStatus: 'software_copyright',
      patents: [],
      transferModes: ['technical_service', 'non_exclusive_licence'],
      price: { amount: 45000, currency: 'USD' },
      targetCountries: ['ID', 'MY', 'TH', 'PH'],
    },
    {
      key: 'id-f08',
      org: 'id-o02',
      title: 'Ekstrak Terstandar Temulawak dan Meniran sebagai Imunomodulator Herbal',
      summary:
        'Formula jamu modern berbasis ekstrak temulawak (Curcuma xanthorrhiza) dan meniran (Phyllanthus niruri) dengan kadar senyawa aktif terstandar.',
      description:
        'Ekstraksi etanol bertingkat dan pengeringan semprot menghasilkan serbuk ekstrak dengan kadar xanthorrhizol minimal 1,5% dan filantin minimal 0,4%. Bahan baku berasal dari kebun petani binaan yang menerapkan cara budi daya yang baik, dan setiap lot diverifikasi dengan sidik jari kromatografi. Uji praklinik pada hewan coba menunjukkan peningkatan aktivitas fagositosis makrofag sebesar 45% dibanding kontrol, tanpa tanda toksisitas hingga dosis 5.000 mg/kg. Formula siap dikembangkan menjadi obat herbal terstandar dalam bentuk kapsul atau minuman serbuk. Uji klinik tahap awal sedang direncanakan bersama rumah sakit mitra.',
      applications:
        'Industri jamu dan obat herbal, produsen suplemen kesehatan, serta mitra pengobatan tradisional Tiongkok yang mengembangkan formula berbahan tumbuhan tropis.',
      advantages:
        'Kadar senyawa aktif konsisten dengan variasi antarbatch di bawah 10%, dan data keamanan praklinik yang lengkap mempercepat pendaftaran produk.',
      fields: ['bio.tcm', 'bio.pharma'],
      keywords: ['jamu', 'temulawak', 'meniran', 'imunomodulator', 'obat herbal terstandar'],
      trl: 5,
      ipStatus: 'pending_application',
      patents: [{ number: 'P00202301234', jurisdiction: 'ID' }],
      transferModes: ['exclusive_licence', 'joint_development'],
      price: 'negotiable',
      targetCountries: ['ID', 'MY', 'CN', 'TH', 'VN', 'SG'],
    },
    {
      key: 'id-f09',
      org: 'id-o02',
      title: 'Kit Deteksi Dini Ganoderma pada Kelapa Sawit Berbasis LAMP',
      summary:
        'Uji molekuler isotermal yang mendeteksi Ganoderma boninense, penyebab busuk pangkal batang, dari sampel jaringan batang dalam waktu 45 menit.',
      description:
        'Kit ini menggunakan primer LAMP yang spesifik untuk wilayah ITS Ganoderma boninense, dan hasilnya dibaca secara visual melalui perubahan warna. Sampel serbuk batang diambil dengan bor kecil, DNA diekstraksi dengan metode kertas selulosa tanpa sentrifus, lalu reaksi berlangsung pada suhu 65 °C di pemanas blok portabel. Batas deteksi mencapai 10 pg DNA sehingga infeksi dapat dikenali 12–18 bulan sebelum tubuh buah jamur muncul. Validasi terhadap 600 sampel lapangan menunjukkan kesesuaian 93% dengan PCR laboratorium. Biaya bahan per sampel sekitar Rp25.000.',
      applications:
        'Laboratorium perkebunan sawit, penyedia jasa agronomi, dan program sanitasi kebun sebelum peremajaan.',
      advantages:
        'Hasil keluar dalam 45 menit di lapangan tanpa mesin PCR, dengan biaya per sampel kurang dari seperlima uji laboratorium komersial.',
      fields: ['agri.protection', 'bio.diagnostics', 'bio.genomics'],
      keywords: ['Ganoderma', 'LAMP', 'busuk pangkal batang', 'deteksi dini', 'kelapa sawit'],
      trl: 6,
      ipStatus: 'pending_application',
      patents: [{ number: 'P00202208765', jurisdiction: 'ID' }],
      transferModes: ['non_exclusive_licence', 'joint_development'],
      price: { amount: 400000000, currency: 'IDR' },
      targetCountries: ['ID', 'MY', 'TH'],
    },
    {
      key: 'id-f10',
      org: 'id-o03',
      title: 'Pemurnian MHP Menjadi Nikel Sulfat Kelas Baterai dengan Ekstraksi Pelarut Dua Tahap',
      summary:
        'Proses hidrometalurgi yang mengubah endapan hidroksida campuran (MHP) dari bijih laterit menjadi kristal nikel sulfat heksahidrat berkemurnian tinggi untuk prekursor katoda.',
      description:
        'MHP dilarutkan kembali dalam asam sulfat, kemudian pengotor seperti besi, aluminium, dan mangan diendapkan secara selektif melalui pengaturan pH dan oksidasi. Kobalt dipisahkan pada ekstraksi pelarut tahap pertama, sedangkan nikel dimurnikan pada tahap kedua sebelum dikristalkan dalam evaporator multiefek. Pilot plant berkapasitas 200 kg MHP per hari telah beroperasi selama 2.000 jam dengan perolehan nikel 97,5% serta kadar magnesium dan kalsium dalam produk di bawah 10 ppm. Kobalt sulfat diperoleh sebagai produk samping bernilai tinggi. Rafinat diolah dan dipakai ulang sehingga konsumsi air segar turun sekitar 30% dibanding desain konvensional.',
      applications:
        'Smelter HPAL, produsen prekursor katoda NCM, dan kawasan industri baterai terintegrasi.',
      advantages:
        'Produk memenuhi spesifikasi nikel sulfat kelas baterai, perolehan nikel di atas 97%, dan konsumsi pereaksi 15% lebih rendah berkat daur ulang rafinat.',
      fields: ['resources.mineral_processing', 'energy.storage', 'chem.fine'],
      keywords: ['nikel sulfat', 'MHP', 'hidrometalurgi', 'ekstraksi pelarut', 'baterai kendaraan listrik'],
      trl: 6,
      ipStatus: 'pending_application',
      patents: [
        { number: 'P00202305521', jurisdiction: 'ID' },
        { number: 'CN117004321A', jurisdiction: 'CN' },
      ],
      transferModes: ['joint_development', 'exclusive_licence', 'investment'],
      price: 'negotiable',
      targetCountries: ['ID', 'CN', 'PH'],
    },
    {
      key: 'id-f11',
      org: 'id-o03',
      title: 'Baterai LFP Tukar Cepat untuk Sepeda Motor Listrik',
      summary:
        'Modul baterai litium besi fosfat 72 V 30 Ah yang dapat ditukar dalam waktu kurang dari satu menit di stasiun penukaran baterai.',
      description:
        'Setiap modul berbobot 11 kg dan berisi sel prismatik LFP dengan sistem manajemen baterai (BMS) yang memantau tegangan sel, suhu, dan riwayat siklus. Konektor berpengunci mekanis dengan perlindungan debu dan air IP67 dirancang untuk pemasangan hingga ribuan kali. Data BMS dikirim melalui jaringan seluler ke platform armada untuk penentuan tarif, pelacakan, dan pemeliharaan prediktif. Satu modul mampu menempuh sekitar 65 km per pengisian dan mempertahankan 80% kapasitas setelah 2.500 siklus. Saat ini 4.000 modul beroperasi pada armada ojek daring dan kurir di Jabodetabek.',
      applications:
        'Operator armada ojek dan kurir, pabrikan sepeda motor listrik, dan penyedia stasiun penukaran baterai.',
      advantages:
        'Waktu penukaran di bawah 60 detik, umur 2.500 siklus, dan biaya energi per kilometer sekitar seperempat sepeda motor bensin.',
      fields: ['transport.ev', 'energy.storage'],
      keywords: ['baterai tukar', 'sepeda motor listrik', 'LFP', 'BMS', 'stasiun penukaran baterai'],
      trl: 8,
      ipStatus: 'granted_patent',
      patents: [{ number: 'IDP000081234', jurisdiction: 'ID' }],
      transferModes: ['non_exclusive_licence', 'investment'],
      price: { amount: 2500000000, currency: 'IDR' },
      targetCountries: ['ID', 'VN', 'TH', 'PH', 'MY'],
    },
    {
      key: 'id-f12',
      org: 'id-o03',
      title: 'Mikrogrid PLTS Hibrida dengan Baterai untuk Pulau Terpencil',
      summary:
        'Desain dan sistem kendali pembangkit listrik tenaga surya hibrida yang menggantikan sebagian besar konsumsi solar genset diesel di pulau kecil.',
      description:
        'Paket teknologi mencakup perangkat lunak perancangan kapasitas, pengendali energi (energy management system), dan prosedur operasi untuk mikrogrid 100 kWp hingga 2 MWp. Pengendali membagi beban antara panel surya, baterai LFP, dan genset berdasarkan prakiraan cuaca dan profil beban harian. Genset hanya dinyalakan ketika kapasitas baterai turun di bawah 30% atau saat beban puncak malam hari. Di 14 pulau di Nusa Tenggara dan Maluku, sistem ini menekan konsumsi solar rata-rata 68% dan menyediakan listrik 24 jam. Pemantauan jarak jauh melalui satelit memungkinkan diagnosis gangguan tanpa kunjungan lapangan.',
      applications:
        'Listrik desa di pulau kecil, resor wisata, tambak dan pabrik es di pesisir, serta menara telekomunikasi.',
      advantages:
        'Penghematan solar 60–70%, biaya pokok produksi listrik turun sekitar 35%, dan waktu henti sistem di bawah 1% per tahun.',
      fields: ['energy.solar', 'energy.grid', 'energy.storage'],
      keywords: ['PLTS hibrida', 'mikrogrid', 'pulau terpencil', 'baterai', 'elektrifikasi desa'],
      trl: 9,
      ipStatus: 'know_how',
      patents: [],
      transferModes: ['technical_service', 'joint_development'],
      price: 'negotiable',
      targetCountries: ['ID', 'PH', 'MY', 'MM', 'KH', 'LA'],
    },
    {
      key: 'id-f13',
      org: 'id-o03',
      title: 'Bio-CNG dari Limbah Cair Pabrik Kelapa Sawit (POME)',
      summary:
        'Paket teknologi untuk menangkap biogas dari POME dengan kolam tertutup, memurnikannya menjadi biometana, lalu memampatkannya sebagai bahan bakar gas.',
      description:
        'POME dari pabrik kelapa sawit berkapasitas 45 ton TBS per jam diolah dalam kolam anaerob berpenutup membran HDPE dengan waktu tinggal 40 hari. Biogas dengan kandungan metana sekitar 60% dimurnikan melalui pemisahan membran dua tahap hingga kadar metana 96%, kemudian dimampatkan ke tabung bertekanan 200 bar. Satu pabrik dapat menghasilkan sekitar 2.800 Nm³ biometana per hari, setara dengan 2.700 liter solar. Biometana dipakai untuk truk pengangkut TBS dan boiler, atau dijual ke industri sekitar yang tidak terjangkau pipa gas. Emisi metana dari kolam terbuka berkurang sekitar 25.000 ton CO₂-ekuivalen per tahun.',
      applications:
        'Pabrik kelapa sawit, kawasan industri di sekitar perkebunan, dan pengembang proyek kredit karbon.',
      advantages:
        'Kadar metana produk 96%, periode pengembalian modal sekitar 4–5 tahun, dan pengurangan emisi yang dapat diverifikasi untuk pasar karbon.',
      fields: ['energy.biomass', 'env.water_treatment', 'env.climate'],
      keywords: ['POME', 'biogas', 'biometana', 'bio-CNG', 'kelapa sawit'],
      trl: 8,
      ipStatus: 'granted_patent',
      patents: [{ number: 'IDP000074410', jurisdiction: 'ID' }],
      transferModes: ['non_exclusive_licence', 'technical_service', 'investment'],
      price: { amount: 350000, currency: 'USD' },
      targetCountries: ['ID', 'MY', 'TH', 'PH'],
    },
    {
      key: 'id-f14',
      org: 'id-o04',
      title: 'Uji Cepat Kandungan Babi dalam Produk Pangan dengan Real-Time PCR Multipleks',
      summary:
        'Metode dan kit real-time PCR yang mendeteksi DNA babi sekaligus DNA sapi, ayam, dan kambing dalam satu reaksi untuk keperluan verifikasi halal.',
      description:
        'Kit berisi campuran primer dan probe untuk gen sitokrom b dari empat spesies serta kontrol internal untuk memastikan ekstraksi berhasil. Metode ini mampu mendeteksi cemaran daging babi hingga 0,01% (b/b) pada produk olahan seperti bakso, sosis, dan kaldu, termasuk produk yang telah melalui sterilisasi. Seluruh analisis, dari ekstraksi hingga hasil, memerlukan sekitar 2,5 jam. Validasi antarlaboratorium di lima laboratorium tidak menemukan hasil positif palsu pada 240 sampel. Kit dapat digunakan dengan mesin real-time PCR standar yang sudah umum tersedia.',
      applications:
        'Laboratorium pemeriksa halal, industri pangan olahan, rumah potong hewan, dan importir bahan pangan.',
      advantages:
        'Empat spesies diperiksa dalam satu reaksi, batas deteksi 0,01%, dan biaya reagen per sampel sekitar 40% lebih rendah dibanding kit impor.',
      fields: ['agri.safety', 'services.testing'],
      keywords: ['uji halal', 'real-time PCR', 'DNA babi', 'autentikasi pangan', 'multipleks'],
      trl: 8,
      ipStatus: 'pending_application',
      patents: [{ number: 'P00202204433', jurisdiction: 'ID' }],
      transferModes: ['non_exclusive_licence', 'technical_service'],
      price: { amount: 175000000, currency: 'IDR' },
      targetCountries: ['ID', 'MY', 'BN', 'SG', 'TH', 'CN'],
    },
    {
      key: 'id-f15',
      org: 'id-o04',
      title: 'Sistem Optimasi Penjadwalan Tambatan Kapal dan Antrean Truk di Terminal Peti Kemas',
      summary:
        'Perangkat lunak yang menyusun jadwal tambatan kapal, alokasi crane, dan jendela kedatangan truk secara otomatis untuk mengurangi waktu tunggu di pelabuhan.',
      description:
        'Modul optimasi menggunakan pemrograman bilangan bulat campuran dan heuristik untuk menyusun rencana tambatan tujuh hari ke depan berdasarkan ETA kapal, panjang dermaga, dan ketersediaan crane. Sistem pemesanan slot truk daring membagi kedatangan truk ke dalam jendela 30 menit sehingga antrean di gerbang berkurang. Data AIS kapal dan status peti kemas dari sistem operasi terminal diperbarui setiap 10 menit. Uji coba enam bulan di terminal domestik berkapasitas 1,2 juta TEU per tahun menurunkan waktu tunggu kapal rata-rata 22% dan waktu truk di terminal dari 3,1 jam menjadi 1,9 jam. Antarmuka tersedia dalam bahasa Indonesia, Inggris, dan Mandarin.',
      applications:
        'Operator terminal peti kemas dan multipurpose, otoritas pelabuhan, serta depo peti kemas darat.',
      advantages:
        'Waktu tunggu kapal turun sekitar 22%, waktu siklus truk berkurang 39%, dan produktivitas crane naik 8–10 gerakan per jam.',
      fields: ['transport.ports', 'transport.logistics', 'ict.software'],
      keywords: ['terminal peti kemas', 'penjadwalan tambatan', 'antrean truk', 'optimasi', 'pelabuhan'],
      trl: 7,
      ipStatus: 'software_copyright',
      patents: [],
      transferModes: ['non_exclusive_licence', 'technical_service', 'joint_development'],
      price: { amount: 90000, currency: 'USD' },
      targetCountries: ['ID', 'PH', 'VN', 'KH', 'MM', 'MY'],
    },
    {
      key: 'id-f16',
      org: 'id-o04',
      title: 'Gudang Beku Tenaga Surya untuk Pelabuhan Perikanan Kecil',
      summary:
        'Ruang penyimpanan beku modular berkapasitas 10 ton ikan yang digerakkan panel surya dengan cadangan energi dingin berbasis bahan perubahan fase.',
      description:
        'Unit dibangun dari kontainer berinsulasi poliuretan 100 mm dengan kompresor DC berkecepatan variabel yang langsung dipasok panel surya 15 kWp. Kelebihan energi pada siang hari disimpan sebagai energi dingin dalam tangki bahan perubahan fase (PCM), sehingga suhu ruang tetap −18 °C sepanjang malam tanpa baterai besar. Suhu dan status pintu dipantau sensor yang mengirim peringatan ke ponsel pengelola. Unit percontohan di dua pelabuhan perikanan di Jawa Timur dan Maluku Utara telah beroperasi lebih dari 18 bulan tanpa genset. Nelayan dapat menyimpan hasil tangkapan hingga 10 hari dengan mutu ekspor.',
      applications:
        'Pelabuhan perikanan kecil, koperasi nelayan, serta pengepul hasil laut dan hasil pertanian di pulau tanpa jaringan listrik yang stabil.',
      advantages:
        'Tidak memerlukan bahan bakar untuk operasi harian, susut mutu ikan turun dari sekitar 30% menjadi di bawah 8%, dan pemasangan selesai dalam tiga minggu.',
      fields: ['transport.cold_chain', 'energy.solar', 'agri.aquaculture'],
      keywords: ['rantai dingin', 'gudang beku', 'tenaga surya', 'perikanan', 'bahan perubahan fase'],
      trl: 7,
      ipStatus: 'utility_model',
      patents: [{ number: 'IDS000005377', jurisdiction: 'ID' }],
      transferModes: ['non_exclusive_licence', 'technical_service'],
      price: { amount: 650000000, currency: 'IDR' },
      targetCountries: ['ID', 'PH', 'MY', 'MM', 'KH', 'VN'],
    },
    {
      key: 'id-f17',
      org: 'id-o04',
      title: 'Pakan Udang Vaname dengan Tepung Larva BSF sebagai Pengganti Tepung Ikan',
      summary:
        'Formula pakan udang yang mengganti hingga 50% tepung ikan dengan tepung larva lalat tentara hitam (Hermetia illucens) yang dibudidayakan dari sampah organik pasar.',
      description:
        'Larva lalat tentara hitam (maggot BSF) dibudidayakan pada sisa buah dan sayur dari pasar, dipanen pada umur 14 hari, lalu dikeringkan dan dihilangkan sebagian lemaknya hingga kadar protein sekitar 55%. Tepung larva dicampur dengan bungkil kedelai, tepung kepala udang, dan minyak ikan dalam formula pelet tenggelam dengan kestabilan dalam air lebih dari 3 jam. Pada uji tambak intensif selama 90 hari, udang vaname mencapai rasio konversi pakan 1,3 dengan pertumbuhan setara pakan komersial. Kandungan asam laurat dalam lemak larva juga membantu menekan bakteri Vibrio di saluran cerna udang. Paket teknologi mencakup desain unit biokonversi berkapasitas 5 ton sampah organik per hari.',
      applications:
        'Pabrik pakan ikan dan udang, tambak udang intensif, dan pengelola sampah organik perkotaan.',
      advantages:
        'Biaya bahan baku pakan turun 12–15%, ketergantungan pada tepung ikan impor berkurang setengahnya, dan setiap unit mengolah 5 ton sampah organik per hari.',
      fields: ['agri.aquaculture', 'env.waste'],
      keywords: ['pakan udang', 'maggot BSF', 'udang vaname', 'tepung ikan', 'ekonomi sirkular'],
      trl: 7,
      ipStatus: 'pending_application',
      patents: [{ number: 'P00202109912', jurisdiction: 'ID' }],
      transferModes: ['non_exclusive_licence', 'joint_development'],
      price: { amount: 500000000, currency: 'IDR' },
      targetCountries: ['ID', 'VN', 'TH', 'PH', 'MY', 'CN'],
    },
    {
      key: 'id-f18',
      org: 'id-o05',
      title: 'Produksi Karagenan Semi-Murni Hemat Air dan Alkali dari Kappaphycus alvarezii',
      summary:
        'Proses pengolahan rumput laut kering menjadi karagenan semi-murni (SRC) dengan daur ulang larutan KOH yang menghemat air dan bahan kimia.',
      description:
        'Rumput laut Kappaphycus alvarezii dimasak dalam larutan KOH 8% pada suhu 75 °C selama 2 jam, lalu larutan alkali bekas disaring dan dipekatkan kembali dengan membran nanofiltrasi agar dapat dipakai ulang hingga lima siklus. Pencucian dilakukan secara berlawanan arah (counter-current) sehingga kebutuhan air turun dari sekitar 80 m³ menjadi 30 m³ per ton produk. Rendemen SRC mencapai 28–32% dengan kekuatan gel di atas 600 g/cm². Produk memenuhi spesifikasi food grade untuk industri daging olahan dan pakan hewan peliharaan. Teknologi ini telah diterapkan di pabrik berkapasitas 3 ton produk per hari di Makassar.',
      applications:
        'Pabrik pengolahan rumput laut, koperasi pembudidaya yang ingin naik kelas menjadi pengolah, dan industri hidrokoloid.',
      advantages:
        'Pemakaian air turun 60%, konsumsi KOH berkurang sekitar 45%, dan beban limbah cair jauh lebih rendah sehingga izin lingkungan lebih mudah diperoleh.',
      fields: ['marine.resources', 'agri.processing', 'chem.green'],
      keywords: ['rumput laut', 'karagenan', 'Kappaphycus', 'hidrokoloid', 'daur ulang alkali'],
      trl: 8,
      ipStatus: 'granted_patent',
      patents: [{ number: 'IDP000072256', jurisdiction: 'ID' }],
      transferModes: ['non_exclusive_licence', 'technical_service'],
      price: { amount: 600000000, currency: 'IDR' },
      targetCountries: ['ID', 'PH', 'MY', 'VN', 'CN'],
    },
    {
      key: 'id-f19',
      org: 'id-o05',
      title: 'Film Kemasan Biodegradable dari Rumput Laut untuk Bumbu dan Kopi Saset',
      summary:
        'Lembaran kemasan berbasis karagenan dan pati singkong yang dapat larut atau terurai secara alami, sebagai pengganti saset plastik berlapis.',
      description:
        'Film dibuat dengan mencampur karagenan, pati singkong termodifikasi, dan gliserol, lalu dicetak dengan metode pengecoran kontinu pada ketebalan 60–80 µm. Film dapat dicetak dengan tinta food grade dan direkatkan dengan panas pada mesin pengemas saset yang ada setelah penyesuaian suhu. Kemasan larut dalam air panas dalam waktu kurang dari 60 detik dan terurai sempurna di tanah dalam sekitar 30 hari. Laju transmisi uap air diturunkan 40% dengan lapisan tipis lilin lebah sehingga umur simpan bumbu kering mencapai 6 bulan. Saat ini tersedia lini percontohan berkapasitas 500 m² film per hari.',
      applications:
        'Kemasan bumbu mi instan, kopi dan gula saset, serta kemasan primer produk kering lainnya.',
      advantages:
        'Menghilangkan sampah plastik saset, terurai di tanah dalam sekitar 30 hari, dan bahan bakunya melimpah di pesisir Indonesia.',
      fields: ['materials.biobased', 'marine.resources'],
      keywords: ['bioplastik', 'kemasan ramah lingkungan', 'rumput laut', 'saset', 'biodegradable'],
      trl: 5,
      ipStatus: 'pending_application',
      patents: [{ number: 'P00202310077', jurisdiction: 'ID' }],
      transferModes: ['joint_development', 'exclusive_licence', 'investment'],
      price: 'negotiable',
      targetCountries: ['ID', 'PH', 'MY', 'TH', 'VN', 'CN'],
    },
    {
      key: 'id-f20',
      org: 'id-o05',
      title: 'Bibit Rumput Laut Unggul dari Kultur Jaringan dan Kebun Bibit Terapung',
      summary:
        'Paket teknologi untuk menghasilkan bibit Kappaphycus yang tumbuh cepat dan lebih tahan penyakit ice-ice melalui kultur jaringan dan aklimatisasi bertahap.',
      description:
        'Eksplan dari thalus terpilih ditumbuhkan di laboratorium selama 8–10 minggu dalam media air laut yang diperkaya nutrien dan zat pengatur tumbuh. Bibit kemudian diaklimatisasi di tangki luar ruangan dan kebun bibit rakit terapung sebelum dibagikan kepada pembudidaya. Laju pertumbuhan harian bibit mencapai 4,5–5,5%, dibanding 2,5–3% pada bibit yang diambil berulang dari hasil panen. Dalam uji di 60 unit budi daya di Sulawesi Selatan dan Nusa Tenggara Timur, serangan ice-ice turun sekitar 50%. Paket ini meliputi SOP laboratorium, desain kebun bibit, dan pelatihan teknisi.',
      applications:
        'Dinas kelautan dan perikanan, balai pembenihan, perusahaan rumput laut, dan koperasi pembudidaya.',
      advantages:
        'Pertumbuhan harian hampir dua kali lipat, produksi kering per siklus naik 30–40%, dan pasokan bibit bebas penyakit tersedia sepanjang tahun.',
      fields: ['agri.aquaculture', 'marine.resources'],
      keywords: ['kultur jaringan', 'bibit rumput laut', 'Kappaphycus', 'ice-ice', 'budi daya laut'],
      trl: 7,
      ipStatus: 'know_how',
      patents: [],
      transferModes: ['technical_service', 'joint_development'],
      price: { amount: 250000000, currency: 'IDR' },
      targetCountries: ['ID', 'PH', 'MY', 'VN', 'TH'],
    },
  ],
  requests: [
    {
      key: 'id-r01',
      org: 'id-o02',
      title: 'Mesin Panen Padi Ringan untuk Lahan Rawa Berlumpur Dalam',
      problem:
        'Lahan rawa pasang surut di Kalimantan Selatan dan Sumatra Selatan memiliki lapisan lumpur hingga 40 cm sehingga mesin pemanen kombinasi (combine harvester) standar sering terperosok. Petani masih memanen dengan sabit dan mengalami susut hasil 10–15% karena panen terlambat dan kekurangan tenaga kerja. Mesin yang tersedia di pasar terlalu berat (di atas 2 ton) dan sulit dipindahkan antarpetak melalui pematang yang sempit. Kami membutuhkan mesin yang ringan namun cukup produktif untuk kelompok tani.',
      outcome:
        'Prototipe atau produk combine harvester ringan dengan roda rantai lebar dan tekanan ke tanah di bawah 15 kPa, berkapasitas sedikitnya 0,2 hektare per jam. Kami ingin mengujinya di 50 hektare lahan rawa pada musim panen berikutnya, lalu merakit atau memproduksinya bersama mitra di Indonesia.',
      fields: ['agri.machinery'],
      keywords: ['mesin panen', 'lahan rawa', 'combine harvester', 'mekanisasi pertanian'],
      minTrl: 6,
      budget: { min: 500000000, max: 1500000000, currency: 'IDR' },
      cooperationModes: ['joint_development', 'non_exclusive_licence'],
      deadlineDays: 150,
      neededCountries: ['CN', 'TH', 'VN'],
      visibility: 'public',
    },
    {
      key: 'id-r02',
      org: 'id-o03',
      title: 'Teknologi Daur Ulang Baterai Litium-Ion Bekas Kendaraan Listrik',
      problem:
        'Mulai 2027 armada baterai tukar kami diperkirakan menghasilkan lebih dari 300 ton baterai LFP dan NMC yang habis masa pakainya setiap tahun. Saat ini belum ada fasilitas daur ulang berskala industri di Indonesia, dan pengiriman ke luar negeri terkendala aturan limbah B3. Kami memerlukan teknologi untuk membongkar baterai dengan aman, menghasilkan black mass, serta memulihkan litium, nikel, dan kobalt. Proses juga harus memenuhi baku mutu emisi dan limbah cair yang berlaku di Indonesia.',
      outcome:
        'Lisensi teknologi atau usaha patungan untuk pabrik daur ulang berkapasitas awal 3.000 ton per tahun dengan perolehan litium di atas 85% serta nikel dan kobalt di atas 95%. Mitra diharapkan menyediakan desain proses, peralatan utama, dan pelatihan operator.',
      fields: ['env.waste', 'energy.storage', 'resources.mineral_processing'],
      keywords: ['daur ulang baterai', 'black mass', 'litium', 'hidrometalurgi', 'ekonomi sirkular'],
      minTrl: 7,
      budget: { min: 2000000, max: 8000000, currency: 'USD' },
      cooperationModes: ['exclusive_licence', 'joint_development', 'investment'],
      deadlineDays: 200,
      neededCountries: ['CN'],
      visibility: 'public',
    },
    {
      key: 'id-r03',
      org: 'id-o05',
      title: 'Pengering Rumput Laut Hemat Energi untuk Musim Hujan',
      problem:
        'Pembudidaya di Sulawesi Selatan mengeringkan rumput laut dengan menjemurnya di para-para atau terpal selama 3–4 hari. Pada musim hujan waktu pengeringan bisa mencapai seminggu, kadar air sulit turun di bawah 35%, dan mutu menurun karena jamur serta kotoran pasir. Akibatnya harga jual dapat turun hingga 30%. Kami mencari pengering yang dapat dioperasikan di desa pesisir dengan pasokan listrik terbatas.',
      outcome:
        'Pengering berkapasitas 1–2 ton rumput laut basah per batch yang memanfaatkan tenaga surya, biomassa (misalnya tempurung kelapa), atau pompa kalor, dengan waktu pengeringan di bawah 24 jam. Kami berencana memasang 10 unit percontohan di sentra budi daya bersama koperasi mitra.',
      fields: ['agri.processing', 'energy.solar', 'energy.efficiency'],
      keywords: ['pengering', 'rumput laut', 'tenaga surya', 'pascapanen', 'pompa kalor'],
      minTrl: 6,
      budget: { min: 300000000, max: 900000000, currency: 'IDR' },
      cooperationModes: ['non_exclusive_licence', 'technical_service'],
      deadlineDays: 120,
      neededCountries: ['CN', 'PH', 'MY', 'TH'],
      visibility: 'public',
    },
    {
      key: 'id-r04',
      org: 'id-o04',
      title: 'Kit Uji Lapangan Penyakit Udang (AHPND, WSSV, EHP) untuk Petambak Kecil',
      problem:
        'Wabah AHPND dan infeksi EHP menyebabkan kematian massal dan pertumbuhan lambat di tambak udang vaname di Jawa Timur. Petambak kecil harus mengirim sampel ke laboratorium di kota dan menunggu 3–5 hari, padahal keputusan panen darurat atau perlakuan air perlu diambil dalam hitungan jam. Uji PCR konvensional juga terlalu mahal untuk pemantauan rutin mingguan. Laboratorium kami ingin menyediakan layanan uji cepat keliling.',
      outcome:
        'Kit uji isotermal atau berbasis CRISPR yang dapat dijalankan di lapangan dalam waktu kurang dari satu jam untuk sedikitnya tiga patogen utama, dengan biaya di bawah Rp50.000 per sampel. Kami terbuka untuk lisensi, produksi kit secara lokal, atau pengembangan bersama dengan validasi di tambak mitra.',
      fields: ['agri.aquaculture', 'bio.diagnostics'],
      keywords: ['penyakit udang', 'AHPND', 'WSSV', 'uji cepat', 'tambak'],
      minTrl: 5,
      budget: { min: 250000000, max: 750000000, currency: 'IDR' },
      cooperationModes: ['non_exclusive_licence', 'joint_development'],
      deadlineDays: 90,
      neededCountries: ['CN', 'TH', 'VN', 'MY'],
      visibility: 'public',
    },
    {
      key: 'id-r05',
      org: 'id-o01',
      title: 'Uji Diagnostik Dengue Berbasis Kertas untuk Puskesmas',
      problem:
        'Dinas kesehatan kabupaten mitra kami di Jawa Barat mencatat lonjakan kasus demam berdarah setiap musim hujan, sementara banyak puskesmas tidak memiliki laboratorium untuk uji NS1 atau pemeriksaan trombosit berkala. Tes cepat yang ada relatif mahal dan sensitivitasnya menurun setelah hari kelima demam. Keterlambatan diagnosis membuat rujukan pasien berat ke rumah sakit sering terlambat. Tim riset kami mencari teknologi yang dapat dikembangkan bersama dan diproduksi di dalam negeri.',
      outcome:
        'Perangkat uji berbasis kertas atau aliran lateral yang mendeteksi antigen NS1 serta antibodi IgM/IgG sekaligus, dapat dibaca dengan ponsel, dan stabil pada suhu tropis tanpa rantai dingin. Target biaya di bawah USD 2 per tes dengan sensitivitas di atas 90% pada fase akut.',
      fields: ['bio.diagnostics', 'health_society.public_health'],
      keywords: ['demam berdarah', 'dengue', 'NS1', 'tes cepat', 'puskesmas'],
      minTrl: 4,
      budget: { min: 50000, max: 200000, currency: 'USD' },
      cooperationModes: ['joint_development', 'non_exclusive_licence'],
      deadlineDays: 180,
      neededCountries: ['CN', 'MY', 'SG', 'TH', 'VN'],
      visibility: 'anonymous',
    },
    {
      key: 'id-r06',
      org: 'id-o03',
      title: 'Pemanfaatan Terak Nikel dan Residu HPAL sebagai Bahan Bangunan',
      problem:
        'Smelter nikel di kawasan industri tempat kami beroperasi menghasilkan jutaan ton terak feronikel dan residu pelindian asam bertekanan tinggi setiap tahun. Penimbunan memerlukan lahan luas dan menimbulkan risiko lingkungan serta sosial. Sebagian terak berpotensi dipakai sebagai agregat atau bahan campuran semen, tetapi perlu kajian kestabilan volume dan pelindian logam berat. Kebutuhan ini sensitif secara komersial karena terkait negosiasi dengan pemilik smelter.',
      outcome:
        'Teknologi teruji untuk mengolah terak menjadi agregat beton, bata, atau bahan campuran semen yang memenuhi SNI, dengan kapasitas minimal 500.000 ton per tahun. Mitra diharapkan mendukung uji pelindian, desain pabrik, dan sertifikasi produk.',
      fields: ['materials.construction', 'env.waste', 'resources.mineral_processing'],
      keywords: ['terak nikel', 'residu HPAL', 'agregat', 'limbah industri', 'bahan bangunan'],
      minTrl: 6,
      budget: null,
      cooperationModes: ['joint_development', 'investment', 'technical_service'],
      deadlineDays: 240,
      neededCountries: ['CN'],
      visibility: 'operators_only',
    },
    {
      key: 'id-r07',
      org: 'id-o02',
      title: 'Fermentasi Biji Kakao Terkendali dengan Kultur Starter untuk Petani',
      problem:
        'Sebagian besar kakao petani di Sulawesi dan Sumatra dijual tanpa fermentasi atau dengan fermentasi yang tidak seragam, sehingga cita rasanya lemah dan harganya lebih rendah. Petani enggan memfermentasi selama 5–6 hari karena menambah pekerjaan dan hasilnya tidak pasti. Kami ingin menyediakan kultur starter khamir dan bakteri asam laktat serta kotak fermentasi sederhana yang mempersingkat dan menyeragamkan proses.',
      outcome:
        'Kultur starter kering yang stabil pada suhu ruang minimal 6 bulan dan mampu mempersingkat fermentasi menjadi 3–4 hari dengan indeks fermentasi di atas 1. Kami mencari lisensi atau kerja sama produksi starter di Bogor serta uji coba di 20 kelompok tani.',
      fields: ['agri.processing', 'bio.industrial'],
      keywords: ['kakao', 'fermentasi', 'kultur starter', 'pascapanen', 'cita rasa'],
      minTrl: 5,
      budget: { min: 200000000, max: 600000000, currency: 'IDR' },
      cooperationModes: ['non_exclusive_licence', 'joint_development'],
      deadlineDays: 120,
      neededCountries: ['CN', 'MY', 'VN', 'PH'],
      visibility: 'public',
    },
    {
      key: 'id-r08',
      org: 'id-o04',
      title: 'Otomasi Gerbang Terminal dengan Pengenalan Nomor Peti Kemas dan Pelat Truk',
      problem:
        'Sebuah terminal peti kemas mitra kami di Jawa Timur masih mencatat nomor peti kemas, segel, dan pelat truk secara manual di gerbang. Setiap transaksi memakan waktu 3–4 menit sehingga terjadi antrean panjang pada jam sibuk, dan kesalahan input menyulitkan pelacakan. Kamera yang ada belum terintegrasi dengan sistem operasi terminal. Pemilik terminal meminta identitasnya tidak dipublikasikan pada tahap awal.',
      outcome:
        'Sistem gerbang otomatis dengan kamera dan pengenalan karakter optik berbasis AI yang membaca nomor peti kemas ISO 6346 dan pelat nomor serta mendeteksi kerusakan fisik peti kemas, dengan akurasi di atas 98%. Waktu proses per truk ditargetkan di bawah 60 detik, terintegrasi melalui API dengan sistem terminal yang ada.',
      fields: ['transport.ports', 'ict.ai'],
      keywords: ['gerbang otomatis', 'OCR', 'peti kemas', 'pelabuhan pintar', 'visi komputer'],
      minTrl: 7,
      budget: { min: 150000, max: 400000, currency: 'USD' },
      cooperationModes: ['technical_service', 'non_exclusive_licence'],
      deadlineDays: 100,
      neededCountries: ['CN', 'SG', 'MY'],
      visibility: 'anonymous',
    },
  ],
};

export default pack;
