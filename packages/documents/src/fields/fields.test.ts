import { describe, expect, it } from 'vitest';
import { parseBoolean } from './boolean.ts';
import { choiceParser } from './choice.ts';
import { excelSerialToIso, parseDate } from './date.ts';
import { normaliseLabel } from './normalise.ts';
import { parseInteger, parseNumber, parseNumberText, parseScaled } from './number.ts';
import { parseAdrClass, parseCode, parseLicenceCategory, parseLicenceScheme, parseUnNumber } from './text.ts';

describe('numbers', () => {
  it.each([
    ['1 234,56', 1234.56],
    ['1234.56', 1234.56],
    ['1\u00a0234,5', 1234.5],
    ['1\u202f234\u202f567', 1234567],
    ['1\u2009234,5', 1234.5],
    ['1.234,56', 1234.56],
    ['1,234.56', 1234.56],
    ['1,234,567', 1234567],
    ['1.234.567', 1234567],
    ['-0,5', -0.5],
    [',5', 0.5],
    ['12', 12],
    ['1e3', 1000],
  ])('%s → %s', (text, value) => {
    expect(parseNumberText(text)).toBe(value);
  });

  it.each(['abc', '1,2,3.4.5', '12 kg', '--1', '', '1.2.3,4,5'])('%s is not a number', (text) => {
    expect(parseNumberText(text)).toBeNull();
  });

  it('numeric cells pass through; integers must be whole', () => {
    expect(parseNumber(2.5)).toEqual({ ok: true, value: 2.5 });
    expect(parseNumber(true)).toEqual({ ok: false, code: 'INVALID_NUMBER' });
    expect(parseInteger('12')).toEqual({ ok: true, value: 12 });
    expect(parseInteger('12,5')).toEqual({ ok: false, code: 'INVALID_INTEGER' });
  });

  it('scales a measure into the stored unit without float noise', () => {
    expect(parseScaled('12,5', 10, true)).toEqual({ ok: true, value: 125 });
    expect(parseScaled('1250', 0.001, false)).toEqual({ ok: true, value: 1.25 });
    expect(parseScaled('1,2', 1000, false)).toEqual({ ok: true, value: 1200 });
  });
});

describe('dates', () => {
  it.each([
    ['05/03/2026', '2026-03-05'],
    ['5/3/2026', '2026-03-05'],
    ['05/03/26', '2026-03-05'],
    ['05/03/95', '1995-03-05'],
    ['05-03-2026', '2026-03-05'],
    ['05.03.2026', '2026-03-05'],
    ['2026-03-05', '2026-03-05'],
    ['2026-03-05T00:00:00Z', '2026-03-05'],
    ['2026-03-05 08:30:00', '2026-03-05'],
    ['05/03/2026 14:30', '2026-03-05'],
    ['20260305', '2026-03-05'],
    ['46086', '2026-03-05'],
    ['29/02/2024', '2024-02-29'],
  ])('%s → %s', (text, iso) => {
    expect(parseDate(text)).toEqual({ ok: true, value: iso });
  });

  it.each(['31/02/2026', '29/02/2025', '2026-13-01', '32/01/2026', 'demain', '5 mars 2026', '0'])(
    '%s is INVALID_DATE',
    (text) => {
      expect(parseDate(text)).toEqual({ ok: false, code: 'INVALID_DATE' });
    },
  );

  it('reads Excel serials and Date cells', () => {
    expect(excelSerialToIso(46086)).toBe('2026-03-05');
    expect(excelSerialToIso(61)).toBe('1900-03-01');
    expect(parseDate(46086.75)).toEqual({ ok: true, value: '2026-03-05' });
    expect(parseDate(new Date(Date.UTC(2026, 2, 5)))).toEqual({ ok: true, value: '2026-03-05' });
    expect(parseDate(-3)).toEqual({ ok: false, code: 'INVALID_DATE' });
  });
});

describe('booleans', () => {
  it.each([
    ['oui', true],
    ['Non', false],
    ['YES', true],
    ['no', false],
    ['1', true],
    ['0', false],
    ['vrai', true],
    ['Faux', false],
    ['x', true],
    ['X', true],
  ] as const)('%s → %s', (text, value) => {
    expect(parseBoolean(text)).toEqual({ ok: true, value });
  });

  it('takes real booleans and 1/0 numbers, refuses the rest', () => {
    expect(parseBoolean(true)).toEqual({ ok: true, value: true });
    expect(parseBoolean(0)).toEqual({ ok: true, value: false });
    expect(parseBoolean('peut-être')).toEqual({ ok: false, code: 'INVALID_BOOLEAN' });
  });
});

describe('choices', () => {
  const colour = choiceParser([
    { value: 'dark_red', labels: ['Rouge foncé', 'Bordeaux'] },
    { value: 'blue', labels: ['Bleu'] },
  ]);

  it('matches values and labels whatever the case, accents and punctuation', () => {
    expect(colour.parse('ROUGE FONCE')).toEqual({ ok: true, value: 'dark_red' });
    expect(colour.parse('dark red')).toEqual({ ok: true, value: 'dark_red' });
    expect(colour.parse('dark_red')).toEqual({ ok: true, value: 'dark_red' });
    expect(colour.parse(' bleu ')).toEqual({ ok: true, value: 'blue' });
  });

  it('names the accepted labels when nothing matches', () => {
    expect(colour.parse('vert')).toEqual({
      ok: false,
      code: 'INVALID_CHOICE',
      params: { allowed: 'Rouge foncé, Bleu' },
    });
  });

  it('refuses a label claimed by two values', () => {
    expect(() =>
      choiceParser([
        { value: 'a', labels: ['Même'] },
        { value: 'b', labels: ['meme'] },
      ]),
    ).toThrow(/names both/);
  });
});

describe('text-like fields', () => {
  it('normalises labels', () => {
    expect(normaliseLabel('Poids unitaire (kg)')).toBe('poidsunitairekg');
    expect(normaliseLabel("Donneur d'ordre")).toBe('donneurdordre');
    expect(normaliseLabel('N° ONU')).toBe('nonu');
    expect(normaliseLabel('Cœur')).toBe('coeur');
  });

  it('trims codes and keeps numbers typed in a text column', () => {
    expect(parseCode('  A-001  ')).toEqual({ ok: true, value: 'A-001' });
    expect(parseCode(12345)).toEqual({ ok: true, value: '12345' });
  });

  it('reads ADR classes, UN numbers, CACES recommendations and categories', () => {
    expect(parseAdrClass('Classe 3')).toEqual({ ok: true, value: '3' });
    expect(parseAdrClass('2,1')).toEqual({ ok: true, value: '2.1' });
    expect(parseAdrClass(2.1)).toEqual({ ok: true, value: '2.1' });
    expect(parseAdrClass('inflammable')).toEqual({ ok: false, code: 'INVALID_ADR_CLASS' });
    expect(parseUnNumber('UN 1203')).toEqual({ ok: true, value: '1203' });
    expect(parseUnNumber(4)).toEqual({ ok: true, value: '0004' });
    expect(parseUnNumber('12034')).toEqual({ ok: false, code: 'INVALID_UN_NUMBER' });
    expect(parseLicenceScheme('CACES R 489')).toEqual({ ok: true, value: 'R489' });
    expect(parseLicenceScheme('489')).toEqual({ ok: true, value: 'R489' });
    expect(parseLicenceCategory('cat. 1a')).toEqual({ ok: true, value: '1A' });
    expect(parseLicenceCategory(3)).toEqual({ ok: true, value: '3' });
  });
});
