import { useEffect, useState } from 'react';
import { useNavigate, useParams } from 'react-router-dom';
import { api } from '../../api/client.ts';
import { useApi } from '../../api/use-api.ts';
import type { OrganizationDetail, OrganizationSummary } from '../../api/types.ts';
import { useSession } from '../../api/session.tsx';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { useEnumLabels } from '../../i18n/enum-labels.ts';
import { Field, FormError, SubmitButton, useAction, useSubmit } from '../../components/form.tsx';
import { ErrorState, Loading, PageHeader, SignInRequired, useTitle } from '../../components/bits.tsx';
import { L } from '../../components/links.tsx';
import { LOCALES, NETWORK_COUNTRIES, ORGANIZATION_TYPES } from '../../lib/enums.ts';

interface OrgText {
  lang: string;
  name: string;
  description: string;
}
interface OrgDraft {
  type: string;
  country: string;
  region: string;
  website: string;
  originalLang: string;
  texts: OrgText[];
}

async function loadOrg(id: string): Promise<{ org: OrganizationDetail; texts: OrgText[] }> {
  const org = await api.get<OrganizationDetail>(`/organizations/${id}`);
  const texts = org.texts.map((x) => ({ lang: x.lang, name: x.name, description: x.description }));
  texts.sort((a, b) => (a.lang === org.originalLang ? -1 : b.lang === org.originalLang ? 1 : 0));
  return { org, texts };
}

