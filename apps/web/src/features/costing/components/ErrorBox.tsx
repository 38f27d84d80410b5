// The API's refusal next to the form: its sentence, then every failing field (its JSON path) or file row.
import { useTranslation } from 'react-i18next';
import { CostingError } from '../costingApi.ts';

export function ErrorBox({ error, testId }: { error: Error | null; testId?: string }) {
  const { t } = useTranslation();
  if (!error) return null;
  const details = error instanceof CostingError ? error.details : [];
  const field = error instanceof CostingError ? error.field : null;
  return (
    <div className="alert error costing-error" role="alert" data-testid={testId}>
      <p>
        {error.message}
        {field && details.length === 0 && !error.message.includes(field) && (
          <>
            {' '}
            <code className="costing-field">{field}</code>
          </>
        )}
      </p>
      {details.length > 0 && (
        <ul>
          {details.map((d, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: the list is redrawn whole for each answer.
            <li key={i}>
              {/* Row and field go in front only when the server's sentence does not already name them. */}
              {typeof d.params.row === 'number' && !d.message.includes(String(d.params.row)) && (
                <span className="costing-row">{t('web-costing.error.row', { row: d.params.row })}</span>
              )}
              {d.field && !d.message.includes(d.field) && <code className="costing-field">{d.field}</code>}
              <span>{d.message}</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
