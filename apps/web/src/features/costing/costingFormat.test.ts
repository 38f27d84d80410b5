// Margin ↔ mark-up, French and English typed numbers, scales of the cost model inputs, immutable path updates.
import { describe, expect, it } from 'vitest';
import {
  fileNameOf,
  inputText,
  isValidMargin,
  marginFromMarkup,
  markupFromMargin,
  parseJsonObject,
  parseTyped,
  percentPoints,
  profileMonths,
  setIn,
  toShown,
  toStored,
  unitMoney,
} from './costingFormat.ts';

describe('margin and mark-up', () => {
  it('converts a 12 % margin on price into a 13.64 % mark-up on cost and back', () => {
    expect(markupFromMargin(12)).toBe(13.64);
    expect(marginFromMarkup(13.64)).toBe(12);
    expect(markupFromMargin(8)).toBe(8.7);
    expect(marginFromMarkup(25)).toBe(20);
    expect(markupFromMargin(0)).toBe(0);
  });

  it('accepts margins from 0 to 95 %', () => {
    expect(isValidMargin(95)).toBe(true);
    expect(isValidMargin(96)).toBe(false);
    expect(isValidMargin(-1)).toBe(false);
    expect(isValidMargin(null)).toBe(false);
  });
});

describe('typed numbers', () => {
  it('reads French decimals with a comma, and a dot pasted from elsewhere', () => {
    expect(parseTyped('fr', '8,5')).toBe(8.5);
    expect(parseTyped('fr', ' 1 234,5 ')).toBe(1234.5);
    expect(parseTyped('fr', '8.5')).toBe(8.5);
    expect(parseTyped('fr', 'abc')).toBeNull();
    expect(parseTyped('fr', '')).toBeNull();
  });

  it('reads English decimals', () => {
    expect(parseTyped('en', '13.64')).toBe(13.64);
    expect(parseTyped('en', '1,234.5')).toBe(1234.5);
  });

  it('writes input text without grouping, in the language', () => {
    expect(inputText('fr', 1234.5)).toBe('1234,5');
    expect(inputText('en', 1234.5)).toBe('1234.5');
    expect(inputText('fr', undefined)).toBe('');
  });

  it('shows unit prices to a hundredth of a cent, whole cents with two decimals', () => {
    expect(unitMoney('fr', 34.3)).toMatch(/^0,343[\u202f\u00a0]€$/);
    expect(unitMoney('en', 5.23)).toBe('€0.0523');
    expect(unitMoney('fr', 1250)).toMatch(/^12,50[\u202f\u00a0]€$/);
  });

  it('shows percent points with the locale sign', () => {
    expect(percentPoints('fr', 13.64)).toMatch(/^13,64[\u202f\u00a0]%$/);
    expect(percentPoints('en', 13.64)).toBe('13.64%');
  });
});

describe('input scales', () => {
  it('shows shares as percentages and cents as euros, without binary noise', () => {
    expect(toShown('percent', 0.07)).toBe(7);
    expect(toStored('percent', 7)).toBe(0.07);
    expect(toShown('euros', 1220)).toBe(12.2);
    expect(toStored('euros', 12.2)).toBe(1220);
    expect(toStored('euros', 0.085)).toBe(8.5);
    expect(toStored('plain', 3.5)).toBe(3.5);
  });
});

describe('setIn', () => {
  it('copies along the path and leaves the original untouched', () => {
    const model = { labour: [{ id: 'a', permanent: { absenteeism: 0.07 } }], building: { id: 'b' } };
    const next = setIn(model, ['labour', 0, 'permanent', 'absenteeism'], 0.05);
    expect(next.labour[0]?.permanent.absenteeism).toBe(0.05);
    expect(model.labour[0]?.permanent.absenteeism).toBe(0.07);
    expect(next.building).toBe(model.building);
  });

  it('removes a key set to undefined', () => {
    expect(setIn({ a: 1, b: 2 }, ['b'], undefined)).toEqual({ a: 1 });
  });
});

describe('files', () => {
  it('reads a JSON object and refuses anything else', () => {
    expect(parseJsonObject('\uFEFF{"a":1}')).toEqual({ a: 1 });
    expect(parseJsonObject('[1]')).toBeNull();
    expect(parseJsonObject('{')).toBeNull();
  });

  it('takes the file name from Content-Disposition, the UTF-8 one first', () => {
    expect(fileNameOf('attachment; filename="quote.pdf"', 'x')).toBe('quote.pdf');
    expect(fileNameOf(`attachment; filename="a.pdf"; filename*=UTF-8''cotation-%C3%A9.pdf`, 'x')).toBe(
      'cotation-é.pdf',
    );
    expect(fileNameOf(null, 'x.xlsx')).toBe('x.xlsx');
  });

  it('lists twelve months from the contract start, across the year end', () => {
    expect(profileMonths('2026-11').slice(0, 3)).toEqual(['2026-11', '2026-12', '2027-01']);
    expect(profileMonths('2026-01')).toHaveLength(12);
  });
});
