import { describe, expect, it } from 'vitest';
import { escapeHtml, excerpt, injectHead, jsonForScript, renderHead, type ListingHeadData } from './page-head.ts';

const PUBLIC = 'https://innoport.example';
const ID = '01a1f5b0-9703-7957-a1a6-6cc2005b0ccf';

const offer: ListingHeadData = {
  id: ID,
  kind: 'offer',
  text: { lang: 'zh-CN', title: 'Rice <script>alert("x")</script> & "seeds"', summary: 'Breeds rice.\n\nIt works </script><!-- in hot climates.' },
  organization: { id: '019a6a7f-d303-7bb1-b50c-92d602f41ee7', name: "O'Brien & Sons <Ltd>", country: 'CN' },
  fields: ['agri.crops'],
  keywords: ['rice'],
  publishedAt: '2026-11-22T21:22:33.347Z',
  updatedAt: '2026-11-22T21:22:33.347Z',
  targetCountries: ['LA', 'TH'],
};

/** Pulls the JSON-LD object back out of the rendered head. */
function jsonLd(head: string): Record<string, unknown> {
  const m = /<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(head);
  expect(m).not.toBeNull();
  return JSON.parse(m![1]);
}

describe('renderHead', () => {
  const head = renderHead({ publicUrl: PUBLIC, locale: 'th', rest: `/offers/${ID}`, subject: { type: 'listing', listing: offer } });

  it('escapes user text in the title, meta tags and attributes', () => {
    expect(head).toContain('<title>Rice &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &quot;seeds&quot; · InnoPort</title>');
    expect(head).toContain('<meta property="og:title" content="Rice &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &quot;seeds&quot;" />');
    expect(head).toContain('content="Breeds rice. It works &lt;/script&gt;&lt;!-- in hot climates."');
    expect(head).not.toContain('<script>alert');
  });

  it('links the canonical URL, all ten locales and x-default', () => {
    expect(head).toContain(`<link rel="canonical" href="${PUBLIC}/th/offers/${ID}" />`);
    for (const l of ['zh-CN', 'en', 'th', 'vi', 'id', 'ms', 'fil', 'lo', 'km', 'my']) {
      expect(head).toContain(`<link rel="alternate" hreflang="${l}" href="${PUBLIC}/${l}/offers/${ID}" />`);
    }
    expect(head).toContain(`<link rel="alternate" hreflang="x-default" href="${PUBLIC}/en/offers/${ID}" />`);
    expect(head.match(/rel="alternate"/g)).toHaveLength(11);
    expect(head).toContain('<meta property="og:locale" content="th_TH" />');
  });

  it('emits JSON-LD with < escaped, so user text cannot close the script', () => {
    const block = /<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(head)![1];
    expect(block).not.toMatch(/[<>]/);
    expect(block).toContain('\\u003c/script\\u003e');
    const ld = jsonLd(head);
    expect(ld['@type']).toBe('CreativeWork');
    expect(ld.name).toBe(offer.text.title);
    expect(ld.inLanguage).toBe('zh-CN');
    expect(ld.provider).toMatchObject({ '@type': 'Organization', name: "O'Brien & Sons <Ltd>" });
  });

  it('describes requests as Demand and organisations as Organization', () => {
    const req = renderHead({
      publicUrl: PUBLIC,
      locale: 'en',
      rest: `/requests/${ID}`,
      subject: { type: 'listing', listing: { ...offer, kind: 'request', text: { lang: 'th', title: 'Need a dryer', problem: 'Wet cassava' }, organization: null, deadline: '2027-01-31' } },
    });
    expect(jsonLd(req)).toMatchObject({ '@type': 'Demand', name: 'Need a dryer', description: 'Wet cassava', availabilityEnds: '2027-01-31' });
    const org = renderHead({
      publicUrl: PUBLIC,
      locale: 'en',
      rest: `/organizations/${ID}`,
      subject: { type: 'organization', organization: { id: ID, name: 'Lab', description: 'We test.', lang: 'en', country: 'SG', website: 'https://lab.example', logoUrl: '/api/v1/files/x' } },
    });
    expect(jsonLd(org)).toMatchObject({ '@type': 'Organization', name: 'Lab', sameAs: ['https://lab.example'], logo: `${PUBLIC}/api/v1/files/x` });
    expect(org).toContain(`<meta property="og:image" content="${PUBLIC}/api/v1/files/x" />`);
  });

  it('marks missing pages noindex, without canonical, alternates or JSON-LD', () => {
    const nf = renderHead({ publicUrl: PUBLIC, locale: 'en', rest: `/offers/${ID}`, notFound: true });
    expect(nf).toContain('<meta name="robots" content="noindex" />');
    expect(nf).not.toContain('canonical');
    expect(nf).not.toContain('hreflang');
    expect(nf).not.toContain('ld+json');
  });
});

describe('helpers', () => {
  it('injects the head and the page language into index.html', () => {
    const html = '<!doctype html><html lang="en" dir="ltr"><head><!--app-head--><title>InnoPort</title><!--/app-head--></head></html>';
    const out = injectHead(html, 'km', '<title>$& x</title>');
    expect(out).toContain('<html lang="km" dir="ltr">');
    expect(out).toContain('<title>$& x</title>');
    expect(out).not.toContain('<title>InnoPort</title>');
  });

  it('escapes HTML and script-breaking JSON', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
    expect(jsonForScript({ s: '</script><!--\u2028' })).toBe('{"s":"\\u003c/script\\u003e\\u003c!--\\u2028"}');
  });

  it('cuts long descriptions on a word boundary and counts characters, not UTF-16 units', () => {
    expect(excerpt('a  b\n\nc')).toBe('a b c');
    const long = excerpt('word '.repeat(100), 50);
    expect(long.endsWith('word…')).toBe(true);
    expect([...excerpt('😀'.repeat(300), 10)]).toHaveLength(11);
  });
});
