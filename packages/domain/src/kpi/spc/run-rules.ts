// Western Electric and Nelson run rules on z-scores, so one engine serves p, u and XmR charts alike.
import { DomainError } from '../../shared/errors.ts';
import type { SpcPoint } from './spc-point.ts';

export const NELSON_RULES = [
  'NELSON_1',
  'NELSON_2',
  'NELSON_3',
  'NELSON_4',
  'NELSON_5',
  'NELSON_6',
  'NELSON_7',
  'NELSON_8',
] as const;
export const WESTERN_ELECTRIC_RULES = ['WE_1', 'WE_2', 'WE_3', 'WE_4'] as const;

/** Stable rule identifiers (translated by the i18n catalogues, never turned into sentences here). */
export type SpcRuleId = (typeof NELSON_RULES)[number] | (typeof WESTERN_ELECTRIC_RULES)[number];
export const SPC_RULE_IDS: readonly SpcRuleId[] = [...NELSON_RULES, ...WESTERN_ELECTRIC_RULES];

/** A named preset or an explicit list of rules. */
export type RuleSelection = 'western_electric' | 'nelson' | readonly SpcRuleId[];

/**
 * Points each rule looks back over, the firing point included. Also the context a monitoring period needs
 * before its first point for every rule to be able to fire there.
 */
export const RULE_WINDOW: Readonly<Record<SpcRuleId, number>> = {
  NELSON_1: 1,
  NELSON_2: 9,
  NELSON_3: 6,
  NELSON_4: 14,
  NELSON_5: 3,
  NELSON_6: 5,
  NELSON_7: 15,
  NELSON_8: 8,
  WE_1: 1,
  WE_2: 3,
  WE_3: 5,
  WE_4: 8,
};

export function resolveRules(selection: RuleSelection): SpcRuleId[] {
  if (selection === 'nelson') return [...NELSON_RULES];
  if (selection === 'western_electric') return [...WESTERN_ELECTRIC_RULES];
  const out: SpcRuleId[] = [];
  for (const r of selection) {
    if (!SPC_RULE_IDS.includes(r)) throw new DomainError('SPC_RULE_UNKNOWN', { params: { rule: String(r) } });
    if (!out.includes(r)) out.push(r);
  }
  return out;
}

/**
 * above/below: the pattern lies on that side of the centre; both: it straddles it (Nelson 8);
 * none: it is about the shape, not a side (trend, alternation, hugging the centre).
 */
export type SignalSide = 'above' | 'below' | 'both' | 'none';

export interface SpcSignal {
  rule: SpcRuleId;
  /** The point whose arrival completes the pattern. */
  firedAt: number;
  /** First and last index (inclusive) of the points making up the pattern; end = firedAt. */
  start: number;
  end: number;
  /** Every point taking part (for 2-of-3 and 4-of-5: only those beyond the limit, firing point included). */
  points: number[];
  side: SignalSide;
  /** Only for NELSON_3. */
  direction?: 'up' | 'down';
  firedDate: string | null;
  startDate: string | null;
}

export interface RunRuleOptions {
  rules: RuleSelection;
  /**
   * First index that may fire (the monitoring period after the baseline); earlier points still serve as
   * context for the run rules' windows.
   */
  from?: number;
  dates?: readonly (string | null | undefined)[];
}

/**
 * Every (rule, point) at which a rule's pattern ends at that point. A long run fires again at each point that
 * extends it (the usual software convention, and what the per-point false-alarm rates count); use
 * `groupSignals` to present one episode per run. Points before `from` never fire but are read as context.
 */
export function evaluateRunRules(z: readonly number[], options: RunRuleOptions): SpcSignal[] {
  const rules = resolveRules(options.rules);
  const from = Math.max(0, options.from ?? 0);
  const dateAt = (i: number): string | null => options.dates?.[i] ?? null;
  const signals: SpcSignal[] = [];
  for (let i = from; i < z.length; i++)
    for (const rule of rules) {
      if (i + 1 < RULE_WINDOW[rule]) continue;
      const hit = check(rule, z, i);
      if (hit === null) continue;
      const start = hit.points[0]!;
      const signal: SpcSignal = {
        rule,
        firedAt: i,
        start,
        end: i,
        points: hit.points,
        side: hit.side,
        firedDate: dateAt(i),
        startDate: dateAt(start),
      };
      if (hit.direction !== undefined) signal.direction = hit.direction;
      signals.push(signal);
    }
  return signals;
}

/** Run rules on a chart's points, reading their z-scores and dates. */
export function evaluateChartRules(
  points: readonly SpcPoint[],
  options: { rules: RuleSelection; from?: number },
): SpcSignal[] {
  const run: RunRuleOptions = { rules: options.rules, dates: points.map((p) => p.date) };
  if (options.from !== undefined) run.from = options.from;
  return evaluateRunRules(
    points.map((p) => p.z),
    run,
  );
}

/** Distinct indices at which at least one rule fired, ascending: the points to mark on the chart. */
export function flaggedIndices(signals: readonly SpcSignal[]): number[] {
  return [...new Set(signals.map((s) => s.firedAt))].sort((a, b) => a - b);
}

