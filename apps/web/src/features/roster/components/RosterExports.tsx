// Downloads of a roster: each document (teams, persons, posted schedule, hours, payroll) in XLSX and PDF.
import { useTranslation } from 'react-i18next';
import type { RosterDocument } from '../../../api/types.ts';
import { useLang } from '../../../app/i18n.ts';

export const ROSTER_DOCUMENTS: readonly RosterDocument[] = ['teams', 'persons', 'posted', 'hours', 'payroll'];
const FORMATS = ['xlsx', 'pdf'] as const;

export function rosterExportHref(id: string, document: RosterDocument, format: 'xlsx' | 'pdf', lang: string) {
  return `/api/rosters/${encodeURIComponent(id)}/export?document=${document}&format=${format}&lang=${lang}`;
}

export function RosterExports({ id }: { id: string }) {
  const { t } = useTranslation();
  const lang = useLang();
  // A link sends no X-Logipilot-Lang header: ?lang names the language of the file.
  return (
    <details className="roster-exports">
      <summary data-testid="roster-exports">{t('web-roster.export.title')}</summary>
      <table>
        <tbody>
          {ROSTER_DOCUMENTS.map((document) => (
            <tr key={document}>
              <th scope="row">{t(`web-roster.export.document.${document}`)}</th>
              {FORMATS.map((format) => (
                <td key={format}>
                  <a
                    className="plan-export"
                    href={rosterExportHref(id, document, format, lang)}
                    download
                    data-testid={`roster-export-${document}-${format}`}
                    title={t('web-roster.export.linkTitle', {
                      document: t(`web-roster.export.document.${document}`),
                      format: t(`web-roster.export.format.${format}`),
                    })}
                  >
                    {t(`web-roster.export.format.${format}`)}
                  </a>
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}
