// `logipilot quote --request FILE.json [--margin PCT | --markup PCT] [--pdf OUT] [--xlsx OUT]`: prices a client's
// request on the site's cost model; the grid, the monthly simulation, the break-even and the assumptions.

import { formatCurrencyCents as formatEuros, formatNumber, type Lang } from '@logipilot/i18n';
import { type Command, stringOption } from '../command.ts';
import { readInputFile, writeOutputFile } from '../files.ts';
import { isoDay, required } from '../option-values.ts';
import { adminActor, requireSite, withStore } from '../store.ts';
import { UsageError } from '../usage-error.ts';

/** A unit price as the contract bills it: up to 4 decimals of a euro (0.0571 €). */
const unitEuros = (lang: Lang, cents: number): string =>
  formatNumber(lang, Math.round(cents * 100) / 10_000, {
    style: 'currency',
    currency: 'EUR',
    minimumFractionDigits: 2,
    maximumFractionDigits: 4,
  });

function percent(name: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value.replace(',', '.'));
  if (Number.isFinite(n) && n >= 0 && n < 500) return n;
  throw new UsageError('CLI_INVALID_VALUE', { option: `--${name}`, value, expected: '0–500' }, 'quote');
}

export const quoteCommand: Command = {
  name: 'quote',
  summaryKey: 'quote.summary',
  options: {
    request: { type: 'string', valueName: 'FILE.json', descriptionKey: 'quote.option.request' },
    margin: { type: 'string', valueName: 'PCT', descriptionKey: 'quote.option.margin' },
    markup: { type: 'string', valueName: 'PCT', descriptionKey: 'quote.option.markup' },
    date: { type: 'string', valueName: 'YYYY-MM-DD', descriptionKey: 'quote.option.date' },
    pdf: { type: 'string', valueName: 'OUT.pdf', descriptionKey: 'quote.option.pdf' },
    xlsx: { type: 'string', valueName: 'OUT.xlsx', descriptionKey: 'quote.option.xlsx' },
    internal: { type: 'boolean', descriptionKey: 'quote.option.internal' },
  },
  args: [],
  async run({ options, globals, out }) {
    const file = required('quote', 'request', stringOption(options, 'request'));
    const margin = percent('margin', stringOption(options, 'margin'));
    const markup = percent('markup', stringOption(options, 'markup'));
    if (margin !== undefined && markup !== undefined)
      throw new UsageError('CLI_INVALID_OPTION', { option: '--margin / --markup' }, 'quote');
    const issueDate =
      isoDay('quote', 'date', stringOption(options, 'date')) ?? new Date().toISOString().slice(0, 10);
    const pdf = stringOption(options, 'pdf');
    const xlsx = stringOption(options, 'xlsx');
    const text = new TextDecoder().decode(await readInputFile(file));
    let request: unknown;
    try {
      request = JSON.parse(text);
    } catch (e) {
      const { DomainError } = await import('@logipilot/domain');
      throw new DomainError('QUOTE_JSON_INVALID', { params: { file, reason: (e as Error).message } });
    }
    const { priceSiteQuote } = await import('@logipilot/app/costing/quote');
    const { quotePdf, quoteXlsx } = await import('@logipilot/documents');
    const lang = out.lang;
    const result = await withStore(globals, async (ctx) => {
      const site = await requireSite(ctx);
      const actor = await adminActor(ctx, site);
      return priceSiteQuote(ctx, actor, {
        request,
        issueDate,
        overrides: {
          ...(margin !== undefined ? { targetMarginPct: margin } : {}),
          ...(markup !== undefined ? { markupPct: markup } : {}),
        },
      });
    });
    const edition = options.internal === true ? 'internal' : 'client';
    if (pdf) await writeOutputFile(pdf, await quotePdf(result, lang, edition));
    if (xlsx) await writeOutputFile(xlsx, await quoteXlsx(result, lang, edition));
    const { translate } = await import('@logipilot/i18n');
    const lines = [
      out.t('quote.title', {
        client: result.client.name,
        margin: result.pricing.marginPct,
        markup: result.pricing.markupPct,
      }),
    ];
    for (const g of result.grid)
      lines.push(
        out.t('quote.gridLine', {
          service: translate(lang, `costing.quoteService.${g.service}`),
          unit: translate(lang, `costing.quoteUnit.${g.unit}`),
          price: unitEuros(lang, g.price),
        }),
      );
    lines.push(
      out.t('quote.totals', {
        revenue: formatEuros(lang, result.totals.revenue),
        margin: formatEuros(lang, result.totals.margin),
        marginPct: result.totals.marginPct,
      }),
    );
    if (result.breakEven)
      lines.push(
        out.t('quote.breakEven', {
          volume: result.breakEven.volume,
          flow: translate(lang, `forecast.flow.${result.breakEven.flow}`),
        }),
      );
    for (const a of result.assumptions)
      lines.push(`- ${translate(lang, `costing.quoteAssumptions.${a.code}`, a.params)}`);
    for (const f of [pdf, xlsx]) if (f) lines.push(out.t('budget.written', { file: f }));
    out.result(
      {
        currency: 'EUR',
        unit: 'cents',
        client: result.client,
        pricing: result.pricing,
        grid: result.grid.map((g) => ({
          service: g.service,
          unit: g.unit,
          price: g.price,
          cost: g.costCents,
        })),
        monthly: result.monthly,
        totals: result.totals,
        breakEven: result.breakEven,
        sensitivity: result.sensitivity,
        assumptions: result.assumptions.map((a) => ({
          code: a.code,
          params: a.params,
          text: translate(lang, `costing.quoteAssumptions.${a.code}`, a.params),
        })),
        validUntil: result.validUntil,
      },
      lines,
    );
  },
};
