// @vitest-environment jsdom
// The number input reads French decimals, stores shares and cents, keeps a half-typed number, follows the language.
import { act, cleanup, fireEvent, screen } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { switchLanguage } from '../../../app/i18n.ts';
import { renderInLang } from '../../../testing/renderInLang.tsx';
import { NumberInput } from './NumberInput.tsx';

afterEach(cleanup);

function Harness({
  initial,
  scale,
  onValue,
}: {
  initial: number;
  scale: 'percent' | 'euros' | 'plain';
  onValue: (v: number | undefined) => void;
}) {
  const [value, setValue] = useState<number | undefined>(initial);
  return (
    <NumberInput
      value={value}
      scale={scale}
      label="x"
      onChange={(v) => {
        setValue(v);
        onValue(v);
      }}
    />
  );
}

describe('NumberInput', () => {
  it('shows a share as a percentage and stores what is typed in French as a share', () => {
    const onValue = vi.fn();
    renderInLang('fr', <Harness initial={0.07} scale="percent" onValue={onValue} />);
    const input = screen.getByRole('textbox') as HTMLInputElement;
    expect(input.value).toBe('7');
    fireEvent.change(input, { target: { value: '8,5' } });
    expect(onValue).toHaveBeenLastCalledWith(0.085);
    expect(input.value).toBe('8,5');
  });

  it('keeps a half-typed number and marks unreadable text', () => {
    const onValue = vi.fn();
    renderInLang('fr', <Harness initial={1220} scale="euros" onValue={onValue} />);
    const input = screen.getByRole('textbox') as HTMLInputElement;
    expect(input.value).toBe('12,2');
    fireEvent.change(input, { target: { value: '14,' } });
    expect(input.value).toBe('14,');
    expect(onValue).toHaveBeenLastCalledWith(1400);
    fireEvent.change(input, { target: { value: 'abc' } });
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(onValue).toHaveBeenCalledTimes(1);
  });

  it('rewrites the number when the language changes', () => {
    const { i18n } = renderInLang('fr', <Harness initial={13.64} scale="plain" onValue={() => {}} />);
    const input = screen.getByRole('textbox') as HTMLInputElement;
    expect(input.value).toBe('13,64');
    act(() => switchLanguage(i18n, 'en', { remember: false }));
    expect(input.value).toBe('13.64');
  });
});
