// "Cotations": load a client's quote request (JSON), adjust its volumes and the margin or mark-up, and see the price
// grid, the monthly simulation, break-even, sensitivity and terms re-priced live; download the quote (PDF) and the
// price schedule (XLSX) in French or English.
import { isLang, type Lang, SUPPORTED_LANGS } from '@logipilot/i18n';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import exampleRequest from '../../../../../../examples/quote-request.json';
import { useApi } from '../../../api/useApi.ts';
import { useLang } from '../../../app/i18n.ts';
import { ErrorBox } from '../components/ErrorBox.tsx';
import { Forbidden } from '../components/Forbidden.tsx';
import { NumberInput } from '../components/NumberInput.tsx';
import { QuoteResultView } from '../components/QuoteResultView.tsx';
import { QuoteVolumes } from '../components/QuoteVolumes.tsx';
import { CostingError, costingJson, downloadFile, isForbidden } from '../costingApi.ts';
import {
  isValidMargin,
  isValidMarkup,
  MARGIN_MAX,
  MARKUP_MAX,
  marginFromMarkup,
  markupFromMargin,
  parseJsonObject,
} from '../costingFormat.ts';
import type { CostModelAnswer, QuoteOverrides, QuoteRequestJson, QuoteResult } from '../costingTypes.ts';
import '../costing.css';

/** Pause after the last keystroke before re-pricing: typing "12" asks once, not for "1" then "12". */
const DEBOUNCE_MS = 250;

type Basis = 'margin' | 'markup';

interface Pricing {
  basis: Basis;
  margin: number | undefined;
  markup: number | undefined;
}

function pricingOf(request: QuoteRequestJson): Pricing {
  const margin = request.pricing?.targetMarginPct;
  const markup = request.pricing?.markupPct;
  if (typeof markup === 'number' && typeof margin !== 'number')
    return { basis: 'markup', markup, margin: marginFromMarkup(markup) };
  const m = typeof margin === 'number' ? margin : 10;
  return { basis: 'margin', margin: m, markup: markupFromMargin(m) };
}