/** Create an organisation (the creator becomes its owner) or edit one you own or edit. */
export function OrganizationFormPage() {
  const { id } = useParams();
  const { t, fmt, locale } = useI18n();
  const labels = useEnumLabels();
  const navigate = useNavigate();
  const { refresh, user, loaded } = useSession();
  const existing = useApi(() => (id ? loadOrg(id) : Promise.resolve(null)), [id]);
  const [d, setD] = useState<OrgDraft | null>(null);
  const title = id ? t('org.editTitle') : t('org.create');
  useTitle(title);
  useEffect(() => {
    if (d) return;
    if (!id) setD({ type: 'university', country: 'CN', region: '', website: '', originalLang: locale, texts: [{ lang: locale, name: '', description: '' }] });
    else if (existing.data) {
      const o = existing.data.org;
      setD({ type: o.type, country: o.country, region: o.region ?? '', website: o.website ?? '', originalLang: o.originalLang, texts: existing.data.texts });
    }
  }, [id, existing.data, d, locale]);

  const form = useSubmit(
    () => {
      const body: Record<string, unknown> = { ...d!, website: d!.website.trim() || null };
      if (id && existing.data) {
        // Texts are upserted per language on the server; removed versions must be named.
        const kept = new Set(d!.texts.map((x) => x.lang));
        const removeLangs = existing.data.texts.map((x) => x.lang).filter((l) => !kept.has(l));
        if (removeLangs.length) body.removeLangs = removeLangs;
        delete body.country;
      }
      return id ? api.patch<OrganizationSummary>(`/organizations/${id}`, body) : api.post<OrganizationSummary>('/organizations', body);
    },
    async (org) => {
      await refresh();
      navigate(`/${locale}/organizations/${org.id}`);
    },
  );
  const logo = useAction();
  const [logoFile, setLogoFile] = useState<File | null>(null);

  if (loaded && !user) return <SignInRequired />;
  if (existing.error) return <ErrorState error={existing.error} />;
  if (!d) return <Loading />;
  const e = form.fields;
  const set = <K extends keyof OrgDraft>(k: K, v: OrgDraft[K]) => setD({ ...d, [k]: v });
  const setText = (i: number, k: keyof OrgText, v: string) => set('texts', d.texts.map((x, j) => (j === i ? { ...x, [k]: v } : x)));
  const used = new Set(d.texts.map((x) => x.lang));

  return (
    <section className="page form-page">
      <PageHeader title={title} />
      {!id && user && !user.emailVerified ? (
        <div className="notice warn" role="note">
          <p>{t('org.needVerifiedEmail')}</p>
        </div>
      ) : null}
      <form onSubmit={form.onSubmit} noValidate>
        <FormError message={form.error} />
        <div className="grid-2">
          <Field label={t('org.type')} name="type" errors={e}>
            {(p) => (
              <select {...p} value={d.type} onChange={(ev) => set('type', ev.target.value)}>
                {ORGANIZATION_TYPES.map((o) => (
                  <option key={o} value={o}>
                    {labels.orgType[o]}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field label={t('org.country')} name="country" errors={e}>
            {(p) => (
              <select {...p} value={d.country} onChange={(ev) => set('country', ev.target.value)} disabled={!!id}>
                {NETWORK_COUNTRIES.map((c) => (
                  <option key={c} value={c}>
                    {fmt.country(c)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field label={t('org.region')} name="region" errors={e}>
            {(p) => <input {...p} type="text" value={d.region} onChange={(ev) => set('region', ev.target.value)} />}
          </Field>
          <Field label={t('org.website')} name="website" errors={e}>
            {(p) => <input {...p} type="url" inputMode="url" placeholder="https://" value={d.website} onChange={(ev) => set('website', ev.target.value)} />}
          </Field>
        </div>
        <Field label={t('form.originalLanguage')} name="originalLang" errors={e}>
          {(p) => (
            <select
              {...p}
              value={d.originalLang}
              onChange={(ev) => setD({ ...d, originalLang: ev.target.value, texts: d.texts.map((x, i) => (i === 0 ? { ...x, lang: ev.target.value } : x)).filter((x, i) => i === 0 || x.lang !== ev.target.value) })}
            >
              {LOCALES.map((l) => (
                <option key={l} value={l}>
                  {fmt.language(l)}
                </option>
              ))}
            </select>
          )}
        </Field>
        {d.texts.map((x, i) => (
          <fieldset key={x.lang} className="text-version" lang={x.lang}>
            <legend>{i === 0 ? t('form.originalVersion', { language: fmt.language(x.lang) }) : t('form.extraVersion', { language: fmt.language(x.lang) })}</legend>
            <Field label={t('org.name')} name={`texts.${i}.name`} errors={e}>
              {(p) => <input {...p} type="text" required value={x.name} onChange={(ev) => setText(i, 'name', ev.target.value)} />}
            </Field>
            <Field label={t('org.description')} name={`texts.${i}.description`} errors={e}>
              {(p) => <textarea {...p} rows={5} value={x.description} onChange={(ev) => setText(i, 'description', ev.target.value)} />}
            </Field>
            {i > 0 ? (
              <button type="button" className="btn subtle" onClick={() => set('texts', d.texts.filter((_, j) => j !== i))}>
                {t('form.removeVersion', { language: fmt.language(x.lang) })}
              </button>
            ) : null}
          </fieldset>
        ))}
        <div className="inline-form">
          <label htmlFor="org-add-version">{t('form.addVersion')}</label>
          <select id="org-add-version" value="" onChange={(ev) => ev.target.value && set('texts', [...d.texts, { lang: ev.target.value, name: '', description: '' }])}>
            <option value="">{t('form.chooseLanguage')}</option>
            {LOCALES.filter((l) => !used.has(l)).map((l) => (
              <option key={l} value={l}>
                {fmt.language(l)}
              </option>
            ))}
          </select>
        </div>
        <div className="button-row">
          <SubmitButton pending={form.pending}>{id ? t('common.save') : t('org.create')}</SubmitButton>
          <L to={id ? `/organizations/${id}` : '/dashboard'} className="btn subtle">
            {t('common.cancel')}
          </L>
        </div>
      </form>
      {id ? (
        <section className="panel" aria-labelledby="logo-h">
          <h2 id="logo-h">{t('org.logo')}</h2>
          <div className="inline-form">
            <label htmlFor="logo-file">{t('org.logoFile')}</label>
            <input id="logo-file" type="file" accept="image/png,image/jpeg,image/webp" onChange={(ev) => setLogoFile(ev.target.files?.[0] ?? null)} />
            <button
              type="button"
              className="btn"
              disabled={!logoFile || logo.pending}
              onClick={() => void logo.run(() => api.upload(`/organizations/${id}/logo`, logoFile!)).then((r) => r !== undefined && existing.reload())}
            >
              {t('form.upload')}
            </button>
          </div>
          <FormError message={logo.error} />
        </section>
      ) : null}
    </section>
  );
}
