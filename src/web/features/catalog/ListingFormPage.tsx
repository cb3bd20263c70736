import { useEffect, useState } from 'react';
import { useNavigate, useParams, useSearchParams } from 'react-router-dom';
import { api } from '../../api/client.ts';
import { useApi } from '../../api/use-api.ts';
import type { Listing } from '../../api/types.ts';
import { useSession } from '../../api/session.tsx';
import { useFields } from '../../api/taxonomy.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { currencyDigits } from '../../i18n/format.ts';
import { useEnumLabels } from '../../i18n/enum-labels.ts';
import { CheckboxGroup, Field, FormError, SubmitButton, useSubmit } from '../../components/form.tsx';
import { ErrorState, Loading, PageHeader, useTitle } from '../../components/bits.tsx';
import { L } from '../../components/links.tsx';
import { CURRENCIES, IP_STATUSES, LOCALES, NETWORK_COUNTRIES, REQUEST_VISIBILITIES, TRANSFER_MODES, type ListingKind } from '../../lib/enums.ts';
import { useMyOrganizations } from '../organizations/use-my-orgs.ts';
import { TextVersionsEditor } from './TextVersionsEditor.tsx';
import { FieldPicker } from './FieldPicker.tsx';
import { AttachmentsEditor } from './AttachmentsEditor.tsx';
import { PatentsEditor } from './PatentsEditor.tsx';
import { draftFromListing, draftToBody, newDraft, type ListingDraft } from './listing-form-state.ts';
import { kindPath } from './listing-helpers.ts';

async function loadForEdit(kind: ListingKind, id: string, locale: string) {
  const first = await api.get<Listing>(`${kindPath(kind)}/${id}`, { locale });
  if (first.texts?.length) return { listing: first, versions: first.texts };
  const others = await Promise.all(
    first.languages.filter((l) => l !== first.text.lang).map((l) => api.get<Listing>(`${kindPath(kind)}/${id}`, { locale: l })),
  );
  return { listing: first, versions: [first.text, ...others.map((o) => o.text).filter((tx) => tx.lang !== first.text.lang)] };
}