export interface SpcSignalEpisode {
  rule: SpcRuleId;
  side: SignalSide;
  start: number;
  end: number;
  /** Firing points of the merged signals, ascending. */
  firedAt: number[];
  points: number[];
}

/** Merges signals of the same rule and side whose point ranges overlap or touch into one episode. */
export function groupSignals(signals: readonly SpcSignal[]): SpcSignalEpisode[] {
  const sorted = [...signals].sort((a, b) => a.start - b.start || a.firedAt - b.firedAt);
  const open = new Map<string, SpcSignalEpisode>();
  const out: SpcSignalEpisode[] = [];
  for (const s of sorted) {
    const key = `${s.rule}|${s.side}`;
    const current = open.get(key);
    if (current !== undefined && s.start <= current.end + 1) {
      current.end = Math.max(current.end, s.end);
      current.firedAt.push(s.firedAt);
      for (const p of s.points) if (!current.points.includes(p)) current.points.push(p);
      current.points.sort((a, b) => a - b);
      continue;
    }
    const episode: SpcSignalEpisode = {
      rule: s.rule,
      side: s.side,
      start: s.start,
      end: s.end,
      firedAt: [s.firedAt],
      points: [...s.points],
    };
    open.set(key, episode);
    out.push(episode);
  }
  return out;
}

interface Hit {
  points: number[];
  side: SignalSide;
  direction?: 'up' | 'down';
}

function range(start: number, end: number): number[] {
  const out: number[] = [];
  for (let j = start; j <= end; j++) out.push(j);
  return out;
}

function check(rule: SpcRuleId, z: readonly number[], i: number): Hit | null {
  switch (rule) {
    case 'NELSON_1':
    case 'WE_1':
      return beyondThree(z, i);
    case 'NELSON_2':
      return sameSideRun(z, i, 9);
    case 'WE_4':
      return sameSideRun(z, i, 8);
    case 'NELSON_3':
      return trend(z, i);
    case 'NELSON_4':
      return alternation(z, i);
    case 'NELSON_5':
    case 'WE_2':
      return kOfM(z, i, 2, 3, 2);
    case 'NELSON_6':
    case 'WE_3':
      return kOfM(z, i, 4, 5, 1);
    case 'NELSON_7':
      return hugging(z, i);
    case 'NELSON_8':
      return mixture(z, i);
  }
}

function beyondThree(z: readonly number[], i: number): Hit | null {
  const v = z[i]!;
  if (Math.abs(v) > 3) return { points: [i], side: v > 0 ? 'above' : 'below' };
  return null;
}

/** A point exactly on the centre belongs to neither side, so it breaks the run. */
function sameSideRun(z: readonly number[], i: number, length: number): Hit | null {
  const sign = Math.sign(z[i]!);
  if (sign === 0) return null;
  for (let j = i - length + 1; j < i; j++) if (Math.sign(z[j]!) !== sign) return null;
  return { points: range(i - length + 1, i), side: sign > 0 ? 'above' : 'below' };
}

/** Six points, five strict steps in one direction; ties break the trend. */
function trend(z: readonly number[], i: number): Hit | null {
  let up = true;
  let down = true;
  for (let j = i - 4; j <= i; j++) {
    const d = z[j]! - z[j - 1]!;
    if (!(d > 0)) up = false;
    if (!(d < 0)) down = false;
  }
  if (!up && !down) return null;
  return { points: range(i - 5, i), side: 'none', direction: up ? 'up' : 'down' };
}

/** Fourteen points, thirteen strict steps alternating in sign. */
function alternation(z: readonly number[], i: number): Hit | null {
  let previous = 0;
  for (let j = i - 12; j <= i; j++) {
    const d = Math.sign(z[j]! - z[j - 1]!);
    if (!(d === 1 || d === -1) || d === previous) return null;
    previous = d;
  }
  return { points: range(i - 13, i), side: 'none' };
}

/**
 * k of m consecutive points beyond `limit` sigma on one side, the firing point being one of them: the signal
 * belongs to the point that completes the pattern, and a pair is not reported a second time one point later.
 */
function kOfM(z: readonly number[], i: number, k: number, m: number, limit: number): Hit | null {
  const v = z[i]!;
  if (!(Math.abs(v) > limit)) return null;
  const sign = v > 0 ? 1 : -1;
  const points: number[] = [];
  for (let j = i - m + 1; j <= i; j++) if (sign * z[j]! > limit) points.push(j);
  if (points.length < k) return null;
  return { points, side: sign > 0 ? 'above' : 'below' };
}

/** Fifteen points in a row within 1 sigma (zone C), on either side. */
function hugging(z: readonly number[], i: number): Hit | null {
  for (let j = i - 14; j <= i; j++) if (!(Math.abs(z[j]!) <= 1)) return null;
  return { points: range(i - 14, i), side: 'none' };
}

/** Eight points in a row beyond 1 sigma, none in zone C, with both sides represented. */
function mixture(z: readonly number[], i: number): Hit | null {
  let above = false;
  let below = false;
  for (let j = i - 7; j <= i; j++) {
    const v = z[j]!;
    if (!(Math.abs(v) > 1)) return null;
    if (v > 0) above = true;
    else below = true;
  }
  if (!(above && below)) return null;
  return { points: range(i - 7, i), side: 'both' };
}
