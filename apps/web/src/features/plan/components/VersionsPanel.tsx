// Save the current computation as a baseline or a re-plan, list the saved versions, pick two to compare, export one.
import { formatCurrencyCents, formatNumber, localeTag } from '@logipilot/i18n';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlanComputeRequest, PlanKind } from '../../../api/types.ts';
import { useLang } from '../../../app/i18n.ts';
import { usePlanVersions } from '../hooks/usePlanVersions.ts';
import { dayLabel } from '../planFormat.ts';
import { ExportLinks } from './ExportLinks.tsx';
import { VersionCompare } from './VersionCompare.tsx';

const KINDS: PlanKind[] = ['baseline', 'replan'];

export function VersionsPanel({ request, canSave }: { request: PlanComputeRequest; canSave: boolean }) {
  const { t, i18n } = useTranslation();
  const lang = useLang();
  const { list, save, saveVersion } = usePlanVersions();
  const [name, setName] = useState('');
  const [kind, setKind] = useState<PlanKind>('baseline');
  const [left, setLeft] = useState('');
  const [right, setRight] = useState('');
  const items = list.data?.items ?? [];
  const kindLabel = (k: string) => (i18n.exists(`web.plan.kind.${k}`) ? t(`web.plan.kind.${k}`) : k);

  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    if (!name.trim()) return;
    const saved = await saveVersion(request, name.trim(), kind);
    if (saved?.id) {
      setName('');
      // The newest version goes on the right of the comparison, the one it is compared with moves left.
      setLeft((l) => (right && right !== saved.id ? right : l));
      setRight(saved.id);
    }
  };

  return (
    <div className="versions">
      <form className="save-version" onSubmit={(e) => void onSubmit(e)}>
        <label>
          {t('web.plan.versions.name')}
          <input
            value={name}
            onChange={(e) => setName(e.target.value)}
            placeholder={t('web.plan.versions.namePlaceholder')}
            maxLength={120}
            required
            data-testid="plan-version-name"
          />
        </label>
        <label>
          {t('web.plan.versions.kind')}
          <select
            value={kind}
            onChange={(e) => setKind(e.target.value as PlanKind)}
            data-testid="plan-version-kind"
          >
            {KINDS.map((k) => (
              <option key={k} value={k}>
                {kindLabel(k)}
              </option>
            ))}
          </select>
        </label>
        <button
          type="submit"
          className="primary"
          disabled={!canSave || save.saving || !name.trim()}
          data-testid="plan-version-save"
        >
          {save.saving ? t('web.plan.versions.saving') : t('web.plan.versions.save')}
        </button>
        <span className="muted small">{t('web.plan.versions.saveHint')}</span>
      </form>
      {save.error && <p className="alert error">{save.error.message}</p>}
      {save.saved && (
        <p className="alert success" data-testid="plan-version-saved">
          {t('web.plan.versions.saved', { name: save.saved.name ?? '' })}
        </p>
      )}
      {list.error && <p className="alert error">{list.error.message}</p>}
      {items.length === 0 ? (
        <p className="empty">{list.loading ? t('common.state.loading') : t('web.plan.versions.none')}</p>
      ) : (
        <div className="table-wrap">
          <table className="grid" data-testid="plan-versions">
            <thead>
              <tr>
                <th title={t('web.plan.versions.compareLeftTitle')}>{t('web.plan.versions.compareLeft')}</th>
                <th title={t('web.plan.versions.compareRightTitle')}>
                  {t('web.plan.versions.compareRight')}
                </th>
                <th>{t('web.plan.versions.name')}</th>
                <th>{t('web.plan.versions.kind')}</th>
                <th>{t('web.plan.versions.period')}</th>
                <th>{t('web.plan.versions.created')}</th>
                <th className="num">{t('web.plan.column.totalHours')}</th>
                <th className="num">{t('web.plan.column.cost')}</th>
                <th>{t('web.plan.versions.exports')}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((v) => (
                <tr key={v.id} data-testid={`plan-version-${v.id}`}>
                  <td>
                    <input
                      type="radio"
                      name="compare-left"
                      checked={left === v.id}
                      onChange={() => setLeft(v.id)}
                      aria-label={t('web.plan.versions.pickLeft', { name: v.name })}
                      data-testid="plan-compare-left"
                    />
                  </td>
                  <td>
                    <input
                      type="radio"
                      name="compare-right"
                      checked={right === v.id}
                      onChange={() => setRight(v.id)}
                      aria-label={t('web.plan.versions.pickRight', { name: v.name })}
                      data-testid="plan-compare-right"
                    />
                  </td>
                  <td className="strong">{v.name}</td>
                  <td>{kindLabel(v.kind)}</td>
                  <td className="nowrap">
                    {t('web.plan.period', { from: dayLabel(lang, v.from), to: dayLabel(lang, v.to) })}
                  </td>
                  <td className="nowrap">
                    {new Intl.DateTimeFormat(localeTag(lang), {
                      dateStyle: 'short',
                      timeStyle: 'short',
                    }).format(new Date(v.createdAt))}{' '}
                    <span className="muted">{v.createdBy}</span>
                  </td>
                  <td className="num">{formatNumber(lang, v.totals.hours, { maximumFractionDigits: 0 })}</td>
                  <td className="num nowrap">{formatCurrencyCents(lang, v.totals.cost)}</td>
                  <td>
                    <ExportLinks id={v.id} name={v.name} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {left && right && left !== right ? (
        <VersionCompare leftId={left} rightId={right} />
      ) : (
        items.length > 1 && <p className="muted">{t('web.plan.versions.pickTwo')}</p>
      )}
    </div>
  );
}
