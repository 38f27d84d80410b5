// Row errors of a rejected import: file, row, column, value and the server's sentence, as a user fixes them in Excel.
import { formatNumber } from '@logipilot/i18n';
import { useTranslation } from 'react-i18next';
import type { ImportRowError } from '../../../api/types.ts';
import { useLang } from '../../../app/i18n.ts';

export function ImportErrorsTable({ errors }: { errors: ImportRowError[] }) {
  const { t } = useTranslation();
  const lang = useLang();
  return (
    <div className="import-errors">
      <h2>{t('web.import.errorsTitle', { count: errors.length })}</h2>
      <div className="table-wrap">
        <table className="grid" data-testid="import-errors">
          <thead>
            <tr>
              <th>{t('web.import.errors.file')}</th>
              <th className="num">{t('web.import.errors.row')}</th>
              <th>{t('web.import.errors.column')}</th>
              <th>{t('web.import.errors.value')}</th>
              <th>{t('web.import.errors.message')}</th>
            </tr>
          </thead>
          <tbody>
            {errors.map((e) => (
              <tr key={`${e.file}:${e.row}:${e.column ?? ''}:${e.code}`}>
                <td>{e.file}</td>
                <td className="num">{formatNumber(lang, e.row)}</td>
                <td className="code">{e.column ?? ''}</td>
                <td className="value">{e.value ?? ''}</td>
                <td>{e.message}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
