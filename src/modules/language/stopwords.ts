import { toLangCode, type LangCode } from './lang.ts';
import { normalizeText } from './normalize.ts';

/**
 * Short stop-word lists: function words so frequent that they only add noise to full-text
 * matching. Kept short on purpose: a content word wrongly listed here becomes unsearchable.
 * Entries are compared after normalizeText, like the tokens they filter. Thai, Lao, Khmer,
 * Burmese and Chinese entries are single tokens as Intl.Segmenter cuts them (a test checks it).
 * Nominalisers such as Thai การ/ความ or Vietnamese việc are deliberately absent: they start
 * technical terms.
 */
const LISTS: Record<LangCode, string> = {
  en: 'a an the and or but nor of to in on at by for with from into onto over under about as is are was were be been being am do does did has have had having it its this that these those which who whom whose what there their they them we our us you your he she his her i me my not no so than then too very can could will would shall should may might must also such each both any all other only own same just',
  id: 'yang dan di ke dari untuk dengan ini itu pada akan tidak dapat adalah ialah atau juga dalam oleh sebagai karena bahwa telah sudah ada para serta tersebut yaitu lebih bisa saja hanya namun tetapi kami kita mereka ia dia nya se pun lagi maka agar bagi secara sangat antara',
  ms: 'yang dan di ke dari daripada untuk dengan ini itu pada akan tidak tak boleh ialah adalah kerana sahaja atau juga dalam oleh sebagai bahawa telah sudah ada para serta iaitu lebih hanya namun tetapi kami kita mereka ia dia nya pun lagi maka supaya bagi secara amat sangat antara',
  fil: 'ang ng mga sa na at para ay ito hindi kung si ni kay nang mula noong dahil upang ngunit pero din rin lamang lang siya sila kami tayo niya nila namin natin nito iyon dito doon kanilang kaniyang kaya o pa po may mayroon ay',
  vi: 'của và các là cho được có những trong với này một để đã khi thì đến từ theo về như cũng không sẽ đang bị tại do nên mà vì hay hoặc ra vào lại rằng đó nào thế cùng này',
  th: 'และ หรือ ที่ ซึ่ง ของ ใน จาก กับ แก่ แต่ โดย ได้ ให้ เป็น คือ จะ ก็ ว่า นี้ นั้น ไม่ อยู่ ถึง เพื่อ แล้ว ยัง อีก ทั้ง เมื่อ หาก ถ้า กว่า ต่อ ด้วย อย่าง มี ไป มา ๆ โดยที่ เพราะ',
  lo: 'ແລະ ຫຼື ທີ່ ຊຶ່ງ ເຊິ່ງ ຂອງ ໃນ ຈາກ ກັບ ແກ່ ແຕ່ ໂດຍ ໄດ້ ໃຫ້ ເປັນ ແມ່ນ ຈະ ກໍ ວ່າ ນີ້ ນັ້ນ ບໍ່ ຢູ່ ເຖິງ ເພື່ອ ແລ້ວ ຍັງ ອີກ ທັງ ເມື່ອ ຖ້າ ກວ່າ ຕໍ່ ດ້ວຍ ມີ ໄປ ມາ ເພາະ',
  km: 'និង នៃ នៅ ក្នុង ដែល ជា បាន មាន ទៅ ពី ដើម្បី សម្រាប់ ថា នេះ នោះ មិន ឬ ហើយ ទេ គឺ ដោយ នឹង ផង ក៏ តែ ទាំង ចំពោះ របស់ ជាមួយ ដល់ លើ ត្រូវ',
  my: 'သည် ကို နှင့် နဲ့ တွင် မှာ မှ က ပါ တယ် သော ရန် အတွက် များ တို့ ဖြင့် ပြီး လည်း သို့ ဟု ကြောင့် ခဲ့ မည် နေ ပါသည် သည့် ဖြစ်သည်',
  zh: '的 了 和 与 及 或 是 在 等 也 就 都 而 将 对 把 被 从 以 为 这 那 其 之 于 由 并 个 着 过 所 该 此 各 中 上 即 又 及其 以及 或者 并且 因此 但是 而且 如果 我们 可以 进行',
};

const SETS = new Map<LangCode, Set<string>>();
for (const [lang, words] of Object.entries(LISTS) as [LangCode, string][]) {
  SETS.set(lang, new Set(words.split(' ').map((w) => normalizeText(w))));
}

/** The stop words of a language (normalised), empty for an unknown language. */
export function stopwordsFor(lang: string): ReadonlySet<string> {
  const code = toLangCode(lang);
  return (code && SETS.get(code)) || new Set<string>();
}

/** True when `token` (already normalised, as segmentWords returns it) is a stop word of `lang`. */
export function isStopword(token: string, lang: string): boolean {
  return stopwordsFor(lang).has(token);
}
