import type { DemoPack } from './types.ts';

/** Filipino demo pack: fictional Philippine organisations, written in Filipino (with common Taglish technical terms). */
const pack: DemoPack = {
  lang: 'fil',
  organizations: [
    {
      key: 'fil-o01',
      country: 'PH',
      region: 'Maynila, Metro Manila',
      type: 'university',
      website: 'https://ptk-manila.example',
      names: {
        fil: 'Pamantasang Teknolohikal ng Kamaynilaan',
        en: 'Metro Manila Technological University',
      },
      description:
        'Pampublikong pamantasan sa Maynila na nakatuon sa inhenyeriya, disaster resilience, at digital na ekonomiya. Ang Technology Transfer Office nito ay may hawak na mahigit 70 patent, utility model, at software copyright. Aktibo itong nakikipagtulungan sa mga katuwang na unibersidad at kumpanya sa Tsina at sa iba pang bansa sa ASEAN.',
    },
    {
      key: 'fil-o02',
      country: 'PH',
      region: 'Los Baños, Laguna',
      type: 'research_institute',
      website: 'https://sutra-losbanos.example',
      names: {
        fil: 'Surian ng Pananaliksik sa Agrikulturang Tropikal – Los Baños',
        en: 'Los Baños Tropical Agriculture Research Institute',
      },
      description:
        'Pribado at non-profit na institusyon ng pananaliksik sa Los Baños na bumubuo ng mga bagong barayti ng palay, teknolohiya sa niyog, at mga pamamaraang pangkalikasan para sa maliliit na magsasaka. Mayroon itong 150 ektaryang experimental farm at akreditadong laboratoryo para sa pagsusuri ng lupa at halaman.',
    },
    {
      key: 'fil-o03',
      country: 'PH',
      region: 'Lungsod ng Cebu, Cebu',
      type: 'sme',
      website: 'https://kalinaw-marine.example',
      names: {
        fil: 'Kalinaw Marine Products, Inc.',
        en: 'Kalinaw Marine Products, Inc.',
      },
      description:
        'Katamtamang-laking kumpanya sa Cebu na nagpoproseso ng seaweed at niyog para sa lokal at export na merkado. Katuwang nito ang humigit-kumulang 2,000 seaweed farmer sa Visayas at Mindanao. May sarili itong R&D unit para sa mga bagong produkto at makinarya.',
    },
    {
      key: 'fil-o04',
      country: 'PH',
      region: 'Lungsod ng Davao, Davao del Sur',
      type: 'incubator',
      website: 'https://mindanao-agrihub.example',
      names: {
        fil: 'Sentro ng Inobasyong Pang-agrikultura ng Mindanao',
        en: 'Mindanao Agri-Innovation Hub',
      },
      description:
        'Incubator at technology business center sa Davao na sumusuporta sa mga startup at kooperatiba sa agrikultura at enerhiya sa Mindanao. Tumutulong ito sa pag-develop, pag-test, at pag-commercialize ng mga teknolohiya para sa abaka, saging, cacao, at renewable energy.',
    },
  ],
  offers: [
    {
      key: 'fil-f01',
      org: 'fil-o01',
      title: 'Bahay na Matibay sa Bagyo: Light-Gauge Steel Frame na may Coco-Fiber Cement Board',
      summary:
        'Prefabricated na sistema ng pabahay na kayang tumagal sa hanging hanggang 250 km/h, gamit ang light-gauge steel frame at mga panel na gawa sa hibla ng niyog at semento.',
      description:
        'Ang frame ay gawa sa galvanized na light-gauge steel na pinagdudugtong ng turnilyo at hurricane strap mula bubong hanggang pundasyon, kaya hindi natutuklap ang bubong kapag malakas ang hangin. Ang mga dingding ay coco-fiber cement board na 12 mm ang kapal, na 30% na mas magaan kaysa hollow block at hindi inaanay. May hip design at 30-degree na slope ang bubong upang mabawasan ang uplift force. Sa wind tunnel test, nanatiling buo ang prototype sa bilis ng hangin na katumbas ng super typhoon. Kayang buuin ng anim na manggagawa ang isang 36 m² na bahay sa loob ng limang araw, at mahigit 800 unit na ang naitayo sa Eastern Visayas at Bicol.',
      applications:
        'Resettlement at pabahay pagkatapos ng kalamidad, mga paaralan at health center sa mga lugar na madalas daanan ng bagyo, at murang pabahay sa mga probinsya.',
      advantages:
        'Tumatagal sa hanging 250 km/h, 25% na mas mura kaysa sa konkretong bahay na kapareho ang sukat, at halos doble ang bilis ng konstruksiyon.',
      fields: ['construction.housing', 'construction.disaster', 'materials.construction'],
      keywords: ['bahay na matibay sa bagyo', 'prefabricated', 'light-gauge steel', 'coco-fiber board', 'pabahay'],
      trl: 8,
      ipStatus: 'utility_model',
      patents: [{ number: 'PH22019000456U1', jurisdiction: 'PH' }],
      transferModes: ['non_exclusive_licence', 'technical_service'],
      price: { amount: 1500000, currency: 'PHP' },
      targetCountries: ['PH', 'VN', 'ID', 'MM', 'CN'],
    },
    {
      key: 'fil-f02',
      org: 'fil-o01',
      title: 'Storm Surge Early Warning System na Gumagamit ng Tide Gauge at Machine Learning',
      summary:
        'Sistemang nagtataya ng taas ng daluyong (storm surge) sa bawat baybaying barangay hanggang 24 oras bago mag-landfall ang bagyo.',
      description:
        'Pinagsasama ng sistema ang datos mula sa mga murang radar tide gauge, forecast track ng bagyo, at mataas na resolusyong mapa ng baybayin. Isang machine learning model na sinanay sa libu-libong simulation ng numerical surge model ang naglalabas ng resulta sa loob ng dalawang minuto, kumpara sa ilang oras kung numerical model lamang ang gagamitin. Ang output ay mapa ng inaasahang pagbaha sa bawat barangay at mga inirerekomendang evacuation zone. Ipinapadala ang mga babala sa pamamagitan ng SMS, mobile app, at dashboard ng lokal na disaster risk reduction office. Sa retrospective test sa 12 nakaraang bagyo, 0.35 metro ang average na error sa taas ng daluyong.',
      applications:
        'Mga lokal na pamahalaan sa baybayin, mga ahensya ng panahon at disaster management, at mga pantalan at industrial zone sa tabing-dagat.',
      advantages:
        'Dalawang minuto lamang ang bawat forecast run, may lead time na hanggang 24 oras, at ang bawat tide gauge station ay nagkakahalaga ng wala pang 20% ng karaniwang imported na istasyon.',
      fields: ['construction.disaster', 'marine.observation', 'ict.ai'],
      keywords: ['storm surge', 'daluyong', 'early warning', 'tide gauge', 'machine learning'],
      trl: 7,
      ipStatus: 'software_copyright',
      patents: [],
      transferModes: ['non_exclusive_licence', 'technical_service', 'joint_development'],
      price: { amount: 3500000, currency: 'PHP' },
      targetCountries: ['PH', 'VN', 'MM', 'ID', 'TH', 'CN'],
    },
    {
      key: 'fil-f03',
      org: 'fil-o01',
      title: 'Retrofit Kit para Gawing De-kuryente ang Tradisyonal na Jeepney',
      summary:
        'Kumpletong kit na may electric motor, LFP battery pack, at controller para i-convert ang lumang diesel na jeepney bilang e-jeepney nang hindi pinapalitan ang buong katawan.',
      description:
        'Kasama sa kit ang 60 kW na permanent magnet motor, 70 kWh na LFP battery pack na may battery management system, at vehicle control unit na naka-tune para sa stop-and-go na pasada sa lungsod. Ginagamit muli ang chassis, katawan, at differential ng jeepney, kaya nananatili ang itsura nito at ang kapasidad na 22 pasahero. Natatapos ang conversion sa loob ng 10 araw sa isang accredited na talyer. Sa pilot na 15 unit sa Quezon City, umaabot sa 140 km ang takbo bawat charge at bumaba nang 60% ang gastos sa enerhiya kada kilometro kumpara sa diesel. May telematics din para sa pagmo-monitor ng battery health at ruta.',
      applications:
        'Mga kooperatiba at korporasyon ng jeepney at tricycle, fleet ng LGU, at mga shuttle sa economic zone at campus.',
      advantages:
        'Halos 40% na mas mura kaysa sa pagbili ng bagong modern jeepney, 60% na tipid sa enerhiya, at walang tailpipe emission.',
      fields: ['transport.ev', 'energy.storage'],
      keywords: ['e-jeepney', 'de-kuryenteng sasakyan', 'retrofit', 'PUV modernization', 'LFP battery'],
      trl: 7,
      ipStatus: 'pending_application',
      patents: [{ number: 'PH1-2022-050123', jurisdiction: 'PH' }],
      transferModes: ['non_exclusive_licence', 'joint_development', 'investment'],
      price: 'negotiable',
      targetCountries: ['PH', 'ID', 'VN', 'TH', 'KH'],
    },
    {
      key: 'fil-f04',
      org: 'fil-o01',
      title: 'Dengue Vector Surveillance gamit ang Smart Ovitrap at Image Recognition',
      summary:
        'Murang ovitrap na may kamera at AI na awtomatikong nagbibilang ng itlog ng lamok na Aedes, para matukoy agad ang mga barangay na mataas ang panganib ng dengue.',
      description:
        'Bawat smart ovitrap ay may paddle na pinangingitlugan ng lamok at maliit na kamera na kumukuha ng larawan araw-araw. Isang image recognition model ang nagbibilang ng itlog nang may 93% na katumpakan kumpara sa manwal na pagbilang sa mikroskopyo. Ipinapadala ang datos sa isang cloud dashboard na nagpapakita ng ovitrap index ng bawat barangay at nagbibigay ng babala kapag lumampas ito sa threshold. Pinagsasama rin ito sa ulat ng mga kaso mula sa mga health center para matukoy ang mga hotspot. Sa pilot sa 40 barangay sa Metro Manila, natukoy ang pagdami ng lamok dalawa hanggang tatlong linggo bago tumaas ang bilang ng kaso.',
      applications: 'City at municipal health office, mga programa laban sa dengue, at mga paaralan at ospital.',
      advantages:
        'Nababawasan nang 80% ang oras ng health worker sa pagbilang ng itlog, at may babala dalawa hanggang tatlong linggo bago ang outbreak.',
      fields: ['health_society.public_health', 'ict.ai', 'ict.iot'],
      keywords: ['dengue', 'ovitrap', 'lamok', 'image recognition', 'surveillance'],
      trl: 7,
      ipStatus: 'software_copyright',
      patents: [],
      transferModes: ['non_exclusive_licence', 'technical_service'],
      price: { amount: 1200000, currency: 'PHP' },
      targetCountries: ['PH', 'ID', 'MY', 'VN', 'TH', 'KH', 'LA', 'MM'],
    },
    {
      key: 'fil-f05',
      org: 'fil-o01',
      title: 'Digital na Imbentaryo at Ordering App para sa mga Sari-Sari Store',
      summary:
        'Mobile app na tumutulong sa may-ari ng sari-sari store na subaybayan ang paninda, umorder nang direkta sa distributor, at tumanggap ng bayad sa e-wallet.',
      description:
        'Ginagamit ng app ang camera ng cellphone para i-scan ang barcode o kilalanin ang produkto kahit walang barcode, gamit ang on-device na AI. Awtomatikong nababawasan ang imbentaryo sa bawat benta, at nagmumungkahi ang sistema kung kailan at ilan ang dapat i-reorder batay sa nakaraang benta. Nakakonekta ito sa mga distributor para sa direktang pag-order at delivery, pati na sa mga e-wallet at QR payment. Gumagana ito kahit offline at nagsi-sync kapag may signal. Mahigit 12,000 tindahan sa Luzon at Visayas na ang gumagamit nito, at maaaring gamitin ang datos ng benta para sa micro-credit scoring.',
      applications:
        'Mga distributor ng consumer goods, mga fintech at microfinance, at mga kooperatiba ng maliliit na tindahan.',
      advantages:
        'Tumaas nang average na 18% ang benta ng mga tindahang gumagamit nito dahil nabawasan ang out-of-stock, at 30% na mas mabilis ang pag-order.',
      fields: ['ict.ecommerce', 'ict.software'],
      keywords: ['sari-sari store', 'imbentaryo', 'e-wallet', 'micro-retail', 'fintech'],
      trl: 9,
      ipStatus: 'software_copyright',
      patents: [],
      transferModes: ['non_exclusive_licence', 'investment'],
      price: { amount: 2000000, currency: 'PHP' },
      targetCountries: ['PH', 'ID', 'VN', 'TH', 'MY', 'KH'],
    },
    {
      key: 'fil-f06',
      org: 'fil-o02',
      title: 'Barayti ng Palay na Matibay sa Tagtuyot at Maagang Anihin',
      summary:
        'Inbred na barayti ng palay na naaani sa loob ng 105 araw at may magandang ani kahit sa rainfed na palayang madalas tamaan ng tagtuyot.',
      description:
        'Binuo ang barayti sa pamamagitan ng marker-assisted breeding upang pagsamahin ang mga QTL para sa drought tolerance at ang isang sikat na barayting mataas ang kalidad ng kanin. Sa multi-location trial sa 16 na lugar sa Luzon at Mindanao sa loob ng apat na season, umabot sa 4.8 tonelada kada ektarya ang ani sa rainfed na kondisyon, 25% na mas mataas kaysa sa karaniwang barayti. Dahil 105 araw lamang ang edad nito, naaani ito bago dumating ang matinding tagtuyot o ang mga bagyo sa huling bahagi ng season. Malambot at mabango ang kanin, na may intermediate na amylose content. Rehistrado na ito bilang rekomendadong barayti at may seed production protocol para sa mga seed grower.',
      applications:
        'Mga seed grower, mga programa ng pamahalaan para sa rainfed na palayan, at mga bansang may katulad na klima sa Timog-Silangang Asya.',
      advantages:
        '25% na mas mataas na ani sa panahon ng tagtuyot, 10–15 araw na mas maikling edad, at mas kaunting tubig na kailangan.',
      fields: ['agri.crops', 'env.climate'],
      keywords: ['palay', 'barayti', 'tagtuyot', 'rainfed', 'marker-assisted breeding'],
      trl: 8,
      ipStatus: 'know_how',
      patents: [],
      transferModes: ['non_exclusive_licence', 'joint_development'],
      price: { amount: 800000, currency: 'PHP' },
      targetCountries: ['PH', 'ID', 'VN', 'KH', 'LA', 'MM', 'TH'],
    },
    {
      key: 'fil-f07',
      org: 'fil-o02',
      title: 'Pinagsamang Pagproseso ng Coco Sap Sugar at Virgin Coconut Oil para sa mga Kooperatiba',
      summary:
        'Pakete ng kagamitan at proseso para sa maliit na planta na gumagawa ng coco sugar mula sa tuba at ng VCO gamit ang centrifuge, na angkop sa antas ng barangay.',
      description:
        'Kinokolekta ang sariwang tuba sa malilinis na lalagyan na may kaunting food-grade na apog (calcium hydroxide) upang mapabagal ang fermentation. Niluluto ang tuba sa double-jacketed na kawa sa isang pinahusay na pugon na ginagatungan ng bao at bunot, hanggang maging granulated na asukal. Para sa VCO, gumagamit ng low-speed na centrifuge na naghihiwalay ng langis mula sa gata nang walang init, na may recovery na 85–90%. Kayang iproseso ng isang planta ang 1,000 niyog at 500 litro ng tuba kada araw. Kasama sa teknolohiya ang manwal na batay sa HACCP at pagsasanay ng mga operator.',
      applications:
        'Mga kooperatiba ng magniniyog, maliliit na food processor, at mga programang pangkabuhayan sa mga probinsyang maraming niyog.',
      advantages:
        'Maaaring tumaas nang tatlo hanggang limang beses ang kita ng magsasaka kada puno kumpara sa pagbebenta ng kopra, at 30% na mas kaunting panggatong ang kailangan ng pinahusay na pugon.',
      fields: ['agri.processing', 'energy.efficiency'],
      keywords: ['coco sugar', 'tuba', 'virgin coconut oil', 'niyog', 'kooperatiba'],
      trl: 9,
      ipStatus: 'utility_model',
      patents: [{ number: 'PH22018000789U1', jurisdiction: 'PH' }],
      transferModes: ['technical_service', 'non_exclusive_licence'],
      price: { amount: 650000, currency: 'PHP' },
      targetCountries: ['PH', 'ID', 'VN', 'TH', 'MY', 'MM'],
    },
    {
      key: 'fil-f08',
      org: 'fil-o02',
      title: 'Biological Control ng Cocolisap gamit ang Parasitoid na Putakti',
      summary:
        'Sistema ng mass rearing at pagpapakawala ng maliit na parasitoid na putakti para makontrol ang coconut scale insect (cocolisap) nang hindi gumagamit ng kemikal.',
      description:
        'Pinaparami sa laboratoryo ang parasitoid na Comperiella calauanica gamit ang cocolisap na inaalagaan sa kalabasa o sa mga punla ng niyog sa loob ng screenhouse. Ang isang rearing unit na 50 m² ay nakakapag-produce ng humigit-kumulang 200,000 adult na parasitoid kada buwan. Pinapakawalan ang mga ito sa mga apektadong niyugan kasabay ng pagputol sa mga dahong matindi ang pinsala. Sa mga pilot area sa CALABARZON at Basilan, bumaba nang higit 90% ang infestation sa loob ng 8–12 buwan at bumalik ang produksyon ng niyog sa loob ng dalawang taon. Kasama sa package ang mga protocol sa monitoring at pagsasanay ng mga technician.',
      applications:
        'Mga ahensyang pang-agrikultura, mga kooperatiba ng magniniyog, at mga plantasyon ng niyog at oil palm na may problema sa scale insect.',
      advantages:
        'Walang pestisidyong residue, mas mababa ang gastos kada ektarya kumpara sa trunk injection ng insecticide, at pangmatagalan ang kontrol dahil dumarami ang parasitoid sa bukid.',
      fields: ['agri.protection'],
      keywords: ['cocolisap', 'biological control', 'parasitoid', 'niyog', 'scale insect'],
      trl: 8,
      ipStatus: 'know_how',
      patents: [],
      transferModes: ['technical_service', 'joint_development'],
      price: { amount: 500000, currency: 'PHP' },
      targetCountries: ['PH', 'ID', 'MY', 'VN', 'TH'],
    },
    {
      key: 'fil-f09',
      org: 'fil-o02',
      title: 'Biochar mula sa Ipa at Organic Fertilizer gamit ang Continuous Carbonizer',
      summary:
        'Tuloy-tuloy na carbonizer ng ipa na gumagawa ng biochar para sa lupa at ginagamit ang init nito sa pagpapatuyo ng palay.',
      description:
        'May tornilyo ang kiln na nagpapasok ng ipa sa isang silindrong may kontroladong daloy ng hangin, kaya pare-pareho ang temperaturang 450–550 °C at kaunti ang usok. Nakapagpoproseso ito ng 300 kg na ipa kada oras at nakagagawa ng humigit-kumulang 90 kg na biochar. Idinadaan ang mainit na hangin mula sa kiln sa isang heat exchanger para patuyuin ang palay sa katabing flatbed dryer. Hinahalo ang biochar sa compost at dumi ng hayop upang makagawa ng organic fertilizer na nagpapataas sa kakayahan ng lupa na humawak ng tubig at sustansya. Sa mga field trial, tumaas nang 10–15% ang ani ng palay at gulay at nabawasan nang 20% ang kailangang inorganic fertilizer.',
      applications:
        'Mga rice mill at kooperatiba, mga gumagawa ng organic fertilizer, at mga proyekto ng carbon removal sa agrikultura.',
      advantages:
        'Halos walang usok kumpara sa open burning ng ipa, hindi na kailangan ng ibang panggatong sa pagpapatuyo ng palay, at may dagdag na kita mula sa biochar.',
      fields: ['chem.fertilizers', 'env.climate', 'energy.biomass'],
      keywords: ['biochar', 'ipa', 'carbonizer', 'organic fertilizer', 'carbon removal'],
      trl: 8,
      ipStatus: 'utility_model',
      patents: [{ number: 'PH22020000312U1', jurisdiction: 'PH' }],
      transferModes: ['non_exclusive_licence', 'technical_service'],
      price: { amount: 900000, currency: 'PHP' },
      targetCountries: ['PH', 'VN', 'TH', 'KH', 'MM', 'LA', 'ID'],
    },
    {
      key: 'fil-f10',
      org: 'fil-o03',
      title: 'Liquid Biostimulant mula sa Katas ng Kappaphycus Seaweed',
      summary:
        'Proseso ng pagkuha at pag-stabilize ng katas ng sariwang Kappaphycus para gawing foliar biostimulant, habang ginagamit pa rin ang natirang pulp sa paggawa ng carrageenan.',
      description:
        'Dinudurog ang sariwang seaweed sa loob ng anim na oras mula nang anihin at pinipiga sa screw press para makuha ang katas na mayaman sa potassium, cytokinin, at iba pang compound na nagpapalago ng halaman. Sinasala ang katas, nilalagyan ng food-grade na preservative, at inaayos ang pH upang tumagal ito nang 12 buwan nang hindi nasisira. Ini-spray ito sa dahon ng palay, mais, at gulay sa dilution na 1:100 hanggang 1:200. Sa mga field trial sa mahigit 500 ektaryang palayan, tumaas nang 8–18% ang ani. Pinatutuyo ang natirang pulp at ibinebenta sa mga gumagawa ng carrageenan, kaya walang nasasayang.',
      applications:
        'Mga gumagawa ng fertilizer at biostimulant, malalaking taniman ng palay at gulay, at mga kooperatiba ng seaweed farmer na gustong magdagdag ng produkto.',
      advantages:
        'Dagdag na 20–30% na kita para sa seaweed farmer, 8–18% na mas mataas na ani ng pananim, at mababang gastos ng aplikasyon kada ektarya.',
      fields: ['agri.cultivation', 'marine.resources', 'chem.fertilizers'],
      keywords: ['seaweed', 'biostimulant', 'Kappaphycus', 'foliar fertilizer', 'carrageenan'],
      trl: 8,
      ipStatus: 'granted_patent',
      patents: [{ number: 'PH12018500987B1', jurisdiction: 'PH' }],
      transferModes: ['non_exclusive_licence', 'exclusive_licence'],
      price: { amount: 2500000, currency: 'PHP' },
      targetCountries: ['PH', 'ID', 'MY', 'VN', 'TH', 'CN'],
    },
    {
      key: 'fil-f11',
      org: 'fil-o03',
      title: 'Coco Coir Geotextile Net para sa Slope Protection at Pagkontrol ng Erosion',
      summary:
        'Lambat na hinabi mula sa hibla ng bunot ng niyog na inilalatag sa mga dalisdis, pampang ng ilog, at gilid ng kalsada upang pigilan ang pagguho habang tumutubo ang mga halaman.',
      description:
        'Dinudurog ang bunot at pinaghihiwalay ang hibla sa isang decorticating machine, saka pinipilipit bilang lubid at hinahabi sa handloom o semi-automatic na loom bilang lambat na may bigat na 400–900 g/m². Inilalatag at ipinapako ang lambat sa dalisdis, at tinatamnan ng damo o vetiver ang pagitan ng mga butas. Sa loob ng dalawa hanggang tatlong taon, unti-unting nabubulok ang lambat habang kumakapit na ang mga ugat ng halaman sa lupa. Community-based ang produksyon, kaya nagbibigay ito ng kabuhayan sa kababaihan at sa mga magniniyog. Mahigit 1.5 milyong metro kuwadrado na ang nailatag sa mga proyekto ng kalsada at flood control sa Visayas.',
      applications:
        'Mga proyekto ng kalsada at flood control, mga minahang nire-rehabilitate, at proteksyon ng pampang ng ilog at baybayin.',
      advantages:
        'Nababawasan nang hanggang 90% ang pagguho ng lupa sa unang tag-ulan, 40–60% na mas mura kaysa sa synthetic geotextile, at biodegradable.',
      fields: ['materials.biobased', 'construction.infrastructure', 'env.soil'],
      keywords: ['coco coir', 'geotextile', 'bunot', 'erosion control', 'slope protection'],
      trl: 9,
      ipStatus: 'know_how',
      patents: [],
      transferModes: ['technical_service', 'non_exclusive_licence'],
      price: { amount: 750000, currency: 'PHP' },
      targetCountries: ['PH', 'ID', 'VN', 'MY', 'TH', 'LA'],
    },
    {
      key: 'fil-f12',
      org: 'fil-o03',
      title: 'Pagmo-monitor ng Seaweed Farm at Maagang Pagtukoy ng Ice-Ice gamit ang Drone',
      summary:
        'Serbisyong gumagamit ng drone na may multispectral camera para imapa ang mga seaweed farm, tantiyahin ang biomass, at makita nang maaga ang sakit na ice-ice.',
      description:
        'Lumilipad ang drone sa taas na 60–80 metro tuwing low tide at kumukuha ng multispectral na larawan ng mga linya ng seaweed. Isang deep learning model ang naghihiwalay sa bawat linya at tumatantiya ng biomass batay sa kulay at densidad, na may error na mas mababa sa 15% kumpara sa aktuwal na timbang. Minamarkahan bilang posibleng ice-ice ang mga bahaging pumuputi o nagbabago ang kulay, at isinasaalang-alang din ang temperatura ng tubig mula sa mga sensor. Natatanggap ng mga magsasaka at ng buyer ang mapa at mga alerto sa isang mobile app sa loob ng 24 oras. Kasalukuyan itong sinusubukan sa 300 ektarya ng seaweed farm sa Bohol at Tawi-Tawi.',
      applications:
        'Mga processor at exporter ng seaweed, mga kooperatiba ng seaweed farmer, at mga ahensyang nagbibigay ng crop insurance.',
      advantages:
        'Natutukoy ang ice-ice nang 5–7 araw na mas maaga kaysa sa pagtingin lamang ng mata, kaya naaani o nalilipat ang seaweed bago lumala ang pinsala.',
      fields: ['space.drones', 'marine.resources', 'agri.aquaculture'],
      keywords: ['drone', 'seaweed farm', 'ice-ice', 'multispectral', 'biomass'],
      trl: 6,
      ipStatus: 'software_copyright',
      patents: [],
      transferModes: ['technical_service', 'joint_development'],
      price: 'negotiable',
      targetCountries: ['PH', 'ID', 'MY', 'VN'],
    },
    {
      key: 'fil-f13',
      org: 'fil-o04',
      title: 'Portable na Abaca Stripping Machine na may Adjustable na Kutsilyo',
      summary:
        'Magaan na makinang panghagot ng hibla ng abaka na pinapatakbo ng maliit na makina at madaling dalhin sa bundok, na nagpapataas ng output at grado ng hibla.',
      description:
        'May umiikot na drum at spring-loaded na kutsilyo ang makina na naa-adjust ang presyon, kaya pare-pareho ang linis ng hibla at mas kaunti ang nasasayang. Pinapatakbo ito ng 7 hp na gasoline engine o electric motor at 45 kg lamang ang bigat, kaya kayang buhatin ng dalawang tao papunta sa taniman sa bundok. Nakapag-i-strip ito ng humigit-kumulang 30 kg na tuyong hibla kada araw, kumpara sa 8–12 kg sa manwal na paghagot. Umaabot sa mas mataas na grado ang hibla dahil malinis na natatanggal ang pulp. Mahigit 150 unit na ang ginagamit ng mga magsasaka sa Davao, Bukidnon, at Catanduanes.',
      applications:
        'Mga magsasaka at kooperatiba ng abaka, mga gumagawa ng makinaryang pang-agrikultura, at mga programang pangkabuhayan sa kabundukan.',
      advantages:
        'Dalawa hanggang tatlong beses na mas mataas ang output, mas mataas ang grado at presyo ng hibla, at nababawasan ang pagod at aksidente sa manwal na pag-strip.',
      fields: ['agri.machinery', 'manuf.textiles'],
      keywords: ['abaka', 'stripping machine', 'hibla', 'makinarya', 'Manila hemp'],
      trl: 8,
      ipStatus: 'utility_model',
      patents: [{ number: 'PH22021000144U1', jurisdiction: 'PH' }],
      transferModes: ['non_exclusive_licence', 'technical_service'],
      price: { amount: 450000, currency: 'PHP' },
      targetCountries: ['PH', 'ID', 'VN', 'LA'],
    },
    {
      key: 'fil-f14',
      org: 'fil-o04',
      title: 'Mabilis na LAMP Test para sa Fusarium Wilt TR4 ng Saging',
      summary:
        'Field-based na molecular test na tumutukoy sa Fusarium oxysporum f. sp. cubense Tropical Race 4 mula sa sample ng puno ng saging sa loob ng isang oras.',
      description:
        'Gumagamit ang test ng LAMP primer na tiyak sa TR4 at hindi nagre-react sa Race 1 o sa ibang fungi sa lupa. Kinukuha ang sample mula sa pseudostem gamit ang maliit na borer, at inilalabas ang DNA gamit ang simpleng buffer at dipstick nang walang centrifuge. Nagbabago ang kulay ng reaksyon sa loob ng 30–40 minuto sa isang portable heater na nasa 65 °C. Sa validation gamit ang 450 sample mula sa mga plantasyon sa Davao del Norte at Davao de Oro, 95% ang pagkakatugma nito sa laboratory qPCR. Tinatayang PHP 150 ang gastos ng reagent kada sample.',
      applications:
        'Mga plantasyon ng Cavendish at lakatan, mga quarantine office, at mga laboratoryo ng kooperatiba.',
      advantages:
        'May resulta sa loob ng isang oras mismo sa taniman, 70% na mas mura kaysa sa pagpapadala sa laboratoryo, at nakatutulong sa mabilis na pag-quarantine ng apektadong bahagi ng plantasyon.',
      fields: ['agri.protection', 'bio.diagnostics'],
      keywords: ['saging', 'Fusarium wilt', 'TR4', 'LAMP', 'quarantine'],
      trl: 6,
      ipStatus: 'pending_application',
      patents: [{ number: 'PH1-2023-050456', jurisdiction: 'PH' }],
      transferModes: ['non_exclusive_licence', 'joint_development'],
      price: { amount: 1800000, currency: 'PHP' },
      targetCountries: ['PH', 'CN', 'VN', 'LA', 'MM', 'ID', 'TH'],
    },
    {
      key: 'fil-f15',
      org: 'fil-o04',
      title: 'Hybrid Solar Dryer at Fermentation Box para sa Cacao',
      summary:
        'Sistemang pang-postharvest na binubuo ng standardized na fermentation box at hybrid na solar-biomass dryer para makagawa ng fine-flavor na cacao beans.',
      description:
        'Gawa sa kahoy ang fermentation box at may tatlong baitang, kaya madaling mailipat at mahalo ang beans araw-araw at pantay ang fermentation sa loob ng limang araw. May polycarbonate na bubong, itim na absorber, at maliit na biomass heater ang dryer na gumagamit ng balat ng cacao para sa gabi at maulang araw. Bumababa ang moisture ng beans mula 55% hanggang 7% sa loob ng tatlo hanggang apat na araw, kumpara sa pito hanggang sampung araw sa pagbibilad sa araw. Kasama sa teknolohiya ang cut test protocol at simpleng checklist para sa mga magsasaka. Sa 12 kooperatiba sa Davao, tumaas mula 45% hanggang 80% ang bahagi ng beans na fully fermented.',
      applications:
        'Mga kooperatiba ng cacao, mga chocolate maker, at mga programa sa pagpapaunlad ng cacao sa Mindanao at sa iba pang bahagi ng ASEAN.',
      advantages:
        'Doble ang bilis ng pagpapatuyo, 20–35% na mas mataas ang presyo para sa fermented na beans, at mas mababa ang panganib ng amag.',
      fields: ['agri.processing', 'energy.solar'],
      keywords: ['cacao', 'fermentation', 'solar dryer', 'postharvest', 'fine-flavor'],
      trl: 7,
      ipStatus: 'know_how',
      patents: [],
      transferModes: ['technical_service', 'non_exclusive_licence'],
      price: { amount: 350000, currency: 'PHP' },
      targetCountries: ['PH', 'ID', 'VN', 'MY', 'TH'],
    },
    {
      key: 'fil-f16',
      org: 'fil-o04',
      title: 'Pagbawi ng Silica mula sa Geothermal Brine para Maiwasan ang Scaling',
      summary:
        'Prosesong nagpapa-precipitate at umaani ng silica mula sa mainit na brine ng geothermal plant, na nagbabawas ng scaling sa mga tubo at nagbibigay ng produktong maibebenta.',
      description:
        'Sa karaniwang geothermal plant, namumuo ang silica scale sa mga tubo at reinjection well kapag lumalamig ang brine, kaya kailangan ng magastos na paglilinis. Sa prosesong ito, kinokontrol ang pH at temperatura ng brine sa isang reactor at nilalagyan ito ng seed particle upang mabilis at kontroladong mag-precipitate ang silica. Inaani ang silica gamit ang clarifier at filter press, at ibinabalik sa reinjection well ang nalinis na brine. Sa laboratory at bench-scale na pagsubok gamit ang brine mula sa isang planta sa Mindanao, 70–80% ng dissolved silica ang nabawi na may purity na 95%. Maaaring gamitin ang silica bilang filler sa goma, semento, at pintura.',
      applications:
        'Mga geothermal power plant, mga gumagawa ng additive para sa goma at semento, at mga kumpanyang nagpoproseso ng mineral.',
      advantages:
        'Maaaring mabawasan ang downtime dahil sa scaling at humaba ang buhay ng reinjection well, habang may dagdag na kita mula sa silica.',
      fields: ['resources.mineral_processing', 'energy', 'chem.green'],
      keywords: ['geothermal', 'silica', 'brine', 'scaling', 'mineral recovery'],
      trl: 4,
      ipStatus: 'pending_application',
      patents: [{ number: 'PH1-2023-050789', jurisdiction: 'PH' }],
      transferModes: ['joint_development', 'exclusive_licence'],
      price: 'negotiable',
      targetCountries: ['PH', 'ID', 'CN', 'VN'],
    },
  ],
  requests: [
    {
      key: 'fil-r01',
      org: 'fil-o02',
      title: 'Gasifier o Biogas System na Gumagamit ng Dayami at Ipa para sa Kuryente ng Rice Mill',
      problem:
        'Tuwing anihan, napakaraming dayami ang sinusunog sa bukid sa Central Luzon at Laguna, na nagdudulot ng polusyon sa hangin at nasasayang na enerhiya. Samantala, malaki ang gastos sa kuryente ng mga rice mill at dryer na pinapatakbo ng mga kooperatiba. Nasubukan na namin ang ilang maliit na gasifier, ngunit madalas itong barahan ng tar at mahirap panatilihin ang tuloy-tuloy na operasyon. Naghahanap kami ng mas maaasahang teknolohiyang angkop sa antas ng kooperatiba.',
      outcome:
        'Isang sistemang 100–300 kW na gumagamit ng dayami at ipa, may mahusay na tar cleaning o gumagamit ng anaerobic digestion, at kayang tumakbo nang hindi bababa sa 6,000 oras bawat taon. Nais naming magtayo ng demonstration unit sa isang kooperatiba sa Laguna at sanayin ang mga lokal na operator.',
      fields: ['energy.biomass', 'env.air'],
      keywords: ['dayami', 'ipa', 'gasifier', 'biogas', 'rice mill'],
      minTrl: 7,
      budget: { min: 5000000, max: 15000000, currency: 'PHP' },
      cooperationModes: ['joint_development', 'non_exclusive_licence', 'technical_service'],
      deadlineDays: 180,
      neededCountries: ['CN', 'TH', 'VN', 'ID'],
      visibility: 'public',
    },
    {
      key: 'fil-r02',
      org: 'fil-o03',
      title: 'Paggamot at Pag-recycle ng Wastewater mula sa Planta ng Carrageenan',
      problem:
        'Naglalabas ang paggawa ng carrageenan ng maraming alkaline na wastewater na mataas ang pH, asin, at organic matter. Mahigpit na ang mga kondisyon ng permit sa pagtatapon ng tubig sa baybayin, at mataas ang gastos namin sa kemikal para i-neutralize ito. Gusto rin naming mabawasan ang paggamit ng sariwang tubig dahil nagkukulang ang tubig sa aming lugar tuwing tag-init. Hindi pa namin maihahayag ang pangalan ng planta dahil sa kasalukuyang pakikipag-usap sa mga investor.',
      outcome:
        'Teknolohiyang kayang i-recycle ang hindi bababa sa 50% ng process water at mabawi ang alkali, habang pumapasa sa pamantayan ng pagtatapon ang effluent. Inaasahan namin ang isang pilot na 100 m³ kada araw sa loob ng isang taon.',
      fields: ['env.water_treatment', 'marine.resources'],
      keywords: ['wastewater', 'carrageenan', 'pag-recycle ng tubig', 'alkali recovery', 'seaweed processing'],
      minTrl: 6,
      budget: { min: 8000000, max: 25000000, currency: 'PHP' },
      cooperationModes: ['technical_service', 'non_exclusive_licence'],
      deadlineDays: 150,
      neededCountries: ['CN', 'ID', 'MY'],
      visibility: 'anonymous',
    },
    {
      key: 'fil-r03',
      org: 'fil-o04',
      title: 'Abaca Fiber-Reinforced Composite para sa Piyesa ng Sasakyan at Konstruksiyon',
      problem:
        'Karamihan ng hibla ng abaka sa Mindanao ay ibinebenta bilang hilaw na materyales sa mababang presyo, kaya maliit ang kita ng mga magsasaka. Alam naming malakas at magaan ang hibla at maaari itong ipalit sa fiberglass sa mga composite. Wala pang lokal na kumpanyang may kakayahang mag-treat ng hibla at gumawa ng composite na pumapasa sa pamantayan ng automotive. Naghahanap kami ng katuwang para sa teknolohiya at sa merkado.',
      outcome:
        'Proseso ng surface treatment ng abaka at paggawa ng composite panel, halimbawa sa pamamagitan ng compression molding, na may tensile strength na katumbas ng hindi bababa sa 70% ng glass fiber composite. Layunin naming magtayo ng pilot line sa Davao na kayang gumawa ng 500 tonelada ng composite bawat taon.',
      fields: ['materials.polymers', 'materials.biobased', 'manuf.textiles'],
      keywords: ['abaka', 'composite', 'natural fiber', 'piyesa ng sasakyan', 'kapalit ng fiberglass'],
      minTrl: 5,
      budget: { min: 10000000, max: 30000000, currency: 'PHP' },
      cooperationModes: ['joint_development', 'investment', 'exclusive_licence'],
      deadlineDays: 200,
      neededCountries: ['CN', 'MY', 'TH', 'VN'],
      visibility: 'public',
    },
    {
      key: 'fil-r04',
      org: 'fil-o01',
      title: 'Satellite at SAR Imagery para sa Mabilis na Damage Assessment Pagkatapos ng Bagyo',
      problem:
        'Pagkatapos ng malakas na bagyo, inaabot ng ilang araw hanggang ilang linggo bago makumpleto ang ulat ng pinsala sa mga bahay, pananim, at imprastraktura dahil kailangang puntahan ng mga tauhan ang bawat barangay. Kadalasang makapal pa ang ulap pagkatapos ng bagyo, kaya hindi magamit ang optical na satellite image. Nakikipagtulungan kami sa ilang LGU at kailangan namin ng teknolohiyang mabilis na makapagbibigay ng tantiya ng pinsala para sa relief at rehabilitation.',
      outcome:
        'Isang sistema o serbisyong gumagamit ng synthetic aperture radar (SAR) at AI upang makagawa ng mapa ng pinsala sa bahay at pananim sa loob ng 48 oras mula sa landfall, na may katumpakang hindi bababa sa 80%. Nais din naming sanayin ang aming mga mananaliksik upang mapatakbo ito nang lokal.',
      fields: ['space.remote_sensing', 'construction.disaster', 'ict.data'],
      keywords: ['SAR', 'satellite imagery', 'damage assessment', 'bagyo', 'disaster response'],
      minTrl: 6,
      budget: { min: 50000, max: 200000, currency: 'USD' },
      cooperationModes: ['joint_development', 'technical_service'],
      deadlineDays: 150,
      neededCountries: ['CN', 'TH', 'SG', 'ID'],
      visibility: 'public',
    },
    {
      key: 'fil-r05',
      org: 'fil-o02',
      title: 'Murang Patuka para sa Tilapia mula sa Lokal na Sangkap at Mabilis na Test para sa TiLV',
      problem:
        'Mahigit 60% ng gastos ng mga nag-aalaga ng tilapia sa Laguna de Bay at Central Luzon ay napupunta sa patuka, na malaking bahagi ay gawa sa imported na soybean meal at fish meal. Kasabay nito, nababahala ang mga magsasaka sa Tilapia Lake Virus (TiLV) na maaaring magdulot ng malawakang pagkamatay ng isda. Wala pang mabilis at murang paraan para ma-test ang mga fingerling bago ilipat sa kulungan. Kailangan namin ng teknolohiya para sa dalawang problemang ito.',
      outcome:
        'Formulation ng patuka na gumagamit ng lokal na sangkap tulad ng copra meal, darak, at insect meal na may FCR na hindi hihigit sa 1.6, at field test kit para sa TiLV na may resulta sa loob ng isang oras. Handa kaming magsagawa ng farm trial sa 20 fish cage at palaisdaan.',
      fields: ['agri.aquaculture', 'bio.diagnostics'],
      keywords: ['tilapia', 'patuka', 'TiLV', 'fish feed', 'palaisdaan'],
      minTrl: 5,
      budget: { min: 2000000, max: 6000000, currency: 'PHP' },
      cooperationModes: ['non_exclusive_licence', 'joint_development'],
      deadlineDays: 120,
      neededCountries: ['CN', 'TH', 'VN', 'ID', 'MY'],
      visibility: 'public',
    },
    {
      key: 'fil-r06',
      org: 'fil-o01',
      title: 'Solar-Powered na Desalination para sa mga Island Barangay',
      problem:
        'Maraming maliliit na isla sa Visayas at Palawan ang walang maayos na mapagkukunan ng malinis na tubig at umaasa lamang sa tubig-ulan o sa tubig na dinadala sakay ng bangka sa mataas na presyo. Pagkatapos ng bagyo, madalas masira o makontamina ang mga imbakan ng tubig. Bahagi ang pangangailangang ito ng isang programang pinopondohan ng isang development partner, kaya sa mga operator ng platform lamang muna ibinabahagi ang mga detalye.',
      outcome:
        'Containerized na reverse osmosis desalination unit na pinapatakbo ng solar PV at baterya, may kapasidad na 10–30 m³ kada araw, madaling i-maintain ng mga lokal na technician, at may remote monitoring. Target na makapag-install ng 10 unit sa loob ng dalawang taon.',
      fields: ['marine.desalination', 'energy.solar', 'env.water_supply'],
      keywords: ['desalination', 'reverse osmosis', 'solar', 'isla', 'malinis na tubig'],
      minTrl: 7,
      budget: { min: 150000, max: 600000, currency: 'USD' },
      cooperationModes: ['technical_service', 'non_exclusive_licence'],
      deadlineDays: 210,
      neededCountries: ['CN', 'SG', 'MY', 'TH'],
      visibility: 'operators_only',
    },
    {
      key: 'fil-r07',
      org: 'fil-o04',
      title: 'Cold Chain at Pagpapahaba ng Shelf Life ng Durian at Saging para sa Export sa Tsina',
      problem:
        'Lumalaki ang demand sa Tsina para sa durian at saging mula sa Mindanao, ngunit mabilis mahinog at masira ang prutas sa mahabang biyahe sa dagat. Kulang ang pre-cooling facility at reefer container sa mga pantalan sa Davao, kaya kadalasang naibebenta nang mura ang mga prutas na napinsala. Isang grupo ng mga exporter sa aming network ang naghahanap ng teknolohiya ngunit ayaw munang ilantad ang kanilang pangalan.',
      outcome:
        'Mga solusyon tulad ng pre-cooling, controlled o modified atmosphere packaging, at ethylene control na magpapahaba sa shelf life ng durian nang hindi bababa sa 14 na araw at ng saging nang 35 araw. Nais naming magsagawa ng trial shipment papuntang Guangxi o Guangdong sa loob ng isang taon.',
      fields: ['transport.cold_chain', 'agri.processing'],
      keywords: ['cold chain', 'durian', 'saging', 'shelf life', 'export sa Tsina'],
      minTrl: 6,
      budget: { min: 100000, max: 400000, currency: 'USD' },
      cooperationModes: ['technical_service', 'joint_development'],
      deadlineDays: 180,
      neededCountries: ['CN', 'TH', 'VN', 'MY'],
      visibility: 'anonymous',
    },
  ],
};

export default pack;
