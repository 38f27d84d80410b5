// The priced quote: grid excl./incl. VAT, fees, totals, monthly simulation (chart and table), break-even, volume
// bands, sensitivity, assumptions and terms, all in the interface language.
import { formatDate, formatNumber } from '@logipilot/i18n';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useLang } from '../../../app/i18n.ts';
import { compactMonth, money, moneyWhole, percentPoints, shortMonth, unitMoney } from '../costingFormat.ts';
import type { QuoteResult } from '../costingTypes.ts';
import { type ChartOption, CostingChart } from './CostingChart.tsx';

const COLOURS = { revenue: '#2f6fed', cost: '#9aa5b8', margin: '#1e7b4f' };

function signed(lang: 'fr' | 'en', pct: number): string {
  return formatNumber(lang, pct / 100, {
    style: 'percent',
    signDisplay: 'exceptZero',
    maximumFractionDigits: 1,
  });
}

export function QuoteResultView({ result }: { result: QuoteResult }) {
  const { t } = useTranslation();
  const lang = useLang();
  const driverName = (driver: string | null) =>
    driver === null ? '' : t(`costing.quoteDriver.${driver}`, { defaultValue: driver });

  const chart: ChartOption = useMemo(() => {
    const euros = (v: unknown) => (typeof v === 'number' ? moneyWhole(lang, v * 100) : '–');
    return {
      grid: { left: 80, right: 16, top: 36, bottom: 28 },
      legend: { top: 0 },
      tooltip: { trigger: 'axis', valueFormatter: euros },
      xAxis: { type: 'category', data: result.monthly.map((m) => shortMonth(lang, m.month)) },
      yAxis: { type: 'value', axisLabel: { formatter: (v: number) => euros(v) } },
      series: [
        {
          name: t('web-costing.quote.monthly.revenue'),
          type: 'bar',
          data: result.monthly.map((m) => m.revenue / 100),
          itemStyle: { color: COLOURS.revenue },
        },
        {
          name: t('web-costing.quote.monthly.cost'),
          type: 'bar',
          data: result.monthly.map((m) => m.cost / 100),
          itemStyle: { color: COLOURS.cost },
        },
        {
          name: t('web-costing.quote.monthly.margin'),
          type: 'line',
          data: result.monthly.map((m) => m.margin / 100),
          itemStyle: { color: COLOURS.margin },
          lineStyle: { width: 2 },
          symbolSize: 6,
        },
      ],
    };
  }, [result, lang, t]);

  const terms = result.terms;
  const ix = terms.indexation;
  const pct = (share: number) => percentPoints(lang, share * 100, 2);

  return (
    <>
      <section className="cards costing-cards" data-testid="quote-totals">
        <div className="card">
          <span className="card-value">{moneyWhole(lang, result.totals.revenue)}</span>
          <span className="card-label">{t('web-costing.quote.totals.revenue')}</span>
        </div>
        <div className="card">
          <span className="card-value">{moneyWhole(lang, result.totals.cost)}</span>
          <span className="card-label">{t('web-costing.quote.totals.cost')}</span>
        </div>
        <div className="card">
          <span className="card-value">{moneyWhole(lang, result.totals.margin)}</span>
          <span className="card-label">{t('web-costing.quote.totals.margin')}</span>
        </div>
        <div className="card">
          <span className="card-value" data-testid="quote-margin-result">
            {percentPoints(lang, result.totals.marginPct)}
          </span>
          <span className="card-label">{t('web-costing.quote.totals.marginPct')}</span>
        </div>
        <div className="card">
          <span className="card-value">{money(lang, result.minimumMonthlyFeeCents)}</span>
          <span className="card-label">{t('web-costing.quote.fees.minimumMonthly')}</span>
        </div>
        <div className="card">
          <span className="card-value">{money(lang, result.startUpFeeCents)}</span>
          <span className="card-label">{t('web-costing.quote.fees.startUp')}</span>
        </div>
        <div className="card">
          <span className="card-value">{money(lang, result.managementFeeCents)}</span>
          <span className="card-label">{t('web-costing.quote.fees.management')}</span>
        </div>
      </section>

      <section className="panel">
        <div className="panel-head">
          <h2>{t('web-costing.quote.grid.title')}</h2>
          <span className="muted">
            {t('web-costing.quote.grid.pricing', {
              margin: percentPoints(lang, result.pricing.marginPct),
              markup: percentPoints(lang, result.pricing.markupPct),
            })}
          </span>
        </div>
        <div className="table-wrap">
          <table className="grid wrap-head" data-testid="quote-grid">
            <thead>
              <tr>
                <th className="costing-service">{t('web-costing.quote.grid.service')}</th>
                <th>{t('web-costing.quote.grid.unit')}</th>
                <th className="num">{t('web-costing.quote.grid.cost')}</th>
                <th className="num">{t('web-costing.quote.grid.price')}</th>
                <th className="num">{t('web-costing.quote.grid.priceInclVat')}</th>
                <th className="num">{t('web-costing.quote.grid.monthlyQuantity')}</th>
                <th className="num">{t('web-costing.quote.grid.monthlyRevenue')}</th>
              </tr>
            </thead>
            <tbody>
              {result.grid.map((line) => (
                <tr key={`${line.service}/${line.unit}`} data-testid={`quote-line-${line.service}`}>
                  <td>{t(`costing.quoteService.${line.service}`, { defaultValue: line.service })}</td>
                  <td>{t(`costing.quoteUnit.${line.unit}`, { defaultValue: line.unit })}</td>
                  <td className="num">{line.costCents === null ? '–' : unitMoney(lang, line.costCents)}</td>
                  <td
                    className="num strong"
                    data-testid={`quote-price-${line.service}`}
                    data-cents={line.price}
                  >
                    {unitMoney(lang, line.price)}
                  </td>
                  <td className="num">{unitMoney(lang, line.priceInclVatCents)}</td>
                  <td className="num" title={line.driver ? driverName(line.driver) : undefined}>
                    {line.monthlyQuantity === 0
                      ? '–'
                      : formatNumber(lang, line.monthlyQuantity, { maximumFractionDigits: 0 })}
                  </td>
                  <td className="num">
                    {line.monthlyRevenueCents === 0 ? '–' : moneyWhole(lang, line.monthlyRevenueCents)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>

      <section className="panel">
        <div className="panel-head">
          <h2>{t('web-costing.quote.monthly.title')}</h2>
          <span className="muted" data-testid="quote-break-even">
            {result.breakEven.factor === null
              ? t('web-costing.quote.breakEven.none')
              : result.breakEven.flow !== null && result.breakEven.volume !== null
                ? t('web-costing.quote.breakEven.withVolume', {
                    pct: percentPoints(lang, result.breakEven.factor * 100, 1),
                    volume: formatNumber(lang, result.breakEven.volume, { maximumFractionDigits: 0 }),
                    flow: driverName(result.breakEven.flow),
                  })
                : t('web-costing.quote.breakEven.factor', {
                    pct: percentPoints(lang, result.breakEven.factor * 100, 1),
                  })}
          </span>
        </div>
        <CostingChart option={chart} label={t('web-costing.quote.monthly.chart')} testId="quote-chart" />
        <div className="table-wrap">
          <table className="grid compact" data-testid="quote-monthly">
            <thead>
              <tr>
                <th>{t('web-costing.quote.monthly.month')}</th>
                {result.monthly.map((m) => (
                  <th key={m.month} className="num">
                    {compactMonth(lang, m.month)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {(['revenue', 'cost', 'margin'] as const).map((k) => (
                <tr key={k}>
                  <th scope="row">{t(`web-costing.quote.monthly.${k}`)}</th>
                  {result.monthly.map((m) => (
                    <td key={m.month} className={`num${m[k] < 0 ? ' negative' : ''}`}>
                      {moneyWhole(lang, m[k])}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <p className="muted">
          {t('web-costing.quote.totals.contract', {
            months: result.contractTotals.months,
            revenue: moneyWhole(lang, result.contractTotals.revenue),
            margin: moneyWhole(lang, result.contractTotals.margin),
            pct: percentPoints(lang, result.contractTotals.marginPct),
          })}
        </p>
      </section>

      <div className="two-cols">
        <section className="panel">
          <h2>{t('web-costing.quote.sensitivity.title')}</h2>
          <div className="table-wrap">
            <table className="grid" data-testid="quote-sensitivity">
              <thead>
                <tr>
                  <th>{t('web-costing.quote.sensitivity.case')}</th>
                  <th className="num">{t('web-costing.quote.sensitivity.revenue')}</th>
                  <th className="num">{t('web-costing.quote.sensitivity.margin')}</th>
                  <th className="num">{t('web-costing.quote.sensitivity.marginPct')}</th>
                </tr>
              </thead>
              <tbody>
                {result.sensitivity.map((s) => (
                  <tr key={`${s.kind}${s.pct}`}>
                    <td className="nowrap">
                      {t(`web-costing.quote.sensitivity.${s.kind}`, { pct: signed(lang, s.pct) })}
                    </td>
                    <td className="num">{moneyWhole(lang, s.revenue)}</td>
                    <td className={`num${s.margin < 0 ? ' negative' : ''}`}>{moneyWhole(lang, s.margin)}</td>
                    <td className={`num${s.marginPct < 0 ? ' negative' : ''}`}>
                      {percentPoints(lang, s.marginPct)}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
        <div>
          <section className="panel">
            <h2>{t('web-costing.quote.bands.title')}</h2>
            {result.bands.length === 0 ? (
              <p className="muted">{t('web-costing.quote.bands.none')}</p>
            ) : (
              <div className="table-wrap">
                <table className="grid" data-testid="quote-bands">
                  <thead>
                    <tr>
                      <th>{t('web-costing.quote.bands.flow')}</th>
                      <th className="num">{t('web-costing.quote.bands.from')}</th>
                      <th className="num">{t('web-costing.quote.bands.to')}</th>
                      <th className="num">{t('web-costing.quote.bands.price')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {result.bands.map((b) => (
                      <tr key={`${b.flow}${b.fromQuantity}`}>
                        <td>{driverName(b.flow)}</td>
                        <td className="num">
                          {formatNumber(lang, b.fromQuantity, { maximumFractionDigits: 0 })}
                        </td>
                        <td className="num">
                          {b.toQuantity === null
                            ? t('web-costing.quote.bands.open')
                            : formatNumber(lang, b.toQuantity, { maximumFractionDigits: 0 })}
                        </td>
                        <td className="num">{unitMoney(lang, b.priceCents)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            )}
          </section>
          <section className="panel" data-testid="quote-terms">
            <h2>{t('web-costing.quote.terms.title')}</h2>
            <dl className="costing-terms">
              <dt>{t('web-costing.quote.terms.vat')}</dt>
              <dd>{pct(terms.vatRate)}</dd>
              <dt>{t('web-costing.quote.terms.validity')}</dt>
              <dd>
                {t('web-costing.quote.terms.validityValue', {
                  count: terms.validityDays,
                  date: formatDate(lang, result.validUntil),
                })}
              </dd>
              <dt>{t('web-costing.quote.terms.payment')}</dt>
              <dd>
                {t(
                  terms.paymentEndOfMonth
                    ? 'web-costing.quote.terms.paymentEndOfMonth'
                    : 'web-costing.quote.terms.paymentNet',
                  { count: terms.paymentTermsDays },
                )}
              </dd>
              <dt>{t('web-costing.quote.terms.indexation')}</dt>
              <dd>
                <code className="costing-formula">
                  {t('web-costing.quote.terms.formula', {
                    a: formatNumber(lang, ix.fixedShare),
                    b: formatNumber(lang, ix.labourShare),
                    c: formatNumber(lang, ix.energyShare),
                    d: formatNumber(lang, ix.rentShare),
                  })}
                </code>
                <span className="muted costing-formula-legend">
                  {t('web-costing.quote.terms.formulaLegend', {
                    labour: ix.labourIndex,
                    energy: ix.energyIndex,
                    rent: ix.rentIndex,
                  })}
                </span>
              </dd>
            </dl>
          </section>
        </div>
      </div>

      <section className="panel costing-assumptions-panel">
        <h2>{t('web-costing.quote.assumptions.title')}</h2>
        <ol className="costing-assumptions" data-testid="quote-assumptions">
          {result.assumptions.map((a) => (
            <li key={a.code}>
              {t(`costing.quoteAssumptions.${a.code}`, { ...a.params, defaultValue: a.code })}
            </li>
          ))}
        </ol>
      </section>
    </>
  );
}
