/**
 * Server-side <head> for the single-page app: title, description, canonical and hreflang
 * links, Open Graph and schema.org JSON-LD, so that search engines and link previews see
 * real content on the first response. Pure functions (no Fastify), unit-tested in
 * page-head.test.ts; src/server/web.ts feeds them data fetched from the public API.
 */
import { LOCALES, type Locale } from '../lib/enums.ts';

export const SITE_NAME = 'InnoPort';

/** Shown for pages without their own description (and by link previews of the home page). */
export const SITE_DESCRIPTION: Record<Locale, string> = {
  'zh-CN': '中国—东盟技术转移协作网络的技术交易平台：技术供给、技术需求与认证机构。',
  en: 'The technology-trading platform of the China–ASEAN technology-transfer network: technology offers, requests and verified organisations.',
  th: 'แพลตฟอร์มซื้อขายเทคโนโลยีของเครือข่ายการถ่ายทอดเทคโนโลยีจีน–อาเซียน: ข้อเสนอเทคโนโลยี ความต้องการเทคโนโลยี และองค์กรที่ได้รับการรับรอง',
  vi: 'Nền tảng giao dịch công nghệ của mạng lưới chuyển giao công nghệ Trung Quốc – ASEAN: chào bán, nhu cầu công nghệ và các tổ chức đã xác minh.',
  id: 'Platform perdagangan teknologi jaringan alih teknologi Tiongkok–ASEAN: penawaran teknologi, permintaan teknologi, dan organisasi terverifikasi.',
  ms: 'Platform dagangan teknologi rangkaian pemindahan teknologi China–ASEAN: tawaran teknologi, permintaan teknologi dan organisasi yang disahkan.',
  fil: 'Ang plataporma ng kalakalan ng teknolohiya ng network ng paglilipat ng teknolohiya ng China–ASEAN: mga alok, mga kahilingan at mga beripikadong organisasyon.',
  lo: 'ແພລດຟອມການຊື້ຂາຍເຕັກໂນໂລຊີຂອງເຄືອຂ່າຍການຖ່າຍທອດເຕັກໂນໂລຊີ ຈີນ–ອາຊຽນ: ການສະເໜີ, ຄວາມຕ້ອງການ ແລະ ອົງການທີ່ໄດ້ຮັບການຢັ້ງຢືນ.',
  km: 'វេទិកាជួញដូរបច្ចេកវិទ្យានៃបណ្តាញផ្ទេរបច្ចេកវិទ្យាចិន–អាស៊ាន៖ ការផ្តល់ជូន តម្រូវការបច្ចេកវិទ្យា និងស្ថាប័នដែលបានផ្ទៀងផ្ទាត់។',
  my: 'တရုတ်–အာဆီယံ နည်းပညာလွှဲပြောင်းရေးကွန်ရက်၏ နည်းပညာကုန်သွယ်ရေးပလက်ဖောင်း- နည်းပညာကမ်းလှမ်းချက်များ၊ လိုအပ်ချက်များနှင့် အတည်ပြုထားသော အဖွဲ့အစည်းများ။',
};

export interface ListingHeadData {
  id: string;
  kind: 'offer' | 'request';
  text: { lang: string; title: string; summary?: string; problem?: string };
  organization: { id: string; name: string; country: string } | null;
  fields?: string[];
  keywords?: string[];
  publishedAt?: string | null;
  updatedAt?: string;
  deadline?: string | null;
  targetCountries?: string[];
  neededCountries?: string[];
}

export interface OrganizationHeadData {
  id: string;
  name: string;
  description: string;
  lang: string;
  country: string;
  region?: string;
  website?: string | null;
  logoUrl?: string | null;
}

export type PageSubject = { type: 'listing'; listing: ListingHeadData } | { type: 'organization'; organization: OrganizationHeadData };

export interface HeadInput {
  publicUrl: string;
  locale: Locale;
  /** The path after the locale, starting with '/' or empty ("/offers/…"). */
  rest: string;
  subject?: PageSubject;
  /** A missing or hidden page: tell robots not to index it. */
  notFound?: boolean;
}

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]);

/** JSON inside <script>: `<` (and friends) as \u escapes, so no "</script>" or "<!--" can end it early. */
export const jsonForScript = (v: unknown) =>
  JSON.stringify(v)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');

/** Collapses white space and cuts at a word (or character) boundary near `max` characters. */
export function excerpt(text: string, max = 200): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  const chars = [...flat];
  if (chars.length <= max) return flat;
  const cut = chars.slice(0, max).join('');
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/** Open Graph wants language_TERRITORY; each UI locale maps to its main country. */
const OG_LOCALE: Record<Locale, string> = {
  'zh-CN': 'zh_CN',
  en: 'en_US',
  th: 'th_TH',
  vi: 'vi_VN',
  id: 'id_ID',
  ms: 'ms_MY',
  fil: 'fil_PH',
  lo: 'lo_LA',
  km: 'km_KH',
  my: 'my_MM',
};
const ogLocale = (l: Locale) => OG_LOCALE[l];

function pageUrl(publicUrl: string, locale: string, rest: string) {
  return `${publicUrl}/${locale}${rest}`;
}

