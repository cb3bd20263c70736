/** Every module's tables, for drizzle-kit and the typed database handle. */
export * from '../modules/accounts/schema.ts';
export * from '../modules/mail/schema.ts';
export * from '../modules/organizations/schema.ts';
export * from '../modules/files/schema.ts';
export * from '../modules/audit/schema.ts';
export * from '../modules/catalog/schema.ts';
