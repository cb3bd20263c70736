import type { LangCode } from './lang.ts';

/**
 * Language identification for the ten platform languages, without a model:
 * 1. by script — Han → zh, Thai → th, Lao → lo, Khmer → km, Myanmar → my;
 * 2. Latin script — Vietnamese by its letters (ă â đ ê ô ơ ư and the stacked tone vowels);
 * 3. then English / Indonesian-Malay / Filipino by frequent function words and affixes;
 * 4. then Indonesian vs Malay by the words in which the two standards differ.
 * Good enough to pick a segmenter and stop-word list for a sentence; the listing's declared
 * language, when there is one, always wins (the pipeline only detects when none is given).
 */

export interface LanguageGuess {
  lang: LangCode;
  /** 0..1: share of the evidence that points to `lang` (0 when there was nothing to go on). */
  confidence: number;
}

type ScriptKey = 'han' | 'thai' | 'lao' | 'khmer' | 'myanmar' | 'latin';

const SCRIPT_LANG: Record<Exclude<ScriptKey, 'latin'>, LangCode> = {
  han: 'zh',
  thai: 'th',
  lao: 'lo',
  khmer: 'km',
  myanmar: 'my',
};

/** A Han character carries about as much as a short word; weigh it against Latin letters. */
const HAN_WEIGHT = 2.5;

