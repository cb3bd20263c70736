import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError } from './client.ts';
import type { Page } from './types.ts';

/** A cursor-paginated list: first page when `key` changes, `more()` appends the next. */
export function useCursorList<T>(load: (cursor: string | null) => Promise<Page<T> | T[]>, key: string) {
  const [items, setItems] = useState<T[]>([]);
  const [cursor, setCursor] = useState<string | null>(null);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<ApiError | null>(null);
  const run = useRef(0);
  const loadRef = useRef(load);
  loadRef.current = load;

  const fetchPage = useCallback(async (after: string | null) => {
    const mine = ++run.current;
    setLoading(true);
    setError(null);
    try {
      const raw: Page<T> | T[] = await loadRef.current(after);
      if (mine !== run.current) return;
      // Some endpoints answer with a bare array (no pagination); treat it as one page.
      const page: Page<T> = Array.isArray(raw) ? { items: raw, nextCursor: null } : raw;
      setItems((prev) => (after ? [...prev, ...page.items] : page.items));
      setCursor(page.nextCursor ?? null);
    } catch (e) {
      if (mine !== run.current) return;
      setError(e instanceof ApiError ? e : new ApiError(0, { code: 'internal', message: String(e) }));
    } finally {
      if (mine === run.current) setLoading(false);
    }
  }, []);

  useEffect(() => {
    setItems([]);
    void fetchPage(null);
  }, [key, fetchPage]);

  return {
    items,
    setItems,
    loading,
    error,
    hasMore: !!cursor,
    more: () => void fetchPage(cursor),
    reload: () => void fetchPage(null),
  };
}
