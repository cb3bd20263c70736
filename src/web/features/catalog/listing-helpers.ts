import type { Listing, ListingText } from '../../api/types.ts';
import type { ListingKind } from '../../lib/enums.ts';

export const kindPath = (kind: ListingKind) => (kind === 'offer' ? '/offers' : '/requests');

export const listingModes = (l: Listing): string[] => (l.kind === 'offer' ? (l.transferModes ?? []) : (l.cooperationModes ?? []));
export const listingCountries = (l: Listing): string[] => (l.kind === 'offer' ? (l.targetCountries ?? []) : (l.neededCountries ?? []));
export const listingTrl = (l: Listing): number => (l.kind === 'offer' ? l.trl : l.minTrl);

/** The short teaser of a text: an offer's summary, a request's problem statement. */
export const teaser = (t: ListingText): string => t.summary ?? t.problem ?? '';

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
