// `logipilot budget --year YYYY [--version ID|live] [--pdf OUT] [--xlsx OUT]`: the forecast budget by month, with
// actuals and the variance split into volume, efficiency, rate and mix once actuals are imported.
import { formatCurrencyCents as formatEuros } from '@logipilot/i18n';
import { type Command, stringOption } from '../command.ts';
import { writeOutputFile } from '../files.ts';
import { nonNegativeInteger, required } from '../option-values.ts';
import { adminActor, requireSite, withStore } from '../store.ts';
import { UsageError } from '../usage-error.ts';

export const budgetCommand: Command = {
  name: 'budget',
  summaryKey: 'budget.summary',
  options: {
    year: { type: 'string', valueName: 'YYYY', descriptionKey: 'budget.option.year' },
    version: { type: 'string', valueName: 'ID|live', descriptionKey: 'budget.option.version' },
    pdf: { type: 'string', valueName: 'OUT.pdf', descriptionKey: 'budget.option.pdf' },
    xlsx: { type: 'string', valueName: 'OUT.xlsx', descriptionKey: 'budget.option.xlsx' },
  },
  args: [],
  async run({ options, globals, out }) {
    const year = required(
      'budget',
      'year',
      nonNegativeInteger('budget', 'year', stringOption(options, 'year')),
    );
    if (year < 2000 || year > 2100)
      throw new UsageError(
        'CLI_INVALID_VALUE',
        { option: '--year', value: String(year), expected: '2000–2100' },
        'budget',
      );
    const versionId = stringOption(options, 'version');
    const pdf = stringOption(options, 'pdf');
    const xlsx = stringOption(options, 'xlsx');
    const { getBudgetReport } = await import('@logipilot/app/costing/budget-report');
    const { budgetDocument } = await import('@logipilot/app/costing/budget-document');
    const lang = out.lang;
    const { report, files } = await withStore(globals, async (ctx) => {
      const site = await requireSite(ctx);
      const actor = await adminActor(ctx, site);
      const request = { year, versionId };
      const report = await getBudgetReport(ctx, actor, request);
      const files: [string, Uint8Array][] = [];
      if (pdf) files.push([pdf, (await budgetDocument(ctx, actor, request, 'pdf', lang)).bytes]);
      if (xlsx) files.push([xlsx, (await budgetDocument(ctx, actor, request, 'xlsx', lang)).bytes]);
      return { report, files };
    });
    for (const [file, bytes] of files) await writeOutputFile(file, bytes);
    const lines = [
      out.t('budget.title', {
        year,
        version: report.version ? report.version.name : out.t('budget.live'),
        total: formatEuros(lang, report.budget.totalCents),
      }),
    ];
    for (const m of report.months) {
      lines.push(
        m.actual === undefined || !m.variance
          ? out.t('budget.month', { month: m.month, budget: formatEuros(lang, m.budget) })
          : out.t('budget.monthActual', {
              month: m.month,
              budget: formatEuros(lang, m.budget),
              actual: formatEuros(lang, m.actual),
              total: formatEuros(lang, m.variance.total),
              volume: formatEuros(lang, m.variance.volume),
              efficiency: formatEuros(lang, m.variance.efficiency),
              rate: formatEuros(lang, m.variance.rate),
              mix: formatEuros(lang, m.variance.mix),
            }),
      );
    }
    if (report.landing.closedMonths > 0)
      lines.push(
        out.t('budget.landing', {
          total: formatEuros(lang, report.landing.totalCents),
          months: report.landing.closedMonths,
          variance: formatEuros(lang, report.landing.varianceToDateCents),
        }),
      );
    for (const b of report.basis.months)
      if (b.source !== 'forecast')
        lines.push(out.t(`budget.source.${b.source}`, { month: b.month, year: b.historyYear ?? year - 1 }));
    for (const file of files.map(([f]) => f)) lines.push(out.t('budget.written', { file }));
    out.result(
      {
        year,
        version: report.version,
        currency: 'EUR',
        unit: 'cents',
        months: report.months,
        total: report.budget.totalCents,
        landing: report.landing,
        basis: report.basis.months.map((b) => ({ month: b.month, source: b.source })),
        issues: report.basis.issues,
      },
      lines,
    );
  },
};
