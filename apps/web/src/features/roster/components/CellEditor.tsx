// The small editor of one cell of a draft: off, or one of the site's shifts under one of the person's qualifications;
// below, the person's request (souhait) for that day: recorded, removed.
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RosterCell, RosterCellEdit, RosterPerson, RosterShift } from '../../../api/types.ts';
import { useLang } from '../../../app/i18n.ts';
import { longDay, qualificationName, shiftCode, shiftName } from '../rosterFormat.ts';
import type { RequestLine } from '../rosterRequests.ts';

/** What the request section records: off the whole day, or a shift the person asks to work. */
export type RequestChoice = { off: true } | { off: false; shift: string };

const WIDTH = 300;

export function CellEditor({
  person,
  day,
  current,
  shifts,
  colours,
  anchor,
  saving,
  onPick,
  onClose,
  requests,
  requestError,
  requestSaving,
  onAddRequest,
  onRemoveRequest,
}: {
  person: RosterPerson;
  day: string;
  current: RosterCell | null;
  shifts: RosterShift[];
  colours: Map<string, { background: string; color: string }>;
  anchor: { left: number; top: number; bottom: number };
  saving: boolean;
  onPick: (edit: RosterCellEdit) => void;
  onClose: () => void;
  /** The person's requests for that day, worded, met or not by the roster. */
  requests: RequestLine[];
  requestError: string | null;
  requestSaving: boolean;
  onAddRequest: (choice: RequestChoice) => void;
  onRemoveRequest: (ids: string[]) => void;
}) {
  const { t, i18n } = useTranslation();
  const exists = (key: string) => i18n.exists(key);
  const lang = useLang();
  const box = useRef<HTMLDivElement>(null);
  const [choice, setChoice] = useState('');

  useEffect(() => {
    box.current?.querySelector<HTMLButtonElement>('button[aria-pressed="true"], button')?.focus();
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') onClose();
    };
    const onDown = (e: PointerEvent) => {
      if (box.current && !box.current.contains(e.target as Node)) onClose();
    };
    document.addEventListener('keydown', onKey);
    document.addEventListener('pointerdown', onDown);
    return () => {
      document.removeEventListener('keydown', onKey);
      document.removeEventListener('pointerdown', onDown);
    };
  }, [onClose]);

  // Below the cell, moved left or above when the window's edge is near.
  const viewportWidth = typeof window === 'undefined' ? 1366 : window.innerWidth;
  const viewportHeight = typeof window === 'undefined' ? 768 : window.innerHeight;
  const rows = 1 + shifts.length * Math.max(1, person.qualifications.length);
  const height = 64 + rows * 30 + 96 + requests.length * 26;
  const left = Math.max(8, Math.min(anchor.left, viewportWidth - WIDTH - 8));
  const top =
    anchor.bottom + height < viewportHeight ? anchor.bottom + 2 : Math.max(8, anchor.top - height - 2);
  const title = t('web-roster.editor.title', { name: person.name, day: longDay(lang, day) });
  const pick = (shift: string | null, qualification: string | null) => () =>
    onPick({ employeeId: person.id, day, shift, qualification });

  return (
    <div
      ref={box}
      className="cell-editor"
      role="dialog"
      aria-label={title}
      style={{ left, top, width: WIDTH }}
      data-testid="roster-cell-editor"
    >
      <div className="cell-editor-head">
        <strong>{title}</strong>
        <button type="button" className="close" onClick={onClose} aria-label={t('web-roster.editor.close')}>
          ×
        </button>
      </div>
      <div className="cell-editor-options">
        <button
          type="button"
          aria-pressed={current === null}
          disabled={saving}
          onClick={pick(null, null)}
          data-testid="roster-edit-off"
        >
          <span className="legend-chip off" />
          {t('web-roster.editor.off')}
        </button>
        {shifts.flatMap((shift) =>
          person.qualifications.map((qualification) => (
            <button
              key={`${shift.key}|${qualification}`}
              type="button"
              aria-pressed={current?.shift === shift.key && current.qualification === qualification}
              disabled={saving}
              onClick={pick(shift.key, qualification)}
              data-testid={`roster-edit-${shift.key}-${qualification}`}
            >
              <span className="legend-chip" style={colours.get(shift.key)}>
                {shiftCode(t, exists, shift)}
              </span>
              {t('web-roster.editor.option', {
                shift: shiftName(t, exists, shift),
                qualification: qualificationName(t, exists, qualification),
              })}
            </button>
          )),
        )}
      </div>
      {saving && <p className="muted small">{t('web-roster.editor.saving')}</p>}
      <section
        className="cell-editor-request"
        aria-label={t('web-roster.request.title')}
        data-testid="roster-request-section"
      >
        <h3>{t('web-roster.request.title')}</h3>
        {requests.length === 0 ? (
          <p className="muted small">{t('web-roster.request.none')}</p>
        ) : (
          <ul>
            {requests.map((line) => (
              <li key={line.ids.join('|')} data-testid="roster-request-line" data-met={line.met}>
                <span className={line.met ? 'request-state met' : 'request-state unmet'} />
                <span className="request-text">
                  {t('web-roster.request.state', {
                    request: line.text,
                    state: t(line.met ? 'web-roster.request.met' : 'web-roster.request.unmet'),
                  })}
                </span>
                <button
                  type="button"
                  className="close"
                  disabled={requestSaving}
                  onClick={() => onRemoveRequest(line.ids)}
                  aria-label={t('web-roster.request.remove', { request: line.text })}
                  title={t('web-roster.request.remove', { request: line.text })}
                  data-testid="roster-request-remove"
                >
                  ×
                </button>
              </li>
            ))}
          </ul>
        )}
        <div className="cell-editor-request-add">
          <select
            aria-label={t('web-roster.request.choose')}
            value={choice}
            onChange={(e) => setChoice(e.target.value)}
            data-testid="roster-request-choice"
          >
            <option value="">{t('web-roster.request.offDay')}</option>
            {shifts.map((shift) => (
              <option key={shift.key} value={shift.key}>
                {t('web-roster.request.on', { shift: shiftName(t, exists, shift) })}
              </option>
            ))}
          </select>
          <button
            type="button"
            disabled={requestSaving}
            onClick={() => onAddRequest(choice === '' ? { off: true } : { off: false, shift: choice })}
            data-testid="roster-request-add"
          >
            {t('web-roster.request.add')}
          </button>
        </div>
        {requestError && <p className="alert error small">{requestError}</p>}
      </section>
    </div>
  );
}
