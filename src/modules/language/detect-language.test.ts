import { describe, expect, it } from 'vitest';
import { detectLanguage } from './detect-language.ts';
import type { LangCode } from './lang.ts';

const SAMPLES: Record<LangCode, string[]> = {
  zh: [
    '本技术涉及一种高效太阳能光伏组件的制备方法。',
    '我们正在寻找农业废弃物资源化利用的合作伙伴。',
    '该实验室专注于新型锂电池材料的研究与开发。',
    '基于 LoRa 的智能灌溉系统',
  ],
  en: [
    'This technology reduces the energy consumption of cold storage by forty percent.',
    'We are looking for a partner to license our water purification process.',
    'The prototype has been tested in the field with small farmers.',
  ],
  th: [
    'เทคโนโลยีนี้ช่วยลดการใช้พลังงานในห้องเย็น',
    'เรากำลังมองหาพันธมิตรเพื่อพัฒนาระบบกรองน้ำ',
    'ต้นแบบได้รับการทดสอบกับเกษตรกรรายย่อยแล้ว',
    'ระบบ IoT สำหรับฟาร์มกุ้ง',
  ],
  vi: [
    'Công nghệ này giúp giảm tiêu thụ năng lượng của kho lạnh.',
    'Chúng tôi đang tìm đối tác để chuyển giao quy trình lọc nước.',
    'Nguyên mẫu đã được thử nghiệm với nông dân nhỏ.',
  ],
  id: [
    'Teknologi ini dapat mengurangi konsumsi energi pada gudang pendingin.',
    'Kami sedang mencari mitra untuk melisensikan proses penjernihan air karena permintaan terus meningkat.',
    'Perusahaan tersebut bisa memproduksi perangkat ini di pabrik mereka.',
    'Penelitian ini dilakukan oleh universitas bersama pemerintah daerah.',
  ],
  ms: [
    'Teknologi ini boleh mengurangkan penggunaan tenaga di bilik sejuk.',
    'Kami sedang mencari rakan kongsi kerana syarikat kami ingin melesenkan proses penapisan air.',
    'Penyelidik universiti telah menguji peranti ini bersama petani kecil.',
    'Maklumat lanjut boleh didapati daripada pejabat kami sahaja.',
  ],
  fil: [
    'Ang teknolohiyang ito ay nakababawas ng paggamit ng enerhiya sa mga cold storage.',
    'Naghahanap kami ng kasosyo para sa proseso ng paglilinis ng tubig.',
    'Sinubukan ang prototipo kasama ang maliliit na magsasaka.',
  ],
  lo: [
    'ເຕັກໂນໂລຊີນີ້ຊ່ວຍຫຼຸດຜ່ອນການນຳໃຊ້ພະລັງງານ',
    'ພວກເຮົາກຳລັງຊອກຫາຄູ່ຮ່ວມງານເພື່ອພັດທະນາລະບົບກັ່ນຕອງນ້ຳ',
    'ກະສິກອນໄດ້ທົດລອງໃຊ້ເຄື່ອງຈັກນີ້ແລ້ວ',
  ],
  km: [
    'បច្ចេកវិទ្យានេះជួយកាត់បន្ថយការប្រើប្រាស់ថាមពល',
    'យើងកំពុងស្វែងរកដៃគូដើម្បីអភិវឌ្ឍប្រព័ន្ធចម្រោះទឹក',
    'កសិករបានសាកល្បងម៉ាស៊ីននេះរួចហើយ',
  ],
  my: [
    'ဤနည်းပညာသည် စွမ်းအင်သုံးစွဲမှုကို လျှော့ချပေးသည်။',
    'ရေသန့်စင်စနစ်ကို ဖွံ့ဖြိုးတိုးတက်စေရန် မိတ်ဖက်ကို ရှာဖွေနေပါသည်။',
    'တောင်သူများသည် ဤစက်ကို စမ်းသပ်အသုံးပြုပြီးဖြစ်သည်။',
    // Zawgyi: နည်းပညာ လွှဲပြောင်းရေး
    '\u1014\u100A\u1039\u1038\u1015\u100A\u102C \u101C\u103C\u103D\u1032\u1031\u103B\u1015\u102C\u1004\u1039\u1038\u1031\u101B\u1038',
  ],
};

describe('detectLanguage', () => {
  const cases = Object.entries(SAMPLES).flatMap(([lang, texts]) => texts.map((t) => [lang, t] as const));

  it('has at least three samples per language', () => {
    for (const texts of Object.values(SAMPLES)) expect(texts.length).toBeGreaterThanOrEqual(3);
  });

  it('is right on at least 90% of the samples', () => {
    const wrong = cases.filter(([lang, t]) => detectLanguage(t).lang !== lang);
    expect(wrong.length / cases.length, JSON.stringify(wrong)).toBeLessThanOrEqual(0.1);
  });

  it.each(['zh', 'th', 'lo', 'km', 'my'] as const)('identifies %s by script, every sample', (lang) => {
    for (const t of SAMPLES[lang]) {
      const g = detectLanguage(t);
      expect(g.lang).toBe(lang);
      expect(g.confidence).toBeGreaterThan(0.5);
    }
  });

  it('identifies Vietnamese by its letters', () => {
    for (const t of SAMPLES.vi) expect(detectLanguage(t).lang).toBe('vi');
  });

  it('tells English and Filipino apart', () => {
    for (const t of SAMPLES.en) expect(detectLanguage(t).lang).toBe('en');
    for (const t of SAMPLES.fil) expect(detectLanguage(t).lang).toBe('fil');
  });

  describe('Indonesian vs Malay', () => {
    it.each(SAMPLES.id)('id: %s', (t) => expect(detectLanguage(t).lang).toBe('id'));
    it.each(SAMPLES.ms)('ms: %s', (t) => expect(detectLanguage(t).lang).toBe('ms'));

    it('decides on the words where the two standards differ', () => {
      expect(detectLanguage('Produk ini tidak bisa dipakai karena rusak').lang).toBe('id');
      expect(detectLanguage('Produk ini tak boleh dipakai kerana rosak').lang).toBe('ms');
      expect(detectLanguage('Kualitas perangkat lunak ini sangat baik').lang).toBe('id');
      expect(detectLanguage('Kualiti perisian ini amat baik').lang).toBe('ms');
    });

    it('is less confident when nothing tells them apart', () => {
      const g = detectLanguage('Sistem ini untuk petani dan nelayan');
      expect(['id', 'ms']).toContain(g.lang);
      expect(g.confidence).toBeLessThan(0.8);
    });
  });

  it('keeps the script decision when a few English terms are mixed in', () => {
    expect(detectLanguage('ระบบ IoT และ AI สำหรับการเกษตรแม่นยำ').lang).toBe('th');
    expect(detectLanguage('基于深度学习的 PCB 缺陷检测').lang).toBe('zh');
  });

  it('returns zero confidence when there are no letters', () => {
    expect(detectLanguage('2024 — 3.5 %')).toEqual({ lang: 'en', confidence: 0 });
    expect(detectLanguage('')).toEqual({ lang: 'en', confidence: 0 });
  });
});
