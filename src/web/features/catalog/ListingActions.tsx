import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { api } from '../../api/client.ts';
import type { Listing, ListingSummary } from '../../api/types.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { useEnumLabels } from '../../i18n/enum-labels.ts';
import { FormError, useAction } from '../../components/form.tsx';
import { L } from '../../components/links.tsx';
import { STATUS_ACTIONS, kindPath } from './listing-helpers.ts';

/** The owner's lifecycle buttons for a listing, depending on its state. */
export function ListingActions({ listing, onChanged }: { listing: ListingSummary; onChanged(l: Listing | null): void }) {
  const { t, locale } = useI18n();
  const labels = useEnumLabels();
  const navigate = useNavigate();
  const [closing, setClosing] = useState(false);
  const [reason, setReason] = useState('transferred');
  const base = `${kindPath(listing.kind)}/${listing.id}`;
  const actions = STATUS_ACTIONS[listing.status] ?? [];
  const act = useAction();

  const run = async (what: string) => {
    if (what === 'delete') {
      if (!window.confirm(t('actions.confirmDelete'))) return;
      const ok = await act.run(async () => {
        await api.del(base);
        return true;
      });
      if (ok) {
        onChanged(null);
        navigate(`/${locale}/dashboard`);
      }
      return;
    }
    const l = await act.run(() => api.post<Listing>(`${base}/${what}`, what === 'close' ? { reason } : {}));
    if (l) {
      setClosing(false);
      onChanged(l);
    }
  };

  const buttonLabel: Record<string, string> = {
    submit: t('actions.submit'),
    pause: t('actions.pause'),
    resume: t('actions.resume'),
    confirm: t('actions.confirm'),
    close: t('actions.close'),
    delete: t('actions.delete'),
  };

  if (actions.length === 0) return null;
  return (
    <div className="listing-actions">
      <div className="button-row">
        {actions.map((a) =>
          a === 'edit' ? (
            <L key={a} to={`${base}/edit`} className="btn">
              {t('actions.edit')}
            </L>
          ) : a === 'close' ? (
            <button key={a} type="button" className="btn" aria-expanded={closing} onClick={() => setClosing((c) => !c)}>
              {buttonLabel.close}
            </button>
          ) : (
            <button
              key={a}
              type="button"
              className={`btn${a === 'submit' ? ' primary' : ''}${a === 'delete' ? ' danger' : ''}`}
              disabled={act.pending}
              onClick={() => void run(a)}
            >
              {buttonLabel[a]}
            </button>
          ),
        )}
      </div>
      {closing ? (
        <div className="inline-form">
          <label htmlFor={`close-${listing.id}`}>{t('actions.closeReason')}</label>
          <select id={`close-${listing.id}`} value={reason} onChange={(e) => setReason(e.target.value)}>
            <option value="transferred">{labels.closeReason.transferred}</option>
            <option value="withdrawn">{labels.closeReason.withdrawn}</option>
          </select>
          <button type="button" className="btn danger" disabled={act.pending} onClick={() => void run('close')}>
            {t('actions.closeConfirm')}
          </button>
        </div>
      ) : null}
      <FormError message={act.error} />
    </div>
  );
}
