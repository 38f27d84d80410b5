// The small editor of one cell of a draft: off, or one of the site's shifts under one of the person's qualifications.
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { RosterCell, RosterCellEdit, RosterPerson, RosterShift } from '../../../api/types.ts';
import { useLang } from '../../../app/i18n.ts';
import { longDay, qualificationName, shiftCode, shiftName } from '../rosterFormat.ts';

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
}) {
  const { t, i18n } = useTranslation();
  const exists = (key: string) => i18n.exists(key);
  const lang = useLang();
  const box = useRef<HTMLDivElement>(null);

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
  const height = 64 + rows * 30;
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
    </div>
  );
}
