import { useI18n } from '../i18n/I18nProvider.tsx';
import type { ApiError } from '../api/client.ts';
import { Empty, ErrorState, Loading } from './bits.tsx';

/** Footer of a cursor list: loading, error, empty state and the "load more" button. */
export function ListFooter({
  loading,
  error,
  hasMore,
  count,
  more,
  retry,
}: {
  loading: boolean;
  error: ApiError | null;
  hasMore: boolean;
  count: number;
  more(): void;
  retry(): void;
}) {
  const { t } = useI18n();
  return (
    <div aria-live="polite">
      {loading ? <Loading /> : null}
      {error ? <ErrorState error={error} onRetry={retry} /> : null}
      {!loading && !error && count === 0 ? <Empty>{t('list.empty')}</Empty> : null}
      {hasMore && !loading ? (
        <div className="load-more">
          <button type="button" className="btn" onClick={more}>
            {t('list.loadMore')}
          </button>
        </div>
      ) : null}
    </div>
  );
}
