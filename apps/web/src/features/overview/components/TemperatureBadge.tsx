// Coloured badge naming a zone's temperature class (same hues as the plan).
import { useTranslation } from 'react-i18next';
import type { TemperatureClass } from '../../../api/types.ts';

export function TemperatureBadge({ value }: { value: TemperatureClass }) {
  const { t } = useTranslation();
  return <span className={`badge temp-${value}`}>{t(`site.temperatureClass.${value}`)}</span>;
}
