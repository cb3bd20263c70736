import type { ListingSummary } from '../../api/types.ts';
import type { ListingKind } from '../../lib/enums.ts';

export const kindPath = (kind: ListingKind) => (kind === 'offer' ? '/offers' : '/requests');

export const listingModes = (l: ListingSummary): string[] => (l.kind === 'offer' ? (l.transferModes ?? []) : (l.cooperationModes ?? []));
export const listingCountries = (l: ListingSummary): string[] => (l.kind === 'offer' ? (l.targetCountries ?? []) : (l.neededCountries ?? []));
export const listingTrl = (l: ListingSummary): number => (l.kind === 'offer' ? l.trl : l.minTrl);

/** The short teaser of a text: an offer's summary, a request's problem statement. */
export const teaser = (t: ListingSummary['text']): string => ('summary' in t ? t.summary : t.problem) ?? '';

export const STATUS_ACTIONS: Record<string, ('submit' | 'pause' | 'resume' | 'close' | 'confirm' | 'edit' | 'delete')[]> = {
  draft: ['edit', 'submit', 'delete'],
  changes_requested: ['edit', 'submit'],
  rejected: ['edit', 'submit'],
  submitted: [],
  published: ['confirm', 'edit', 'pause', 'close'],
  paused: ['resume', 'edit', 'close'],
  expired: ['confirm', 'close'],
  closed: [],
};