function scriptOf(ch: string): ScriptKey | undefined {
  const c = ch.codePointAt(0)!;
  if (c < 0x80) return (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a ? 'latin' : undefined;
  if (c >= 0x0e00 && c <= 0x0e7f) return 'thai';
  if (c >= 0x0e80 && c <= 0x0eff) return 'lao';
  if ((c >= 0x1780 && c <= 0x17ff) || (c >= 0x19e0 && c <= 0x19ff)) return 'khmer';
  if ((c >= 0x1000 && c <= 0x109f) || (c >= 0xa9e0 && c <= 0xa9ff) || (c >= 0xaa60 && c <= 0xaa7f)) return 'myanmar';
  if (/\p{Script=Han}|[\p{Script=Hiragana}\p{Script=Katakana}]/u.test(ch)) return 'han';
  if (/\p{Script=Latin}/u.test(ch)) return 'latin';
  return undefined;
}

// --- Latin-script languages ---------------------------------------------------------------

/** Letters only Vietnamese uses among our languages (precomposed, after NFC). */
const VI_LETTERS = /[ăâđêôơưĩũ\u1EA0-\u1EF9]/u;

const EN_WORDS = new Set(
  'the and of to for with is are was were that this these those it its be been by from which not or an as on at has have can will would their they we our you'.split(' '),
);
/** Words shared by Indonesian and Malay: they say "Malay family", not which one. */
const IDMS_WORDS = new Set(
  'yang dan untuk dengan tidak ini itu pada dari akan di ke dalam juga oleh atau sebagai telah sudah ada mereka kami kita lebih dapat adalah ialah sangat secara antara serta bagi kepada tersebut masih baru hanya namun tetapi setiap semua banyak negara tahun'.split(
    ' ',
  ),
);
const FIL_WORDS = new Set(
  'ang ng mga sa na at para ay ito hindi kung si ni kay nang mula noong dahil upang ngunit pero din rin lamang lang siya sila kami tayo niya nila namin natin nito iyon dito doon kanilang kaniyang kaya isang ibang maging mas lahat ayon bilang tungkol'.split(
    ' ',
  ),
);
/** Unaccented Vietnamese, for text typed without diacritics. */
const VI_ASCII_WORDS = new Set('cua va cac la cho duoc co nhung trong voi nay mot de khi thi den tu theo ve nhu nguoi viet nam cong nghe'.split(' '));

/** Indonesian spellings and words where standard Malay uses another. */
const ID_MARKERS = new Set(
  'karena saja bisa bahwa yaitu perangkat lunak penelitian peneliti perusahaan pemerintah informasi jaringan kualitas aktivitas fasilitas universitas proyek biaya pabrik listrik energi persen miliar serikat kantor uang mobil sepeda meskipun agar dibandingkan pariwisata daerah mau punya desember agustus maret juni juli bagaimana coba kemarin pernyataan diperkirakan telepon televisi kendaraan pria mahasiswa dokter menit menemukan film musik internasional pengadilan pengacara tentara terluka gratis toko anggota berbagai terutama teknis metode mendeteksi desain efisiensi percobaan pengobatan obat pasien baterai situs praktik bagian sebagian lingkungan'.split(
    ' ',
  ),
);
/** Preferred in Indonesian but also common in Malay: half weight. */
const ID_WEAK = new Set('mengatakan setelah terjadi harus terbaru waktu kota wilayah'.split(' '));
/** Preferred in Malay but also common in Indonesian: half weight. */
const MS_WEAK = new Set('berkata masa walaupun lepas cedera'.split(' '));
/** Malay spellings and words where standard Indonesian uses another. */
const MS_MARKERS = new Set(
  'kerana sahaja boleh bahawa iaitu daripada peranti perisian penyelidik syarikat kerajaan maklumat rangkaian kualiti aktiviti fasiliti universiti projek kos kilang elektrik tenaga peratus bilion wang kereta selepas mesti supaya terkini berbanding pelancongan bandar kawasan mahu tak amat ramai beliau disember ogos mac jun julai bagaimanapun manakala ianya makmal sains baharu hospital polis cuba berlaku semalam kenyataan dianggarkan dijangka telefon televisyen kenderaan lelaki kanak pelajar doktor minit mendapati mengikut berkenaan akhbar pengerusi naib filem muzik antarabangsa persekutuan peguam tentera sekiranya setakat apabila percuma kedai ahli pelbagai terutamanya seterusnya semula memaklumkan dimaklumkan teknikal kaedah mengesan pengesanan reka kecekapan cekap percubaan perubatan ubat pesakit rawatan bateri perkakasan talian laman amalan keupayaan berupaya peringkat bahagian sebahagian'.split(
    ' ',
  ),
);

interface LatinScores {
  en: number;
  idms: number;
  fil: number;
  vi: number;
}

function scoreLatin(words: string[]): LatinScores {
  const s: LatinScores = { en: 0, idms: 0, fil: 0, vi: 0 };
  for (const w of words) {
    if (EN_WORDS.has(w)) s.en += 1;
    if (IDMS_WORDS.has(w) || ID_MARKERS.has(w) || MS_MARKERS.has(w)) s.idms += 1;
    if (FIL_WORDS.has(w)) s.fil += 1;
    if (VI_ASCII_WORDS.has(w)) s.vi += 0.5;
    // affixes, weaker evidence
    if (w.length > 5 && /(?:tion|ment|ness|ing|ed|ly)$/.test(w)) s.en += 0.3;
    if (w.length > 5 && (/^(?:meng|meny|mem|men|ber|ter|per|pen|pem|ke|di)/.test(w) || /(?:kan|nya|an)$/.test(w))) s.idms += 0.3;
    if (w.length > 4 && /^(?:nag|mag|pag|naka|maka|ika|pinaka|ipag)/.test(w)) s.fil += 0.3;
  }
  return s;
}

function indonesianOrMalay(words: string[]): { lang: 'id' | 'ms'; decisive: boolean } {
  let id = 0;
  let ms = 0;
  for (const w of words) {
    if (ID_MARKERS.has(w)) id += 1;
    else if (ID_WEAK.has(w)) id += 0.5;
    if (MS_MARKERS.has(w)) ms += 1;
    else if (MS_WEAK.has(w)) ms += 0.5;
    // kualitas / kualiti, aktivitas / aktiviti, fasilitas / fasiliti (not any -iti: id "meneliti")
    if (/(?:ivitas|alitas|ilitas)$/.test(w)) id += 0.5;
    if (/(?:iviti|aliti|iliti)$/.test(w)) ms += 0.5;
  }
  if (id === ms) return { lang: 'id', decisive: false };
  return { lang: id > ms ? 'id' : 'ms', decisive: true };
}

/** Detect the language of `text` among the ten platform languages. */
export function detectLanguage(text: string): LanguageGuess {
  const s = text.normalize('NFKC');
  const counts: Record<ScriptKey, number> = { han: 0, thai: 0, lao: 0, khmer: 0, myanmar: 0, latin: 0 };
  let total = 0;
  for (const ch of s) {
    const k = scriptOf(ch);
    if (!k) continue;
    const w = k === 'han' ? HAN_WEIGHT : 1;
    counts[k] += w;
    total += w;
  }
  if (total === 0) return { lang: 'en', confidence: 0 };

  // The strongest non-Latin script decides when it is a fair part of the text: a Thai or
  // Chinese description full of English product names and units is still Thai or Chinese.
  let best: ScriptKey = 'latin';
  for (const k of Object.keys(SCRIPT_LANG) as (keyof typeof SCRIPT_LANG)[]) {
    if (counts[k] > 0 && (best === 'latin' || counts[k] > counts[best])) best = k;
  }
  if (best !== 'latin' && counts[best] < 0.4 * counts.latin) best = 'latin';
  if (best !== 'latin') return { lang: SCRIPT_LANG[best], confidence: round(counts[best] / total) };

  const lower = s.toLowerCase();
  const words = lower.match(/\p{L}+/gu) ?? [];
  const viWords = words.filter((w) => VI_LETTERS.test(w)).length;
  if (viWords > 0 && viWords >= 0.15 * words.length) {
    return { lang: 'vi', confidence: round(Math.min(1, 0.5 + viWords / words.length)) };
  }

  const scores = scoreLatin(words);
  const ranked = (Object.entries(scores) as [keyof LatinScores, number][]).sort((a, b) => b[1] - a[1]);
  const [top, topScore] = ranked[0]!;
  const sum = ranked.reduce((acc, [, v]) => acc + v, 0);
  if (topScore === 0) return { lang: 'en', confidence: 0.2 };
  const share = topScore / sum;
  if (top === 'idms') {
    const { lang, decisive } = indonesianOrMalay(words);
    return { lang, confidence: round(share * (decisive ? 1 : 0.6)) };
  }
  return { lang: top, confidence: round(share) };
}

function round(x: number): number {
  return Math.round(x * 100) / 100;
}
