import type { DemoPack } from './types.ts';
import { organizations } from './zh-CN/orgs.ts';
import { offers as o1 } from './zh-CN/offers-1.ts';
import { offers as o2 } from './zh-CN/offers-2.ts';
import { offers as o3 } from './zh-CN/offers-3.ts';
import { requests } from './zh-CN/requests.ts';

/** Simplified Chinese demo pack: fictional Chinese organisations, offers and requests. */
const pack: DemoPack = { lang: 'zh-CN', organizations, offers: [...o1, ...o2, ...o3], requests };
export default pack;
