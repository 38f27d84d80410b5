// XLSX and PDF downloads of a saved plan version, in the interface language.
import { useTranslation } from 'react-i18next';
import { useLang } from '../../../app/i18n.ts';

export function planExportHref(id: string, format: 'xlsx' | 'pdf', lang: string): string {
  return `/api/plans/${encodeURIComponent(id)}/export?format=${format}&lang=${lang}`;
}

export function ExportLinks({ id, name }: { id: string; name: string }) {
  const { t } = useTranslation();
  const lang = useLang();
  // A link sends no X-Logipilot-Lang header: ?lang names the language of the file.
  return (
    <span className="export-links">
      {(['xlsx', 'pdf'] as const).map((format) => (
        <a
          key={format}
          className="plan-export"
          href={planExportHref(id, format, lang)}
          download
          data-testid={`plan-export-${format}`}
          title={t(`web.plan.export.${format}Title`, { name })}
        >
          {t(`web.plan.export.${format}`)}
        </a>
      ))}
    </span>
  );
}
