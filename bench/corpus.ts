import fs from 'node:fs';
import zlib from 'node:zlib';
import readline from 'node:readline';

export interface CorpusDoc {
  title: string;
  text: string;
}

/** Streams {title, text} records from a .jsonl or .jsonl.gz file (e.g. ../shared/corpus/sbir-awards.jsonl.gz). */
export async function readCorpus(file: string, limit: number): Promise<CorpusDoc[]> {
  const input = fs.createReadStream(file);
  const stream = file.endsWith('.gz') ? input.pipe(zlib.createGunzip()) : input;
  const out: CorpusDoc[] = [];
  for await (const line of readline.createInterface({ input: stream, crlfDelay: Infinity })) {
    if (!line.trim()) continue;
    const row = JSON.parse(line) as { title?: string; text?: string };
    if (!row.title || !row.text) continue;
    out.push({ title: row.title.slice(0, 280), text: row.text });
    if (out.length >= limit) break;
  }
  return out;
}

/** Generated stand-in text when no corpus is given (labelled as generated). */
export function generatedDocs(n: number): CorpusDoc[] {
  const nouns = ['sensor', 'membrane', 'catalyst', 'vaccine', 'battery', 'drone', 'enzyme', 'polymer', 'turbine', 'algorithm', 'coating', 'biochar'];
  const uses = ['rice paddies', 'shrimp ponds', 'rubber plantations', 'smart ports', 'village water supply', 'cold chains', 'solar farms', 'hospitals'];
  const docs: CorpusDoc[] = [];
  for (let i = 0; i < n; i++) {
    const a = nouns[i % nouns.length];
    const b = uses[(i * 7) % uses.length];
    docs.push({
      title: `Generated listing ${i}: low-cost ${a} for ${b}`,
      text: `[generated] A ${a} developed for ${b}. It lowers cost by ${(i % 40) + 10}% and was field-tested at ${(i % 12) + 1} sites.`,
    });
  }
  return docs;
}
