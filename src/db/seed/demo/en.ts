import type { DemoPack } from './types.ts';
import { organizations } from './en/orgs.ts';
import { offers as offers1 } from './en/offers-1.ts';
import { offers as offers2 } from './en/offers-2.ts';
import { offers as offers3 } from './en/offers-3.ts';
import { requests } from './en/requests.ts';

/** English demo pack: fictional organisations in Singapore, the Philippines and Brunei. */
const pack: DemoPack = { lang: 'en', organizations, offers: [...offers1, ...offers2, ...offers3], requests };

export default pack;
