import { useId, useState } from 'react';
import { api } from '../../api/client.ts';
import type { Attachment, Listing } from '../../api/types.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { FormError, useAction } from '../../components/form.tsx';
import { kindPath } from './listing-helpers.ts';

/** Upload and remove a saved listing's attachments (PDF, images, office documents). */
export function AttachmentsEditor({ listing }: { listing: Listing }) {
  const { t } = useI18n();
  const id = useId();
  const [items, setItems] = useState<Attachment[]>(listing.attachments ?? []);
  const [file, setFile] = useState<File | null>(null);
  const [inputKey, setInputKey] = useState(0);
  const act = useAction();
  const base = `${kindPath(listing.kind)}/${listing.id}/attachments`;

  const upload = async () => {
    if (!file) return;
    const r = await act.run(() => api.upload<Attachment | Listing>(base, file));
    if (!r) return;
    // The API may answer with the new attachment or the whole listing.
    if ('attachments' in r) setItems(r.attachments);
    else setItems((xs) => [...xs, r]);
    setFile(null);
    setInputKey((k) => k + 1);
  };
  const remove = async (a: Attachment) => {
    const ok = await act.run(async () => {
      await api.del(`${base}/${a.id}`);
      return true;
    });
    if (ok) setItems((xs) => xs.filter((x) => x.id !== a.id));
  };

  return (
    <section className="panel" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>{t('listing.attachments')}</h2>
      {items.length ? (
        <ul className="attachments">
          {items.map((a) => (
            <li key={a.id}>
              <a href={a.url}>{a.name}</a>{' '}
              <button type="button" className="btn subtle small" onClick={() => void remove(a)}>
                {t('form.removeAttachment', { name: a.name })}
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted">{t('form.noAttachments')}</p>
      )}
      <div className="inline-form">
        <label htmlFor={`${id}-file`}>{t('form.addAttachment')}</label>
        <input key={inputKey} id={`${id}-file`} type="file" accept=".pdf,.png,.jpg,.jpeg,.webp,.docx,.xlsx,.pptx" onChange={(e) => setFile(e.target.files?.[0] ?? null)} />
        <button type="button" className="btn" disabled={!file || act.pending} onClick={() => void upload()}>
          {t('form.upload')}
        </button>
      </div>
      <FormError message={act.error} />
    </section>
  );
}
