// Locale formatting: French separators (narrow no-break space, decimal comma), long dates, euros from cents.
import { describe, expect, it } from 'vitest';
import {
  formatCurrencyCents,
  formatDate,
  formatNumber,
  formatPercent,
  formatQuantity,
  parseLocaleNumber,
} from './format.ts';

const NNBSP = '\u202f'; // French thousands separator in Intl
const NBSP = '\u00a0'; // before the euro sign, the percent sign and units, so a value never wraps from its unit

describe('formatNumber', () => {
  it('uses French separators', () => {
    expect(formatNumber('fr', 12345.7)).toBe(`12${NNBSP}345,7`);
    expect(formatNumber('en', 12345.7)).toBe('12,345.7');
  });

  it('accepts Intl options', () => {
    expect(formatNumber('fr', 2.5, { minimumFractionDigits: 2 })).toBe('2,50');
  });
});

describe('parseLocaleNumber', () => {
  it.each([
    ['1 234,5', 1234.5],
    [`1${NNBSP}234,5`, 1234.5],
    [`1${NBSP}234`, 1234],
    ['1.234.567,25', 1234567.25],
    ['2,5', 2.5],
    ['2.5', 2.5],
    ['0', 0],
    ['-3', -3],
    [' 12 ', 12],
  ])('reads %j in French as %d', (text, value) => {
    expect(parseLocaleNumber('fr', text)).toBe(value);
  });

  it.each([
    ['1,234.5', 1234.5],
    ['1,234', 1234],
    ['1,234,567', 1234567],
    ['2,5', 2.5],
    ['2.5', 2.5],
  ])('reads %j in English as %d', (text, value) => {
    expect(parseLocaleNumber('en', text)).toBe(value);
  });

  it.each(['', '  ', 'abc', '1,2,3,4a', '12 kg', '1e5', '--2', '1,5,'])('refuses %j', (text) => {
    expect(parseLocaleNumber('fr', text)).toBeNull();
  });

  it('reads back what formatNumber writes', () => {
    for (const lang of ['fr', 'en'] as const)
      for (const n of [0, 7, 1234.5, 98765.43, 1234567])
        expect(parseLocaleNumber(lang, formatNumber(lang, n))).toBe(n);
  });
});

describe('formatPercent', () => {
  it('puts a no-break space before % in French only', () => {
    expect(formatPercent('fr', 0.425)).toBe(`43${NBSP}%`);
    expect(formatPercent('en', 0.425, 1)).toBe('42.5%');
  });
});

describe('formatDate', () => {
  it('writes long dates in the language', () => {
    expect(formatDate('fr', '2026-03-05')).toBe('5 mars 2026');
    expect(formatDate('en', '2026-03-05')).toBe('5 March 2026');
  });

  it('keeps an ISO day on its calendar day and writes short dates day-first', () => {
    expect(formatDate('fr', '2026-11-02', 'short')).toBe('02/11/2026');
    expect(formatDate('en', '2026-11-02', 'short')).toBe('02/11/2026');
  });
});

describe('formatCurrencyCents', () => {
  it('formats integer cents as euros', () => {
    expect(formatCurrencyCents('fr', 123456)).toBe(`1${NNBSP}234,56${NBSP}€`);
    expect(formatCurrencyCents('en', 123456)).toBe('€1,234.56');
    expect(formatCurrencyCents('fr', -5)).toBe(`-0,05${NBSP}€`);
  });
});

describe('formatQuantity', () => {
  it('pluralises counted units and formats the number', () => {
    expect(formatQuantity('fr', 1, 'pallet')).toBe(`1${NBSP}palette`);
    expect(formatQuantity('fr', 1250, 'pallet')).toBe(`1${NNBSP}250${NBSP}palettes`);
    expect(formatQuantity('en', 1, 'location')).toBe(`1${NBSP}location`);
    expect(formatQuantity('en', 2, 'location')).toBe(`2${NBSP}locations`);
  });

  it('writes measures with their symbol', () => {
    expect(formatQuantity('fr', 3.5, 'm2')).toBe(`3,5${NBSP}m²`);
    expect(formatQuantity('en', 3.5, 'm2')).toBe(`3.5${NBSP}m²`);
    expect(formatQuantity('fr', 12.25, 'kg')).toBe(`12,25${NBSP}kg`);
  });
});
