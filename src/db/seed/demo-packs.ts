import type { DemoPack } from './demo/types.ts';
import zh from './demo/zh-CN.ts';
import en from './demo/en.ts';
import th from './demo/th.ts';
import vi from './demo/vi.ts';
import id from './demo/id.ts';
import ms from './demo/ms.ts';
import fil from './demo/fil.ts';
import lo from './demo/lo.ts';
import km from './demo/km.ts';
import my from './demo/my.ts';
import zhExtra from './demo/extra/zh-CN.ts';
import enExtra from './demo/extra/en.ts';

/** Every demo pack, in a fixed order so the demo network is the same on every machine. */
export const DEMO_PACKS: DemoPack[] = [zh, en, th, vi, id, ms, fil, lo, km, my, zhExtra, enExtra];
