// Downloads of the monthly KPI report (PDF, XLSX) for the month of the period shown, in the interface language.
import { useTranslation } from 'react-i18next';
import { useLang } from '../../../app/i18n.ts';
import { monthLabel } from '../kpiFormat.ts';

export function reportHref(month: string, format: 'pdf' | 'xlsx', lang: string): string {
  return `/api/kpi/report?month=${month}&format=${format}&lang=${lang}`;
}

export function ReportExport({ month }: { month: string }) {
  const { t } = useTranslation();
  const lang = useLang();
  const label = monthLabel(lang, month);
  // A link sends no X-Logipilot-Lang header: ?lang names the language of the file.
  return (
    <span className="kpi-report" title={t('web-kpi.report.label', { month: label })}>
      {(['pdf', 'xlsx'] as const).map((format) => (
        <a
          key={format}
          className="kpi-export"
          href={reportHref(month, format, lang)}
          download
          data-testid={`kpi-report-${format}`}
          title={t(`web-kpi.report.${format}Title`, { month: label })}
        >
          {t(`web-kpi.report.${format}`)}
        </a>
      ))}
    </span>
  );
}
