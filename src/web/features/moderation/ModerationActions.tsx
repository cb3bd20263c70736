import { useId, useState } from 'react';
import { api } from '../../api/client.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { FormError, useAction } from '../../components/form.tsx';

/** Operator decisions on a submitted listing: approve, reject with a reason, or ask for changes. */
export function ModerationActions({ listingId, onDone }: { listingId: string; onDone(decision: string): void }) {
  const { t } = useI18n();
  const id = useId();
  const [mode, setMode] = useState<'reject' | 'request-changes' | null>(null);
  const [reason, setReason] = useState('');
  const act = useAction();
  const decide = async (what: 'approve' | 'reject' | 'request-changes') => {
    const ok = await act.run(async () => {
      await api.post(`/moderation/listings/${listingId}/${what}`, what === 'approve' ? {} : { reason: reason.trim() });
      return true;
    });
    if (ok) {
      setMode(null);
      setReason('');
      onDone(what);
    }
  };
  return (
    <div className="moderation-actions">
      <div className="button-row">
        <button type="button" className="btn primary" disabled={act.pending} onClick={() => void decide('approve')}>
          {t('moderation.approve')}
        </button>
        <button type="button" className="btn" aria-expanded={mode === 'request-changes'} onClick={() => setMode('request-changes')}>
          {t('moderation.requestChanges')}
        </button>
        <button type="button" className="btn danger" aria-expanded={mode === 'reject'} onClick={() => setMode('reject')}>
          {t('moderation.reject')}
        </button>
      </div>
      {mode ? (
        <form
          className="inline-form stacked"
          onSubmit={(e) => {
            e.preventDefault();
            void decide(mode);
          }}
        >
          <label htmlFor={`${id}-reason`}>{mode === 'reject' ? t('moderation.rejectReason') : t('moderation.changesReason')}</label>
          <textarea id={`${id}-reason`} required minLength={3} rows={3} value={reason} onChange={(e) => setReason(e.target.value)} />
          <div className="button-row">
            <button type="submit" className={`btn ${mode === 'reject' ? 'danger' : 'primary'}`} disabled={act.pending || reason.trim().length < 3}>
              {mode === 'reject' ? t('moderation.rejectConfirm') : t('moderation.changesConfirm')}
            </button>
            <button type="button" className="btn subtle" onClick={() => setMode(null)}>
              {t('common.cancel')}
            </button>
          </div>
        </form>
      ) : null}
      <FormError message={act.error} />
    </div>
  );
}
