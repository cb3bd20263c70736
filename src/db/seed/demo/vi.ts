import type { DemoPack } from './types.ts';
import { organizations } from './vi/orgs.ts';
import { offers as offers1 } from './vi/offers-1.ts';
import { offers as offers2 } from './vi/offers-2.ts';
import { offers as offers3 } from './vi/offers-3.ts';
import { requests } from './vi/requests.ts';

/** Vietnamese demo pack: fictional organisations in Hanoi, Ho Chi Minh City, Can Tho and Da Nang. */
const pack: DemoPack = { lang: 'vi', organizations, offers: [...offers1, ...offers2, ...offers3], requests };

export default pack;
