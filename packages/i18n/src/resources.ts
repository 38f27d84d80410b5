// Assembles the per-area catalogue files into one i18next resource tree per language.

import type { Lang } from './lang.ts';
import enApi from './locales/en/api.json' with { type: 'json' };
import enAuth from './locales/en/auth.json' with { type: 'json' };
import enBudgetDocuments from './locales/en/budget-documents.json' with { type: 'json' };
import enCli from './locales/en/cli.json' with { type: 'json' };
import enCommon from './locales/en/common.json' with { type: 'json' };
import enCosting from './locales/en/costing.json' with { type: 'json' };
import enDemo from './locales/en/demo.json' with { type: 'json' };
import enErrorsApi from './locales/en/errors-api.json' with { type: 'json' };
import enErrorsBudget from './locales/en/errors-budget.json' with { type: 'json' };
import enErrorsCli from './locales/en/errors-cli.json' with { type: 'json' };
import enErrorsCosting from './locales/en/errors-costing.json' with { type: 'json' };
import enErrorsDb from './locales/en/errors-db.json' with { type: 'json' };
import enErrorsDomain from './locales/en/errors-domain.json' with { type: 'json' };
import enErrorsImport from './locales/en/errors-import.json' with { type: 'json' };
import enErrorsPlan from './locales/en/errors-plan.json' with { type: 'json' };
import enErrorsQuote from './locales/en/errors-quote.json' with { type: 'json' };
import enErrorsRoster from './locales/en/errors-roster.json' with { type: 'json' };
import enErrorsSolvers from './locales/en/errors-solvers.json' with { type: 'json' };
import enForecast from './locales/en/forecast.json' with { type: 'json' };
import enImport from './locales/en/import.json' with { type: 'json' };
import enKpi from './locales/en/kpi.json' with { type: 'json' };
import enKpiDocuments from './locales/en/kpi-documents.json' with { type: 'json' };
import enLevers from './locales/en/levers.json' with { type: 'json' };
import enPlan from './locales/en/plan.json' with { type: 'json' };
import enQuoteDocuments from './locales/en/quote-documents.json' with { type: 'json' };
import enRoster from './locales/en/roster.json' with { type: 'json' };
import enRosterCli from './locales/en/roster-cli.json' with { type: 'json' };
import enRosterDocuments from './locales/en/roster-documents.json' with { type: 'json' };
import enSite from './locales/en/site.json' with { type: 'json' };
import enWeb from './locales/en/web.json' with { type: 'json' };
import enWebCosting from './locales/en/web-costing.json' with { type: 'json' };
import enWebKpi from './locales/en/web-kpi.json' with { type: 'json' };
import enWebRoster from './locales/en/web-roster.json' with { type: 'json' };
import frApi from './locales/fr/api.json' with { type: 'json' };
import frAuth from './locales/fr/auth.json' with { type: 'json' };
import frBudgetDocuments from './locales/fr/budget-documents.json' with { type: 'json' };
import frCli from './locales/fr/cli.json' with { type: 'json' };
import frCommon from './locales/fr/common.json' with { type: 'json' };
import frCosting from './locales/fr/costing.json' with { type: 'json' };
import frDemo from './locales/fr/demo.json' with { type: 'json' };
import frErrorsApi from './locales/fr/errors-api.json' with { type: 'json' };
import frErrorsBudget from './locales/fr/errors-budget.json' with { type: 'json' };
import frErrorsCli from './locales/fr/errors-cli.json' with { type: 'json' };
import frErrorsCosting from './locales/fr/errors-costing.json' with { type: 'json' };
import frErrorsDb from './locales/fr/errors-db.json' with { type: 'json' };
import frErrorsDomain from './locales/fr/errors-domain.json' with { type: 'json' };
import frErrorsImport from './locales/fr/errors-import.json' with { type: 'json' };
import frErrorsPlan from './locales/fr/errors-plan.json' with { type: 'json' };
import frErrorsQuote from './locales/fr/errors-quote.json' with { type: 'json' };
import frErrorsRoster from './locales/fr/errors-roster.json' with { type: 'json' };
import frErrorsSolvers from './locales/fr/errors-solvers.json' with { type: 'json' };
import frForecast from './locales/fr/forecast.json' with { type: 'json' };
import frImport from './locales/fr/import.json' with { type: 'json' };
import frKpi from './locales/fr/kpi.json' with { type: 'json' };
import frKpiDocuments from './locales/fr/kpi-documents.json' with { type: 'json' };
import frLevers from './locales/fr/levers.json' with { type: 'json' };
import frPlan from './locales/fr/plan.json' with { type: 'json' };
import frQuoteDocuments from './locales/fr/quote-documents.json' with { type: 'json' };
import frRoster from './locales/fr/roster.json' with { type: 'json' };
import frRosterCli from './locales/fr/roster-cli.json' with { type: 'json' };
import frRosterDocuments from './locales/fr/roster-documents.json' with { type: 'json' };
import frSite from './locales/fr/site.json' with { type: 'json' };
import frWeb from './locales/fr/web.json' with { type: 'json' };
import frWebCosting from './locales/fr/web-costing.json' with { type: 'json' };
import frWebKpi from './locales/fr/web-kpi.json' with { type: 'json' };
import frWebRoster from './locales/fr/web-roster.json' with { type: 'json' };

