import { v7 } from 'uuid';
import { createHash, randomBytes } from 'node:crypto';

/** Time-ordered UUIDv7: primary keys sort by creation, which keeps B-tree inserts local. */
export const newId = (): string => v7();

/** A URL-safe random secret for tokens handed to users (session, email links, API tokens). */
export const newSecret = (bytes = 32): string => randomBytes(bytes).toString('base64url');

/** Tokens are stored only as hashes, so a database leak does not leak live credentials. */
export const hashSecret = (secret: string): string => createHash('sha256').update(secret).digest('hex');