export function QuotePage() {
  const { t } = useTranslation();
  const lang = useLang();
  const model = useApi<CostModelAnswer>('/api/cost-model');
  const [request, setRequest] = useState<QuoteRequestJson | null>(null);
  const [source, setSource] = useState<string | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const [pricing, setPricing] = useState<Pricing>({ basis: 'margin', margin: undefined, markup: undefined });
  const [volumePct, setVolumePct] = useState<number | undefined>(100);
  const [docLangChoice, setDocLangChoice] = useState<Lang | null>(null);
  const docLang = docLangChoice ?? lang;
  /** The client's edition by default: costs and margins only go into the internal file. */
  const [edition, setEdition] = useState<'client' | 'internal'>('client');
  const [result, setResult] = useState<QuoteResult | null>(null);
  const [error, setError] = useState<Error | null>(null);
  const [busy, setBusy] = useState(false);
  const [downloading, setDownloading] = useState<'pdf' | 'xlsx' | null>(null);
  const [downloadError, setDownloadError] = useState<Error | null>(null);

  const load = (next: QuoteRequestJson, name: string) => {
    setRequest(next);
    setSource(name);
    setFileError(null);
    setPricing(pricingOf(next));
    setVolumePct(100);
    setResult(null);
    setError(null);
  };

  const onFile = async (file: File | undefined) => {
    if (!file) return;
    const parsed = parseJsonObject(await file.text());
    if (!parsed) {
      setFileError(t('web-costing.quote.request.notJson', { file: file.name }));
      return;
    }
    load(parsed as QuoteRequestJson, file.name);
  };

  const volumeFactor = volumePct === undefined ? undefined : volumePct / 100;
  const volumeOk = volumeFactor !== undefined && volumeFactor > 0 && volumeFactor <= 10;
  const pricingOk =
    pricing.basis === 'margin'
      ? isValidMargin(pricing.margin ?? null)
      : isValidMarkup(pricing.markup ?? null);
  const overrides: QuoteOverrides | null = useMemo(() => {
    const margin = pricing.margin ?? null;
    const markup = pricing.markup ?? null;
    if (!volumeOk || volumeFactor === undefined) return null;
    const scale: QuoteOverrides = volumeFactor !== 1 ? { volumeFactor } : {};
    if (pricing.basis === 'margin')
      return isValidMargin(margin) ? { ...scale, targetMarginPct: margin } : null;
    return isValidMarkup(markup) ? { ...scale, markupPct: markup } : null;
  }, [pricing, volumeOk, volumeFactor]);

  // Re-price after each change; a newer change cancels the request of the older one.
  useEffect(() => {
    if (!request || !overrides) return;
    const controller = new AbortController();
    const timer = setTimeout(() => {
      setBusy(true);
      costingJson<QuoteResult>({
        method: 'POST',
        path: '/api/quotes/price',
        lang,
        body: { request, overrides },
        signal: controller.signal,
      })
        .then((answer) => {
          setResult(answer);
          setError(null);
        })
        .catch((e: unknown) => {
          if (!controller.signal.aborted) setError(e instanceof Error ? e : new Error(String(e)));
        })
        .finally(() => {
          if (!controller.signal.aborted) setBusy(false);
        });
    }, DEBOUNCE_MS);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [request, overrides, lang]);

  const download = async (format: 'pdf' | 'xlsx') => {
    if (!request || !overrides) return;
    setDownloading(format);
    setDownloadError(null);
    try {
      await downloadFile(
        {
          method: 'POST',
          path: '/api/quotes/document',
          lang,
          body: { request, overrides, format, lang: docLang, edition },
        },
        `${docLang === 'fr' ? 'cotation' : 'quote'}${edition === 'internal' ? '-internal' : ''}.${format}`,
      );
    } catch (e) {
      setDownloadError(e instanceof Error ? e : new Error(String(e)));
    } finally {
      setDownloading(null);
    }
  };

  if (isForbidden(model.error) || isForbidden(error)) return <Forbidden />;

  const badFields = new Set(
    error instanceof CostingError
      ? [error.field, ...error.details.map((d) => d.field)].filter((f): f is string => !!f)
      : [],
  );

  return (
    <div className="page costing" data-testid="quote-page">
      <div className="costing-titlebar">
        <h1>{t('web-costing.quote.title')}</h1>
        <span className="spacer" />
        {busy && (
          <span className="muted" data-testid="quote-busy">
            {t('web-costing.quote.pricing')}
          </span>
        )}
      </div>
      <p className="muted intro">{t('web-costing.quote.intro')}</p>
      {model.data && model.data.costModel === null && (
        <p className="alert" data-testid="quote-no-model">
          {t('web-costing.quote.noCostModel')} <a href="#/cost-model">{t('web-costing.nav.costModel')}</a>
        </p>
      )}

      <section className="panel">
        <div className="costing-toolbar">
          <label className="costing-file">
            {t('web-costing.quote.request.file')}
            <input
              type="file"
              accept="application/json,.json"
              data-testid="quote-file"
              onChange={(e) => {
                void onFile(e.target.files?.[0]);
                e.target.value = '';
              }}
            />
          </label>
          <button
            type="button"
            data-testid="quote-load-example"
            onClick={() => load(structuredClone(exampleRequest) as QuoteRequestJson, 'quote-request.json')}
          >
            {t('web-costing.quote.request.example')}
          </button>
          {source && <span className="muted">{t('web-costing.quote.request.loaded', { file: source })}</span>}
        </div>
        {fileError && <p className="alert error">{fileError}</p>}
        {!request && <p className="empty">{t('web-costing.quote.request.none')}</p>}
        {request && (
          <dl className="costing-facts" data-testid="quote-client">
            <dt>{t('web-costing.quote.request.client')}</dt>
            <dd>{request.client?.name ?? '–'}</dd>
            <dt>{t('web-costing.quote.request.language')}</dt>
            <dd>
              {isLang(request.client?.language) ? t(`common.language.${request.client.language}`) : '–'}
            </dd>
            <dt>{t('web-costing.quote.request.start')}</dt>
            <dd>{request.contract?.startMonth ?? '–'}</dd>
            <dt>{t('web-costing.quote.request.length')}</dt>
            <dd>{t('web-costing.quote.request.months', { count: request.contract?.lengthMonths ?? 0 })}</dd>
            <dt>{t('web-costing.quote.request.services')}</dt>
            <dd>
              {(request.services ?? [])
                .map((s) => t(`web-costing.requestService.${s}`, { defaultValue: s }))
                .join(' · ')}
            </dd>
          </dl>
        )}
      </section>

      {request && (
        <>
          <section className="panel">
            <div className="panel-head">
              <h2>{t('web-costing.quote.pricingTitle')}</h2>
            </div>
            <div className="costing-pricing">
              <div className="costing-labelled">
                {t('web-costing.quote.margin')}
                <span className="costing-suffix">
                  <NumberInput
                    value={pricing.margin}
                    onChange={(v) =>
                      setPricing({
                        basis: 'margin',
                        margin: v,
                        markup: isValidMargin(v ?? null) ? markupFromMargin(v ?? 0) : pricing.markup,
                      })
                    }
                    label={t('web-costing.quote.margin')}
                    invalid={pricing.basis === 'margin' && !pricingOk}
                    maxDigits={2}
                    testId="quote-margin"
                  />
                  %
                </span>
              </div>
              <div className="costing-labelled">
                {t('web-costing.quote.markup')}
                <span className="costing-suffix">
                  <NumberInput
                    value={pricing.markup}
                    onChange={(v) =>
                      setPricing({
                        basis: 'markup',
                        markup: v,
                        margin: isValidMarkup(v ?? null) ? marginFromMarkup(v ?? 0) : pricing.margin,
                      })
                    }
                    label={t('web-costing.quote.markup')}
                    invalid={pricing.basis === 'markup' && !pricingOk}
                    maxDigits={2}
                    testId="quote-markup"
                  />
                  %
                </span>
              </div>
              <div className="costing-labelled">
                {t('web-costing.quote.volumeFactor')}
                <span className="costing-suffix">
                  <NumberInput
                    value={volumePct}
                    onChange={setVolumePct}
                    label={t('web-costing.quote.volumeFactor')}
                    invalid={!volumeOk}
                    maxDigits={1}
                    testId="quote-volume-factor"
                  />
                  %
                </span>
              </div>
              <p className="muted costing-hint">
                {t(
                  pricing.basis === 'margin'
                    ? 'web-costing.quote.basisMargin'
                    : 'web-costing.quote.basisMarkup',
                )}
              </p>
            </div>
            {!pricingOk && (
              <p className="alert error">
                {t(
                  pricing.basis === 'margin'
                    ? 'web-costing.quote.marginInvalid'
                    : 'web-costing.quote.markupInvalid',
                  { max: pricing.basis === 'margin' ? MARGIN_MAX : MARKUP_MAX },
                )}
              </p>
            )}
            {!volumeOk && <p className="alert error">{t('web-costing.quote.volumeFactorInvalid')}</p>}
            <ErrorBox error={error} testId="quote-error" />
            <h2 className="costing-subtitle">{t('web-costing.quote.volumes.title')}</h2>
            <QuoteVolumes request={request} onChange={setRequest} badFields={badFields} />
          </section>

          {result && (
            <>
              <section className="costing-downloads panel" data-testid="quote-downloads">
                <label className="inline">
                  {t('web-costing.quote.documents.language')}
                  <select
                    data-testid="quote-doc-lang"
                    value={docLang}
                    onChange={(e) => setDocLangChoice(isLang(e.target.value) ? e.target.value : null)}
                  >
                    {SUPPORTED_LANGS.map((l) => (
                      <option key={l} value={l}>
                        {t(`common.language.${l}`)}
                      </option>
                    ))}
                  </select>
                </label>
                <label className="inline">
                  {t('web-costing.quote.documents.edition')}
                  <select
                    data-testid="quote-doc-edition"
                    value={edition}
                    onChange={(e) => setEdition(e.target.value === 'internal' ? 'internal' : 'client')}
                  >
                    <option value="client">{t('web-costing.quote.documents.editionClient')}</option>
                    <option value="internal">{t('web-costing.quote.documents.editionInternal')}</option>
                  </select>
                </label>
                <button
                  type="button"
                  className="primary"
                  data-testid="quote-download-pdf"
                  disabled={downloading !== null || !overrides}
                  onClick={() => void download('pdf')}
                >
                  {t('web-costing.quote.documents.pdf')}
                </button>
                <button
                  type="button"
                  data-testid="quote-download-xlsx"
                  disabled={downloading !== null || !overrides}
                  onClick={() => void download('xlsx')}
                >
                  {t('web-costing.quote.documents.xlsx')}
                </button>
                {downloading && <span className="muted">{t('web-costing.quote.documents.preparing')}</span>}
                <ErrorBox error={downloadError} />
              </section>
              <QuoteResultView result={result} />
            </>
          )}
        </>
      )}
    </div>
  );
}