/** Create or edit an offer or request (saved as a draft; submitting is a separate step). */
export function ListingFormPage({ kind }: { kind: ListingKind }) {
  const { id } = useParams();
  const [search] = useSearchParams();
  const { t, fmt, locale } = useI18n();
  const labels = useEnumLabels();
  const navigate = useNavigate();
  const { user, loaded } = useSession();
  const fields = useFields(locale);
  const orgs = useMyOrganizations(locale);
  const existing = useApi(() => (id ? loadForEdit(kind, id, locale) : Promise.resolve(null)), [id, kind]);
  const [d, setD] = useState<ListingDraft | null>(null);
  const editing = !!id;
  const title = editing
    ? kind === 'offer'
      ? t('form.editOffer')
      : t('form.editRequest')
    : kind === 'offer'
      ? t('dashboard.createOffer')
      : t('dashboard.createRequest');
  useTitle(title);

  const editable = (orgs.data ?? []).filter((o) => o.role === 'owner' || o.role === 'editor');
  const firstOrg = search.get('organization') ?? editable[0]?.org.id ?? '';
  useEffect(() => {
    if (d) {
      // The organisation list can arrive after the draft was made (session still loading then).
      if (!editing && !d.organizationId && firstOrg) setD({ ...d, organizationId: firstOrg });
      return;
    }
    if (editing && existing.data) setD(draftFromListing(existing.data.listing, existing.data.versions));
    if (!editing && loaded && orgs.data && !orgs.loading) setD(newDraft(kind, locale, firstOrg));
  }, [existing.data, orgs.data, orgs.loading, loaded, editing, d, kind, locale, firstOrg]);

  const form = useSubmit(
    () => {
      const body = draftToBody(kind, d!);
      return editing ? api.patch<Listing>(`${kindPath(kind)}/${id}`, body) : api.post<Listing>(kindPath(kind), body);
    },
    (saved) => navigate(`/${locale}${kindPath(kind)}/${saved.id}${editing ? '' : '/edit?created=1'}`),
  );

  if (loaded && !user) {
    return (
      <section className="page narrow">
        <PageHeader title={title} />
        <p>{t('auth.signInRequired')}</p>
        <L to="/signin" className="btn primary">
          {t('nav.signIn')}
        </L>
      </section>
    );
  }
  if (existing.error) return <ErrorState error={existing.error} />;
  if (!d) return <Loading />;
  if (!editing && editable.length === 0) {
    return (
      <section className="page narrow">
        <PageHeader title={title} />
        <p>{t('form.needOrganization')}</p>
        <L to="/organizations/new" className="btn primary">
          {t('org.create')}
        </L>
      </section>
    );
  }

  const set = <K extends keyof ListingDraft>(k: K, v: ListingDraft[K]) => setD({ ...d, [k]: v });
  const setOriginal = (lang: string) => {
    const texts = [...d.texts];
    const clash = texts.findIndex((x, i) => i > 0 && x.lang === lang);
    if (clash > 0) texts.splice(clash, 1);
    texts[0] = { ...texts[0], lang };
    setD({ ...d, originalLang: lang, texts });
  };
  const e = form.fields;
  const countryOptions = [...NETWORK_COUNTRIES].map((c) => ({ value: c, label: fmt.country(c) })).sort((a, b) => a.label.localeCompare(b.label));
  const step = 1 / 10 ** currencyDigits(d.currency);

  return (
    <section className="page form-page">
      <PageHeader title={title} />
      {search.get('created') ? (
        <div className="notice success" role="status">
          <p>{t('form.draftSaved')}</p>
        </div>
      ) : null}
      <form onSubmit={form.onSubmit} noValidate>
        <FormError message={form.error} />
        {!editing ? (
          <Field label={t('form.organization')} name="organizationId" errors={e}>
            {(p) => (
              <select {...p} value={d.organizationId} onChange={(ev) => set('organizationId', ev.target.value)}>
                {editable.map((o) => (
                  <option key={o.org.id} value={o.org.id}>
                    {o.org.name}
                  </option>
                ))}
              </select>
            )}
          </Field>
        ) : null}
        <Field label={t('form.originalLanguage')} name="originalLang" errors={e} hint={t('form.originalLanguageHint')}>
          {(p) => (
            <select {...p} value={d.originalLang} onChange={(ev) => setOriginal(ev.target.value)}>
              {LOCALES.map((l) => (
                <option key={l} value={l}>
                  {fmt.language(l)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <TextVersionsEditor kind={kind} texts={d.texts} onChange={(texts) => set('texts', texts)} errors={e} />
        <FieldPicker tax={fields} value={d.fields} onChange={(v) => set('fields', v)} errors={e} />
        <Field label={t('form.keywords')} name="keywords" errors={e} hint={t('form.keywordsHint')}>
          {(p) => <input {...p} type="text" value={d.keywords} onChange={(ev) => set('keywords', ev.target.value)} />}
        </Field>
        <div className="grid-2">
          <Field label={kind === 'offer' ? t('listing.trl') : t('listing.minTrl')} name={kind === 'offer' ? 'trl' : 'minTrl'} errors={e} hint={t('form.trlHint')}>
            {(p) => (
              <select {...p} value={d.trl} onChange={(ev) => set('trl', ev.target.value)}>
                {[1, 2, 3, 4, 5, 6, 7, 8, 9].map((n) => (
                  <option key={n} value={n}>
                    {t('listing.trlValue', { trl: n })}
                  </option>
                ))}
              </select>
            )}
          </Field>
          {kind === 'offer' ? (
            <Field label={t('listing.ipStatus')} name="ipStatus" errors={e}>
              {(p) => (
                <select {...p} value={d.ipStatus} onChange={(ev) => set('ipStatus', ev.target.value)}>
                  {IP_STATUSES.map((s) => (
                    <option key={s} value={s}>
                      {labels.ipStatus[s]}
                    </option>
                  ))}
                </select>
              )}
            </Field>
          ) : (
            <Field label={t('listing.visibility')} name="visibility" errors={e} hint={t('form.visibilityHint')}>
              {(p) => (
                <select {...p} value={d.visibility} onChange={(ev) => set('visibility', ev.target.value)}>
                  {REQUEST_VISIBILITIES.map((s) => (
                    <option key={s} value={s}>
                      {labels.visibility[s]}
                    </option>
                  ))}
                </select>
              )}
            </Field>
          )}
        </div>
        {kind === 'offer' ? <PatentsEditor value={d.patents} onChange={(v) => set('patents', v)} errors={e} /> : null}
        <CheckboxGroup
          legend={kind === 'offer' ? t('listing.transferModes') : t('listing.cooperationModes')}
          name={kind === 'offer' ? 'transferModes' : 'cooperationModes'}
          options={TRANSFER_MODES.map((m) => ({ value: m, label: labels.mode[m] }))}
          value={d.modes}
          onChange={(v) => set('modes', v)}
          errors={e}
          columns
        />
        <fieldset className="money">
          <legend>{kind === 'offer' ? t('listing.price') : t('listing.budget')}</legend>
          <div className="grid-3">
            <Field label={kind === 'offer' ? t('form.priceAmount') : t('form.budgetMin')} name={kind === 'offer' ? 'price.amount' : 'budget.min'} errors={e}>
              {(p) => <input {...p} type="number" min={0} step={step} inputMode="decimal" value={d.amount} onChange={(ev) => set('amount', ev.target.value)} />}
            </Field>
            {kind === 'request' ? (
              <Field label={t('form.budgetMax')} name="budget.max" errors={e}>
                {(p) => <input {...p} type="number" min={0} step={step} inputMode="decimal" value={d.amountMax} onChange={(ev) => set('amountMax', ev.target.value)} />}
              </Field>
            ) : null}
            <Field label={t('form.currency')} name={kind === 'offer' ? 'price.currency' : 'budget.currency'} errors={e}>
              {(p) => (
                <select {...p} value={d.currency} onChange={(ev) => set('currency', ev.target.value)}>
                  {CURRENCIES.map((c) => (
                    <option key={c} value={c}>
                      {c} — {fmt.currencyName(c)}
                    </option>
                  ))}
                </select>
              )}
            </Field>
          </div>
          {kind === 'offer' ? (
            <label className="check">
              <input type="checkbox" checked={d.negotiable} onChange={(ev) => set('negotiable', ev.target.checked)} />
              <span>{t('listing.negotiable')}</span>
            </label>
          ) : null}
        </fieldset>
        <CheckboxGroup
          legend={kind === 'offer' ? t('listing.targetCountries') : t('listing.neededCountries')}
          name={kind === 'offer' ? 'targetCountries' : 'neededCountries'}
          options={countryOptions}
          value={d.countries}
          onChange={(v) => set('countries', v)}
          errors={e}
          columns
        />
        {kind === 'request' ? (
          <Field label={t('listing.deadline')} name="deadline" errors={e}>
            {(p) => <input {...p} type="date" value={d.deadline} onChange={(ev) => set('deadline', ev.target.value)} />}
          </Field>
        ) : null}
        <div className="button-row">
          <SubmitButton pending={form.pending}>{t('form.saveDraft')}</SubmitButton>
          <L to={editing ? `${kindPath(kind)}/${id}` : '/dashboard'} className="btn subtle">
            {t('common.cancel')}
          </L>
        </div>
      </form>
      {editing && existing.data ? <AttachmentsEditor listing={existing.data.listing} /> : null}
    </section>
  );
}
