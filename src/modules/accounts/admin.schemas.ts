import { z } from 'zod';
import { NETWORK_COUNTRIES } from '../taxonomy/enums.ts';
import { pageQuery } from '../../server/http/schemas.ts';

export const adminUsersQuery = pageQuery.extend({
  /** Part of the email or display name, case-insensitive. */
  q: z.string().trim().max(200).optional(),
  /** The id of the last user of the previous page. */
  cursor: z.uuid({ message: 'Must be a cursor returned by the previous page.' }).optional(),
});

export const adminUser = z.object({
  id: z.string(),
  email: z.string(),
  displayName: z.string(),
  locale: z.string(),
  calendar: z.string(),
  emailVerified: z.boolean(),
  isAdmin: z.boolean(),
  isDemo: z.boolean(),
  operatorCountries: z.array(z.string()),
  createdAt: z.string(),
});
export type AdminUser = z.infer<typeof adminUser>;

export const adminUserPage = z.object({ items: z.array(adminUser), nextCursor: z.string().nullable() });

/** National operators act for network countries only (China and the ASEAN members). */
export const operatorCountriesBody = z.object({
  countries: z
    .array(z.string().trim().toUpperCase().pipe(z.enum(NETWORK_COUNTRIES, { message: 'Not a country of the network.' })))
    .max(NETWORK_COUNTRIES.length),
});

export const adminFlagBody = z.object({ isAdmin: z.boolean() });
