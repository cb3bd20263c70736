const MAX_NAME = 200;

/**
 * Makes a client-supplied file name safe to store and to show: no directories, no control
 * or bidirectional-override characters (which can disguise "gpj.exe" as "exe.jpg"), at most
 * 200 characters. Falls back to `fallback` when nothing printable is left.
 */
export function sanitizeFilename(raw: string, fallback = 'file'): string {
  const base = raw.normalize('NFC').split(/[/\\]/).pop() ?? '';
  const cleaned = base
    .replace(/[\p{Cc}\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069]/gu, '')
    .trim()
    .replace(/^\.+/, '');
  const chars = [...cleaned];
  const name = chars.length > MAX_NAME ? chars.slice(0, MAX_NAME).join('').trim() : cleaned;
  return name || fallback;
}
