import { describe, expect, it } from 'vitest';
import { addMonths, checkDeadline } from './listing-rules.ts';
import { fieldCodesFor } from './list-listings.ts';
import { afterCursor, encodeCursor } from './listing-cursor.ts';
import type { ListingRow } from './load-listing.ts';

describe('listing rules', () => {
  it('adds calendar months in UTC', () => {
    expect(addMonths(new Date('2026-03-02T08:00:00Z'), 12).toISOString()).toBe('2027-03-02T08:00:00.000Z');
    expect(addMonths(new Date('2028-02-29T00:00:00Z'), 12).toISOString()).toBe('2029-03-01T00:00:00.000Z');
  });

  it('accepts today or later as a deadline', () => {
    const now = new Date('2026-03-02T23:30:00Z');
    expect(() => checkDeadline('2026-03-02', now)).not.toThrow();
    expect(() => checkDeadline(null, now)).not.toThrow();
    expect(() => checkDeadline('2026-03-01', now)).toThrow(/passed/);
  });

  it('expands a top field to its sub-fields', () => {
    expect(fieldCodesFor('energy')).toEqual(expect.arrayContaining(['energy', 'energy.solar', 'energy.storage']));
    expect(fieldCodesFor('energy.solar')).toEqual(['energy.solar']);
  });

  it('makes cursors only the same sort accepts', () => {
    const row = { id: '0190c7a4-0000-7000-8000-000000000000', publishedAt: new Date('2026-03-02T08:00:00Z'), trl: 4 } as ListingRow;
    const cursor = encodeCursor('newest', row);
    expect(() => afterCursor('newest', cursor)).not.toThrow();
    expect(() => afterCursor('trl', cursor)).toThrow();
    expect(() => afterCursor('newest', 'not-a-cursor')).toThrow();
    expect(() => afterCursor('trl', encodeCursor('trl', row))).not.toThrow();
  });
});
