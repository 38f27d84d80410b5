// Cost model editor: the site's building rent, practical labour hours, shared cost centre and energy rates.
import type { CostModel, EnergyRate } from '../../costingTypes.ts';
import { ModelNumber, ModelSection, ModelSelect, ModelText } from '../CostModelFields.tsx';
import { type EditorColumn, EditorTable } from './EditorTable.tsx';
import {
  firstFreeClass,
  remove,
  TEMPERATURE_CLASSES,
  temperatureClassColumn,
  useEditorLabels,
  useModelEditing,
} from './editor-parts.tsx';

export function SiteSection({ model }: { model: CostModel }) {
  const labels = useEditorLabels();
  const { t, col, options } = labels;
  const { update } = useModelEditing();
  const energy = model.energy ?? [];
  const columns: EditorColumn<EnergyRate>[] = [
    temperatureClassColumn('energy', labels),
    {
      key: 'energyBasis',
      header: col('energyBasis'),
      render: (e, i, label) => (
        <ModelSelect
          path={['energy', i, 'basis']}
          value={e.basis}
          label={label}
          options={options(['m2', 'm3'], 'web-costing.costModel.energyBasis')}
          onChange={(b) =>
            update(
              ['energy', i],
              b === 'm3'
                ? {
                    temperatureClass: e.temperatureClass,
                    basis: 'm3',
                    centsPerM3PerYear: e.basis === 'm2' ? e.centsPerM2PerYear : e.centsPerM3PerYear,
                  }
                : {
                    temperatureClass: e.temperatureClass,
                    basis: 'm2',
                    centsPerM2PerYear: e.basis === 'm3' ? e.centsPerM3PerYear : e.centsPerM2PerYear,
                  },
            )
          }
        />
      ),
    },
    {
      key: 'energyRate',
      header: col('energyRate'),
      numeric: true,
      render: (e, i, label) =>
        e.basis === 'm2' ? (
          <ModelNumber
            path={['energy', i, 'centsPerM2PerYear']}
            value={e.centsPerM2PerYear}
            scale="euros"
            label={label}
            maxDigits={2}
          />
        ) : (
          <ModelNumber
            path={['energy', i, 'centsPerM3PerYear']}
            value={e.centsPerM3PerYear}
            scale="euros"
            label={label}
            maxDigits={2}
          />
        ),
    },
  ];

  return (
    <ModelSection title={t('web-costing.costModel.site.title')} hint={t('web-costing.costModel.site.hint')}>
      <div className="costing-form">
        <div className="costing-labelled">
          {col('rent')}
          <ModelNumber
            path={['building', 'centsPerM2PerYear']}
            value={model.building?.centsPerM2PerYear}
            scale="euros"
            label={col('rent')}
            maxDigits={2}
          />
        </div>
        <div className="costing-labelled">
          {col('practicalHours')}
          <ModelNumber
            path={['practicalLabourHoursPerMonth']}
            value={model.practicalLabourHoursPerMonth}
            label={col('practicalHours')}
          />
        </div>
        <div className="costing-labelled">
          {col('sharedCostCentre')}
          <ModelText
            path={['sharedCostCentre']}
            value={model.sharedCostCentre}
            label={col('sharedCostCentre')}
          />
        </div>
      </div>
      <h3>{t('web-costing.costModel.energy.title')}</h3>
      <EditorTable
        columns={columns}
        rows={energy}
        rowLabel={(e) => t(`site.temperatureClass.${e.temperatureClass}`)}
        onRemove={(i) => update(['energy'], remove(energy, i))}
      />
      {energy.length < TEMPERATURE_CLASSES.length && (
        <button
          type="button"
          className="costing-add"
          onClick={() =>
            update(
              ['energy'],
              [...energy, { temperatureClass: firstFreeClass(energy), basis: 'm2', centsPerM2PerYear: 400 }],
            )
          }
        >
          {t('web-costing.costModel.energy.add')}
        </button>
      )}
    </ModelSection>
  );
}