/** A catalogue subtree: strings at the leaves. */
export interface Catalogue {
  [key: string]: string | Catalogue;
}

/** Areas merged under their own name: keys read `<area>.<key>` (e.g. `site.temperatureClass.ambient`). */
export const AREAS = [
  'common',
  'web',
  'site',
  'import',
  'cli',
  'auth',
  'api',
  'demo',
  'forecast',
  'plan',
  'levers',
  'roster',
  'roster-cli',
  'roster-documents',
  'web-roster',
  'kpi',
  'kpi-documents',
  'web-kpi',
  'costing',
  'quote-documents',
  'budget-documents',
  'web-costing',
] as const;
export type Area = (typeof AREAS)[number];

/** Error files, one per owning package, all merged under `errors` so that keys read `errors.<CODE>`. */
export const ERROR_FILES = [
  'errors-domain',
  'errors-import',
  'errors-api',
  'errors-db',
  'errors-cli',
  'errors-plan',
  'errors-solvers',
  'errors-costing',
  'errors-quote',
  'errors-roster',
  'errors-budget',
] as const;
export type ErrorFile = (typeof ERROR_FILES)[number];

export type AreaFiles = Record<Area | ErrorFile, Catalogue>;

/** The raw files, exposed so that the parity test can name the file a broken key lives in. */
export const areaFiles: Record<Lang, AreaFiles> = {
  fr: {
    common: frCommon,
    web: frWeb,
    site: frSite,
    import: frImport,
    cli: frCli,
    auth: frAuth,
    api: frApi,
    demo: frDemo,
    forecast: frForecast,
    plan: frPlan,
    levers: frLevers,
    roster: frRoster,
    'roster-cli': frRosterCli,
    'roster-documents': frRosterDocuments,
    'web-roster': frWebRoster,
    kpi: frKpi,
    'kpi-documents': frKpiDocuments,
    'web-kpi': frWebKpi,
    'errors-domain': frErrorsDomain,
    'errors-import': frErrorsImport,
    'errors-api': frErrorsApi,
    'errors-db': frErrorsDb,
    'errors-cli': frErrorsCli,
    'errors-plan': frErrorsPlan,
    'errors-solvers': frErrorsSolvers,
    'errors-costing': frErrorsCosting,
    'errors-quote': frErrorsQuote,
    'errors-roster': frErrorsRoster,
    costing: frCosting,
    'quote-documents': frQuoteDocuments,
    'budget-documents': frBudgetDocuments,
    'web-costing': frWebCosting,
    'errors-budget': frErrorsBudget,
  },
  en: {
    common: enCommon,
    web: enWeb,
    site: enSite,
    import: enImport,
    cli: enCli,
    auth: enAuth,
    api: enApi,
    demo: enDemo,
    forecast: enForecast,
    plan: enPlan,
    levers: enLevers,
    roster: enRoster,
    'roster-cli': enRosterCli,
    'roster-documents': enRosterDocuments,
    'web-roster': enWebRoster,
    kpi: enKpi,
    'kpi-documents': enKpiDocuments,
    'web-kpi': enWebKpi,
    'errors-domain': enErrorsDomain,
    'errors-import': enErrorsImport,
    'errors-api': enErrorsApi,
    'errors-db': enErrorsDb,
    'errors-cli': enErrorsCli,
    'errors-plan': enErrorsPlan,
    'errors-solvers': enErrorsSolvers,
    'errors-costing': enErrorsCosting,
    'errors-quote': enErrorsQuote,
    'errors-roster': enErrorsRoster,
    costing: enCosting,
    'quote-documents': enQuoteDocuments,
    'budget-documents': enBudgetDocuments,
    'web-costing': enWebCosting,
    'errors-budget': enErrorsBudget,
  },
};

/**
 * Writers give `_one` and `_other` in both languages; French also selects `many` (1 000 000, 1,5 million) and
 * i18next does not fall back from a missing `_many` to `_other`, so every plural category the language's
 * rules use is filled from `_other` when the file does not give it.
 */
function completePlurals(node: Catalogue, categories: readonly string[]): Catalogue {
  const out: Catalogue = {};
  for (const [key, value] of Object.entries(node)) {
    out[key] = typeof value === 'string' ? value : completePlurals(value, categories);
  }
  for (const [key, value] of Object.entries(node)) {
    if (typeof value !== 'string' || !key.endsWith('_other')) continue;
    const base = key.slice(0, -'_other'.length);
    for (const category of categories) out[`${base}_${category}`] ??= value;
  }
  return out;
}

function merge(lang: Lang, files: AreaFiles): Catalogue {
  const tree: Catalogue = {};
  for (const area of AREAS) tree[area] = files[area];
  // A code defined in two error files would silently shadow the other; the parity test reports it.
  tree.errors = Object.assign({}, ...ERROR_FILES.map((f) => files[f])) as Catalogue;
  const categories = new Intl.PluralRules(lang).resolvedOptions().pluralCategories.filter((c) => c !== 'one');
  return completePlurals(tree, categories);
}

/** i18next-shaped resources: `{ fr: { translation: {...} }, en: { translation: {...} } }`. */
export const resources: Record<Lang, { translation: Catalogue }> = {
  fr: { translation: merge('fr', areaFiles.fr) },
  en: { translation: merge('en', areaFiles.en) },
};
