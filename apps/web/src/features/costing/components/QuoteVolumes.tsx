// The request's twelve-month profile per flow and its stored pallets, editable: each change re-prices the quote.
import { formatNumber } from '@logipilot/i18n';
import { useTranslation } from 'react-i18next';
import { useLang } from '../../../app/i18n.ts';
import { compactMonth, profileMonths, setIn, shortMonth } from '../costingFormat.ts';
import type { QuoteRequestJson } from '../costingTypes.ts';
import { NumberInput } from './NumberInput.tsx';

/** Flows in the order of the site's measures (shared/flows.ts), so the table reads like the forecast. */
const FLOW_ORDER = [
  'inbound_trucks',
  'inbound_pallets',
  'inbound_loose_cartons',
  'putaway_pallets',
  'replenishments',
  'order_lines',
  'units_picked',
  'parcels_packed',
  'pallets_shipped',
  'trucks_loaded',
  'returns',
  'vas_units',
];

const rank = (flow: string): number => {
  const i = FLOW_ORDER.indexOf(flow);
  return i < 0 ? FLOW_ORDER.length : i;
};

export function QuoteVolumes({
  request,
  onChange,
  badFields,
}: {
  request: QuoteRequestJson;
  onChange: (next: QuoteRequestJson) => void;
  badFields: ReadonlySet<string>;
}) {
  const { t } = useTranslation();
  const lang = useLang();
  const volumes = request.volumes ?? {};
  const flows = Object.keys(volumes).sort((a, b) => rank(a) - rank(b));
  const months = profileMonths(request.contract?.startMonth);
  const flowName = (flow: string) => t(`forecast.flow.${flow}`, { defaultValue: flow });

  return (
    <div className="table-wrap">
      <table className="grid costing-volumes" data-testid="quote-volumes">
        <thead>
          <tr>
            <th>{t('web-costing.quote.volumes.flow')}</th>
            {months.map((m) => (
              <th key={m} className="num">
                {compactMonth(lang, m)}
              </th>
            ))}
            <th className="num">{t('web-costing.quote.volumes.year')}</th>
          </tr>
        </thead>
        <tbody>
          {flows.map((flow) => {
            const row = volumes[flow] ?? [];
            const total = row.reduce((a, v) => a + (typeof v === 'number' ? v : 0), 0);
            return (
              <tr key={flow} data-testid={`quote-volume-${flow}`}>
                <th scope="row">{flowName(flow)}</th>
                {months.map((m, i) => {
                  const field = `volumes.${flow}[${i}]`;
                  return (
                    <td key={m} className="num">
                      <NumberInput
                        value={typeof row[i] === 'number' ? row[i] : undefined}
                        onChange={(v) => onChange(setIn(request, ['volumes', flow, i], v ?? null))}
                        label={t('web-costing.quote.volumes.cell', {
                          flow: flowName(flow),
                          month: shortMonth(lang, m),
                        })}
                        field={field}
                        invalid={badFields.has(field)}
                        maxDigits={2}
                        className="cell"
                      />
                    </td>
                  );
                })}
                <td className="num total">{formatNumber(lang, total, { maximumFractionDigits: 0 })}</td>
              </tr>
            );
          })}
          <tr className="costing-storage-row">
            <th scope="row">{t('web-costing.quote.volumes.storedPallets')}</th>
            <td colSpan={13}>
              <span className="costing-inline-fields">
                <div className="costing-labelled">
                  {t('web-costing.quote.volumes.averagePallets')}
                  <NumberInput
                    value={request.storage?.averagePallets}
                    onChange={(v) => onChange(setIn(request, ['storage', 'averagePallets'], v ?? null))}
                    label={t('web-costing.quote.volumes.averagePallets')}
                    field="storage.averagePallets"
                    invalid={badFields.has('storage.averagePallets')}
                    testId="quote-average-pallets"
                  />
                </div>
                <div className="costing-labelled">
                  {t('web-costing.quote.volumes.peakPallets')}
                  <NumberInput
                    value={request.storage?.peakPallets}
                    onChange={(v) => onChange(setIn(request, ['storage', 'peakPallets'], v ?? null))}
                    label={t('web-costing.quote.volumes.peakPallets')}
                    field="storage.peakPallets"
                    invalid={badFields.has('storage.peakPallets')}
                  />
                </div>
              </span>
            </td>
          </tr>
        </tbody>
      </table>
    </div>
  );
}
