import type { files } from './schema.ts';

export interface PresentedFile {
  id: string;
  kind: string;
  mime: string;
  name: string;
  sizeBytes: number;
  url: string;
}

/** The only way a file's record leaves the server; the bytes are fetched from `url`. */
export function presentFile(row: typeof files.$inferSelect): PresentedFile {
  return {
    id: row.id,
    kind: row.kind,
    mime: row.mime,
    name: row.originalName,
    sizeBytes: row.sizeBytes,
    url: `/api/v1/files/${row.id}`,
  };
}
