import type { apiTokens } from './schema.ts';

/** Tokens are listed without their secret (only its hash is stored anyway). */
export function presentApiToken(row: typeof apiTokens.$inferSelect) {
  return {
    id: row.id,
    name: row.name,
    scopes: row.scopes,
    createdAt: row.createdAt.toISOString(),
    lastUsedAt: row.lastUsedAt?.toISOString() ?? null,
    revokedAt: row.revokedAt?.toISOString() ?? null,
  };
}
