// Each activity's cost per unit of work and each temperature class's cost per pallet-week, with the resources they
// come from, as the server computed them from the saved model.
import { useTranslation } from 'react-i18next';
import { useLang } from '../../../app/i18n.ts';
import { money } from '../costingFormat.ts';
import type { CostLine, CostModelView } from '../costingTypes.ts';

function Breakdown({ lines }: { lines: CostLine[] }) {
  const { t } = useTranslation();
  const lang = useLang();
  return (
    <span className="costing-breakdown">
      {lines
        .filter((l) => l.cents !== 0)
        .map((l) => (
          <span
            key={`${l.kind}:${l.resource}`}
            className={`costing-chip kind-${l.kind}`}
            title={t(`web-costing.costModel.lineKind.${l.kind}`, { defaultValue: l.kind })}
          >
            <span className="chip-name">
              {l.kind === 'rounding' || l.kind === 'consumables'
                ? t(`web-costing.costModel.lineKind.${l.kind}`)
                : `${l.resource} · ${t(`web-costing.costModel.lineKind.${l.kind}`, { defaultValue: l.kind })}`}
            </span>
            <span className="chip-value">{money(lang, l.cents)}</span>
          </span>
        ))}
    </span>
  );
}

export function UnitCosts({ view, stale }: { view: CostModelView; stale: boolean }) {
  const { t } = useTranslation();
  const lang = useLang();
  return (
    <section className="panel" data-testid="cost-model-unit-costs">
      <div className="panel-head">
        <h2>{t('web-costing.costModel.unitCosts.title')}</h2>
        <span className="muted">
          {stale ? t('web-costing.costModel.unitCosts.stale') : t('web-costing.costModel.unitCosts.hint')}
        </span>
      </div>
      <div className="table-wrap">
        <table className="grid" data-testid="unit-costs">
          <thead>
            <tr>
              <th>{t('web-costing.costModel.col.activity')}</th>
              <th>{t('web-costing.costModel.col.unit')}</th>
              <th className="num">{t('web-costing.costModel.unitCosts.cost')}</th>
              <th>{t('web-costing.costModel.unitCosts.breakdown')}</th>
            </tr>
          </thead>
          <tbody>
            {view.unitCosts.map((u) => (
              <tr key={`${u.activity}/${u.unit}`} data-testid="unit-cost-row">
                <td>{t(`plan.activity.${u.activity}`, { defaultValue: u.activity })}</td>
                <td>{t(`plan.unitOfWork.${u.unit}`, { defaultValue: u.unit })}</td>
                <td className="num strong">{money(lang, u.costPerUnitCents)}</td>
                <td>
                  <Breakdown lines={u.breakdown} />
                </td>
              </tr>
            ))}
            {view.storageCosts.map((s) => (
              <tr key={`storage/${s.temperatureClass}`} data-testid="storage-cost-row">
                <td>
                  {t('web-costing.costModel.unitCosts.storage', {
                    temperatureClass: t(`site.temperatureClass.${s.temperatureClass}`),
                  })}
                </td>
                <td>{t('costing.quoteUnit.pallet_week')}</td>
                <td className="num strong">{money(lang, s.costPerUnitCents)}</td>
                <td>
                  <Breakdown lines={s.breakdown} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
