// Validation of option values the parser cannot check (enumerations, integers, days), as usage errors.
import { UsageError } from './usage-error.ts';

/** `option` is a flag name without its dashes, or an argument name in capitals (shown as is). */
export function oneOf<T extends string>(
  command: string,
  option: string,
  value: string | undefined,
  allowed: readonly T[],
): T | undefined {
  if (value === undefined) return undefined;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError(
    'CLI_INVALID_VALUE',
    { option: `--${option}`, value, expected: allowed.join(', ') },
    command,
  );
}

export function nonNegativeInteger(
  command: string,
  option: string,
  value: string | undefined,
): number | undefined {
  if (value === undefined) return undefined;
  if (/^\d{1,9}$/.test(value)) return Number(value);
  throw new UsageError('CLI_INVALID_VALUE', { option: `--${option}`, value, expected: '0, 1, 2…' }, command);
}

export function port(command: string, value: string | undefined): number | undefined {
  const n = nonNegativeInteger(command, 'port', value);
  if (n === undefined || value === undefined || n <= 65_535) return n;
  throw new UsageError('CLI_INVALID_VALUE', { option: '--port', value, expected: '0–65535' }, command);
}

/** A calendar day written YYYY-MM-DD that exists (2026-02-30 does not). */
export function isoDay(command: string, option: string, value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const time = /^\d{4}-\d{2}-\d{2}$/.test(value) ? Date.parse(`${value}T00:00:00Z`) : Number.NaN;
  if (!Number.isNaN(time) && new Date(time).toISOString().slice(0, 10) === value) return value;
  throw new UsageError(
    'CLI_INVALID_VALUE',
    { option: `--${option}`, value, expected: 'YYYY-MM-DD' },
    command,
  );
}

export function required<T>(command: string, option: string, value: T | undefined): T {
  if (value !== undefined) return value;
  throw new UsageError('CLI_MISSING_OPTION', { option: `--${option}` }, command);
}
