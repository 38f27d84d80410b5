// Branded units and identifiers so that minutes never mix with hours, cents with euros, kg with tonnes.
declare const brand: unique symbol;
export type Brand<T, B extends string> = T & { readonly [brand]: B };

export type Minutes = Brand<number, 'Minutes'>;
export type Hours = Brand<number, 'Hours'>;
export type EurCents = Brand<number, 'EurCents'>;
export type Kilograms = Brand<number, 'Kilograms'>;
export type Millimetres = Brand<number, 'Millimetres'>;
export type Metres = Brand<number, 'Metres'>;
export type SquareMetres = Brand<number, 'SquareMetres'>;
export type Days = Brand<number, 'Days'>;
export type Percent = Brand<number, 'Percent'>;
/** An ISO calendar date `YYYY-MM-DD`, site-local. */
export type IsoDate = Brand<string, 'IsoDate'>;

export const minutes = (n: number): Minutes => n as Minutes;
export const hours = (n: number): Hours => n as Hours;
export const kilograms = (n: number): Kilograms => n as Kilograms;
export const millimetres = (n: number): Millimetres => n as Millimetres;
export const metres = (n: number): Metres => n as Metres;
export const days = (n: number): Days => n as Days;
export const percent = (n: number): Percent => n as Percent;

/** Money is always held in integer cents; rounding happens once, here. */
export function eurCents(n: number): EurCents {
  if (!Number.isFinite(n)) throw new RangeError('EurCents must be finite');
  return Math.round(n) as EurCents;
}

/** Converts euros (a decimal amount as typed by a person) into integer cents. */
export function eurosToCents(euros: number): EurCents {
  return eurCents(euros * 100);
}

export function minutesToHours(m: Minutes): Hours {
  return (m / 60) as Hours;
}

export function hoursToMinutes(h: Hours): Minutes {
  return (h * 60) as Minutes;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Returns the date if it is a real calendar date `YYYY-MM-DD`, otherwise null. */
export function parseIsoDate(value: string): IsoDate | null {
  const m = ISO_DATE.exec(value);
  if (!m) return null;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  const dt = new Date(Date.UTC(y, mo - 1, d));
  if (dt.getUTCFullYear() !== y || dt.getUTCMonth() !== mo - 1 || dt.getUTCDate() !== d) return null;
  return value as IsoDate;
}

export function isoDate(value: string): IsoDate {
  const parsed = parseIsoDate(value);
  if (!parsed) throw new RangeError(`not an ISO date: ${value}`);
  return parsed;
}
