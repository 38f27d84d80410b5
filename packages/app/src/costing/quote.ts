// Use case: price a client's quote request on the site's cost model, and render its bordereau (XLSX) and quote (PDF).
import { type QuoteEdition, quotePdf, quoteXlsx } from '@logipilot/documents';
import {
  type Actor,
  DomainError,
  parseQuoteRequest,
  priceQuote,
  type QuoteResult,
  type QuoteTermsInput,
} from '@logipilot/domain';
import type { Lang } from '@logipilot/i18n';
import { asciiFileStem } from '../export/file-name.ts';
import type { CostingContext } from './budget-report.ts';
import { loadCostModel } from './cost-model.ts';
import { assertMayReadCosts } from './costing-policy.ts';

export interface QuoteOverrides {
  targetMarginPct?: number | undefined;
  markupPct?: number | undefined;
  volumeFactor?: number | undefined;
}

export interface QuoteRun {
  /** The request as the client sent it (JSON already parsed); validated here, every bad field named. */
  request: unknown;
  overrides?: QuoteOverrides | undefined;
  terms?: QuoteTermsInput | undefined;
  /** YYYY-MM-DD; the offer's validity runs from it. */
  issueDate: string;
}

function cleanOverrides(o: QuoteOverrides | undefined): {
  targetMarginPct?: number;
  markupPct?: number;
  volumeFactor?: number;
} {
  if (!o) return {};
  return {
    ...(o.targetMarginPct !== undefined ? { targetMarginPct: o.targetMarginPct } : {}),
    ...(o.markupPct !== undefined ? { markupPct: o.markupPct } : {}),
    ...(o.volumeFactor !== undefined ? { volumeFactor: o.volumeFactor } : {}),
  };
}

export async function priceSiteQuote(ctx: CostingContext, actor: Actor, run: QuoteRun): Promise<QuoteResult> {
  assertMayReadCosts(actor);
  const request = parseQuoteRequest(run.request);
  const model = await loadCostModel(ctx.db, actor.siteId);
  if (!model) throw new DomainError('COST_MODEL_MISSING', { params: { siteId: actor.siteId } });
  return priceQuote({
    request,
    model,
    issueDate: run.issueDate,
    ...(run.terms ? { terms: run.terms } : {}),
    overrides: cleanOverrides(run.overrides),
  });
}

export type QuoteDocumentFormat = 'pdf' | 'xlsx';

export async function quoteDocument(
  ctx: CostingContext,
  actor: Actor,
  run: QuoteRun,
  format: QuoteDocumentFormat,
  lang: Lang,
  edition: QuoteEdition = 'client',
): Promise<{ result: QuoteResult; bytes: Uint8Array; fileName: string }> {
  const result = await priceSiteQuote(ctx, actor, run);
  const bytes =
    format === 'pdf' ? await quotePdf(result, lang, edition) : await quoteXlsx(result, lang, edition);
  const internal = edition === 'internal' ? (lang === 'fr' ? '-interne' : '-internal') : '';
  const stem =
    format === 'pdf'
      ? lang === 'fr'
        ? 'cotation'
        : 'quote'
      : lang === 'fr'
        ? 'bordereau-prix'
        : 'price-schedule';
  const fileName = `${stem}${internal}-${asciiFileStem(result.client.name, 'client')}.${format}`;
  return { result, bytes, fileName };
}
