import { useEffect, useState } from 'react';
import { api } from './client.ts';
import type { FieldNode } from './types.ts';

export interface FieldTaxonomy {
  /** code → label in the viewer's language (falls back to the code). */
  labels: Map<string, string>;
  /** Top fields with their sub-fields, in server order. */
  tree: { code: string; label: string; children: { code: string; label: string }[] }[];
}

const cache = new Map<string, Promise<FieldTaxonomy>>();

/** Accepts a nested ({children}) or a flat ({parent}) list, whichever the taxonomy endpoint sends. */
export function buildTaxonomy(items: FieldNode[]): FieldTaxonomy {
  const labels = new Map<string, string>();
  const tree: FieldTaxonomy['tree'] = [];
  const byCode = new Map<string, FieldTaxonomy['tree'][number]>();
  const visit = (n: FieldNode, parent: string | null) => {
    labels.set(n.code, n.label);
    const p = parent ?? n.parent ?? (n.code.includes('.') ? n.code.split('.')[0] : null);
    if (!p) {
      const top = { code: n.code, label: n.label, children: [] as { code: string; label: string }[] };
      tree.push(top);
      byCode.set(n.code, top);
    } else {
      byCode.get(p)?.children.push({ code: n.code, label: n.label });
    }
    n.children?.forEach((c) => visit(c, n.code));
  };
  items.forEach((n) => visit(n, null));
  return { labels, tree };
}

export function loadFields(locale: string): Promise<FieldTaxonomy> {
  let p = cache.get(locale);
  if (!p) {
    p = api
      .get<{ items: FieldNode[] }>('/taxonomy/fields', { locale })
      .then((r) => buildTaxonomy(r.items))
      .catch(() => {
        cache.delete(locale);
        return { labels: new Map(), tree: [] };
      });
    cache.set(locale, p);
  }
  return p;
}

export function useFields(locale: string): FieldTaxonomy | null {
  const [tax, setTax] = useState<FieldTaxonomy | null>(null);
  useEffect(() => {
    let live = true;
    void loadFields(locale).then((t) => live && setTax(t));
    return () => {
      live = false;
    };
  }, [locale]);
  return tax;
}

export const fieldLabel = (tax: FieldTaxonomy | null, code: string) => tax?.labels.get(code) ?? code;