function describe(input: HeadInput): { title: string; description: string; ogType: string; image?: string; lang: string; jsonLd?: object } {
  const { subject, locale, publicUrl, rest } = input;
  const url = pageUrl(publicUrl, locale, rest);
  if (subject?.type === 'listing') {
    const l = subject.listing;
    const description = excerpt(l.text.summary ?? l.text.problem ?? '');
    const org = l.organization
      ? { '@type': 'Organization', name: l.organization.name, url: `${publicUrl}/${locale}/organizations/${l.organization.id}`, address: { '@type': 'PostalAddress', addressCountry: l.organization.country } }
      : undefined;
    const jsonLd =
      l.kind === 'offer'
        ? {
            '@context': 'https://schema.org',
            '@type': 'CreativeWork',
            additionalType: 'https://schema.org/Product',
            genre: 'Technology offer',
            name: l.text.title,
            description,
            inLanguage: l.text.lang,
            url,
            keywords: l.keywords?.length ? l.keywords.join(', ') : undefined,
            about: l.fields,
            provider: org,
            datePublished: l.publishedAt ?? undefined,
            dateModified: l.updatedAt,
            spatialCoverage: l.targetCountries?.length ? l.targetCountries.map((c) => ({ '@type': 'Country', name: c })) : undefined,
          }
        : {
            '@context': 'https://schema.org',
            '@type': 'Demand',
            name: l.text.title,
            description,
            url,
            areaServed: l.neededCountries?.length ? l.neededCountries.map((c) => ({ '@type': 'Country', name: c })) : undefined,
            availabilityEnds: l.deadline ?? undefined,
            seller: org,
          };
    return { title: l.text.title, description, ogType: 'article', lang: l.text.lang, jsonLd };
  }
  if (subject?.type === 'organization') {
    const o = subject.organization;
    const logo = o.logoUrl ? new URL(o.logoUrl, `${publicUrl}/`).toString() : undefined;
    const description = excerpt(o.description || o.name);
    return {
      title: o.name,
      description,
      ogType: 'profile',
      image: logo,
      lang: o.lang,
      jsonLd: {
        '@context': 'https://schema.org',
        '@type': 'Organization',
        name: o.name,
        description,
        url,
        sameAs: o.website ? [o.website] : undefined,
        logo,
        address: { '@type': 'PostalAddress', addressCountry: o.country, addressRegion: o.region || undefined },
      },
    };
  }
  return { title: SITE_NAME, description: SITE_DESCRIPTION[locale], ogType: 'website', lang: locale };
}

/** The <head> fragment that replaces the `<!--app-head-->…<!--/app-head-->` block of index.html. */
export function renderHead(input: HeadInput): string {
  const { publicUrl, locale, rest } = input;
  const d = describe(input);
  const url = pageUrl(publicUrl, locale, rest);
  const title = d.title === SITE_NAME ? SITE_NAME : `${d.title} · ${SITE_NAME}`;
  const tags: string[] = [
    `<title>${escapeHtml(title)}</title>`,
    `<meta name="description" content="${escapeHtml(d.description)}" />`,
  ];
  if (input.notFound) {
    tags.push('<meta name="robots" content="noindex" />');
  } else {
    tags.push(`<link rel="canonical" href="${escapeHtml(url)}" />`);
    for (const l of LOCALES) tags.push(`<link rel="alternate" hreflang="${l}" href="${escapeHtml(pageUrl(publicUrl, l, rest))}" />`);
    tags.push(`<link rel="alternate" hreflang="x-default" href="${escapeHtml(pageUrl(publicUrl, 'en', rest))}" />`);
  }
  tags.push(
    `<meta property="og:site_name" content="${SITE_NAME}" />`,
    `<meta property="og:type" content="${d.ogType}" />`,
    `<meta property="og:title" content="${escapeHtml(d.title)}" />`,
    `<meta property="og:description" content="${escapeHtml(d.description)}" />`,
    `<meta property="og:url" content="${escapeHtml(url)}" />`,
    `<meta property="og:locale" content="${escapeHtml(ogLocale(locale))}" />`,
    ...LOCALES.filter((l) => l !== locale).map((l) => `<meta property="og:locale:alternate" content="${escapeHtml(ogLocale(l))}" />`),
  );
  if (d.image) tags.push(`<meta property="og:image" content="${escapeHtml(d.image)}" />`);
  tags.push(`<meta name="twitter:card" content="summary" />`);
  if (d.jsonLd && !input.notFound) tags.push(`<script type="application/ld+json">${jsonForScript(d.jsonLd)}</script>`);
  return tags.join('\n    ');
}

const HEAD_BLOCK = /<!--app-head-->[\s\S]*?<!--\/app-head-->/;

/** index.html with the page's head and `<html lang>` filled in. */
export function injectHead(indexHtml: string, locale: string, head: string): string {
  return indexHtml
    .replace(/<html lang="[^"]*"/, `<html lang="${escapeHtml(locale)}"`)
    .replace(HEAD_BLOCK, () => `<!--app-head-->\n    ${head}\n    <!--/app-head-->`);
}
