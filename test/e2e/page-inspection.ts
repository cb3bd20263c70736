/**
 * A function that runs inside the page (through page.evaluate, so it must not use anything
 * from its module scope): the untranslated text a reader or a screen reader would meet, the
 * document language, and what sticks out sideways.
 */
export interface PageReport {
  lang: string;
  title: string;
  h1: string;
  rawText: string[];
  overflow: { scrollWidth: number; clientWidth: number; culprits: string[] } | null;
}

export function inspectPage(keys: string[]): PageReport {
  const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const sorted = [...keys].sort((a, b) => b.length - a.length).map(esc);
  // A key on its own or inside a sentence, but not as part of a longer dotted word.
  const keyRe = new RegExp(`(?<![\\w.])(?:${sorted.join('|')})(?![\\w]|\\.[\\w])`);
  // "{count}", "{n, plural, …}": an ICU argument the formatter did not replace.
  const braceRe = /\{\s*[A-Za-z_]\w*\s*(?:,[^{}]*(?:\{[^{}]*\}[^{}]*)*)?\}/;
  const raw: string[] = [];
  const check = (where: string, text: string | null | undefined) => {
    if (!text) return;
    const k = keyRe.exec(text);
    if (k) raw.push(`${where}: message key "${k[0]}" in "${text.trim().slice(0, 120)}"`);
    const b = braceRe.exec(text);
    if (b) raw.push(`${where}: placeholder "${b[0]}" in "${text.trim().slice(0, 120)}"`);
  };
  const describeEl = (el: Element) =>
    `<${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.classList.length ? `.${[...el.classList].join('.')}` : ''}>`;
  // Technical identifiers (audit actions, ids, mail bodies) are shown verbatim on purpose.
  const skip = 'script, style, noscript, code, pre, template';

  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const el = n.parentElement;
    if (!el || el.closest(skip)) continue;
    check(`text in ${describeEl(el)}`, n.nodeValue);
  }
  for (const el of document.body.querySelectorAll('[aria-label], [placeholder], [title], [alt], [aria-description]')) {
    if (el.closest(skip)) continue;
    for (const a of ['aria-label', 'placeholder', 'title', 'alt', 'aria-description']) check(`${a} of ${describeEl(el)}`, el.getAttribute(a));
  }
  check('document title', document.title);

  const root = document.documentElement;
  let overflow: PageReport['overflow'] = null;
  if (root.scrollWidth > root.clientWidth + 1) {
    // The innermost elements that stick out on the right are the ones to fix.
    const wide = [...document.body.querySelectorAll('*')].filter((el) => el.getBoundingClientRect().right > root.clientWidth + 1);
    const innermost = wide.filter((el) => !wide.some((o) => o !== el && el.contains(o)));
    overflow = {
      scrollWidth: root.scrollWidth,
      clientWidth: root.clientWidth,
      culprits: innermost.slice(0, 5).map((el) => {
        const r = el.getBoundingClientRect();
        return `${describeEl(el)} right=${Math.round(r.right)}px "${(el.textContent ?? '').trim().slice(0, 60)}"`;
      }),
    };
  }
  return { lang: root.lang, title: document.title, h1: document.querySelector('main h1')?.textContent?.trim() ?? '', rawText: raw, overflow };
}

