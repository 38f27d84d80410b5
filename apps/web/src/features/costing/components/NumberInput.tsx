// A number input that reads French or English decimals ("8,5"), shows shares as % and cents as €, and keeps what the
// person is typing ("8," mid-word) until it reads as a number.
import { useEffect, useRef, useState } from 'react';
import { useLang } from '../../../app/i18n.ts';
import { inputText, type NumberScale, parseTyped, toShown, toStored } from '../costingFormat.ts';

export interface NumberInputProps {
  value: number | undefined;
  /** Called with the stored value (a share, cents…) once the text reads as a number; `undefined` when emptied. */
  onChange: (value: number | undefined) => void;
  scale?: NumberScale;
  /** Accessible name: the column or field it edits. */
  label: string;
  /** The API's path of the field (`labour.0.permanent.absenteeism`), to mark it when the server refuses it. */
  field?: string;
  invalid?: boolean;
  maxDigits?: number;
  className?: string;
  testId?: string;
}

export function NumberInput({
  value,
  onChange,
  scale = 'plain',
  label,
  field,
  invalid = false,
  maxDigits = 4,
  className,
  testId,
}: NumberInputProps) {
  const lang = useLang();
  const shown = value === undefined ? undefined : toShown(scale, value);
  const [text, setText] = useState(() => inputText(lang, shown, maxDigits));
  const [unreadable, setUnreadable] = useState(false);
  const textLang = useRef(lang);

  // A value changed elsewhere (a reload, the paired margin/mark-up field) replaces the text unless the text already
  // says that value; a new language always rewrites it ("13,64" → "13.64").
  useEffect(() => {
    const sameLang = textLang.current === lang;
    textLang.current = lang;
    setText((current) => {
      const read = parseTyped(lang, current);
      const says = shown === undefined ? current.trim() === '' : read !== null && read === shown;
      return sameLang && says ? current : inputText(lang, shown, maxDigits);
    });
  }, [shown, lang, maxDigits]);

  return (
    <input
      type="text"
      inputMode="decimal"
      className={['num-input', className].filter(Boolean).join(' ')}
      aria-label={label}
      aria-invalid={invalid || unreadable || undefined}
      data-field={field}
      data-testid={testId}
      value={text}
      onChange={(e) => {
        const next = e.target.value;
        setText(next);
        if (next.trim() === '') {
          setUnreadable(false);
          onChange(undefined);
          return;
        }
        const read = parseTyped(lang, next);
        setUnreadable(read === null);
        if (read !== null) onChange(toStored(scale, read));
      }}
      onBlur={() => {
        const read = parseTyped(lang, text);
        if (read !== null) setText(inputText(lang, read, maxDigits));
      }}
    />
  );
}
