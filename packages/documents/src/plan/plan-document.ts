// What the plan exports read of a computed plan, and its sheets as rows of labelled cells, shared by XLSX and PDF.
import { formatDate, formatNumber, type Lang, translate } from '@logipilot/i18n';
import type { WorkbookColumn, WorkbookSheet } from '../tables/write-xlsx.ts';

/** The shape of the app's PlanResult that the documents need (structural: documents do not import the app). */
export interface PlanDocumentInput {
  name?: string;
  siteId: string;
  from: string;
  to: string;
  weeks: number;
  scenario: { volumePct: number; productivityPct: number; absenteeismPct: number };
  days: {
    date: string;
    peak: boolean;
    activities: { activity: string; hours: number }[];
    shifts: { shift: string; qualification: string; needed: number; available: number; gap: number }[];
  }[];
  levers: {
    status: string;
    lines: {
      kind: string;
      day: string;
      shift: string;
      qualification: string;
      employeeName?: string;
      hours: number;
      costCents: number;
      message: string;
    }[];
  };
  tempOrder: { date: string; shift: string; qualification: string; headcount: number; hours: number }[];
  totals: {
    hours: number;
    overtimeHours: number;
    tempHours: number;
    shiftExtensionHours?: number;
    uncoveredHours?: number;
    cost: number;
    staffCostCents?: number;
    leversCostCents?: number;
    peakDays: number;
  };
  issues: { message: string }[];
}

const t = (lang: Lang, key: string, params?: Record<string, unknown>) =>
  translate(lang, `plan.${key}`, params);

/** A job role's label, or "Drivers R489:5" for a licence key. */
export function qualificationLabel(lang: Lang, q: string): string {
  if (q.includes(':')) return t(lang, 'qualification.licence', { licence: q });
  const key = `qualification.${q}`;
  const label = t(lang, key);
  return label === `plan.${key}` ? q : label;
}

function label(lang: Lang, area: string, key: string): string {
  const out = t(lang, `${area}.${key}`);
  return out === `plan.${area}.${key}` ? key : out;
}

const col = (lang: Lang, key: string, kind: WorkbookColumn['kind']): WorkbookColumn => ({
  header: t(lang, `export.${key}`),
  kind,
});
const round2 = (x: number) => Math.round(x * 100) / 100;

/** The five sheets of the contract: summary, workload, staffing, levers, temp order (plus the notes). */
export function planSheets(plan: PlanDocumentInput, lang: Lang): WorkbookSheet[] {
  const activities = [...new Set(plan.days.flatMap((d) => d.activities.map((a) => a.activity)))];
  const summary: WorkbookSheet = {
    name: t(lang, 'export.summary'),
    columns: [
      { header: t(lang, 'export.title'), kind: 'text' },
      { header: plan.name ?? '', kind: 'number' },
    ],
    rows: [
      [t(lang, 'export.from'), formatDate(lang, plan.from)],
      [t(lang, 'export.to'), formatDate(lang, plan.to)],
      [t(lang, 'export.weeks'), plan.weeks],
      [t(lang, 'export.volumePct'), `${formatNumber(lang, plan.scenario.volumePct)} %`],
      [t(lang, 'export.productivityPct'), `${formatNumber(lang, plan.scenario.productivityPct)} %`],
      [t(lang, 'export.absenteeismPct'), `${formatNumber(lang, plan.scenario.absenteeismPct)} %`],
      [t(lang, 'export.totalHours'), plan.totals.hours],
      [t(lang, 'export.overtimeHours'), plan.totals.overtimeHours],
      [t(lang, 'export.tempHours'), plan.totals.tempHours],
      [t(lang, 'export.shiftExtensionHours'), plan.totals.shiftExtensionHours ?? 0],
      [t(lang, 'export.uncoveredHours'), plan.totals.uncoveredHours ?? 0],
      [t(lang, 'export.staffCost'), round2((plan.totals.staffCostCents ?? 0) / 100)],
      [t(lang, 'export.leversCost'), round2((plan.totals.leversCostCents ?? 0) / 100)],
      [t(lang, 'export.cost'), round2(plan.totals.cost / 100)],
      [t(lang, 'export.peakDays'), plan.totals.peakDays],
      [t(lang, 'export.status'), translate(lang, `levers.status.${plan.levers.status}`)],
      ...plan.issues.map((i): [string, string] => [t(lang, 'export.issues'), i.message]),
    ],
  };
  const workload: WorkbookSheet = {
    name: t(lang, 'export.workload'),
    columns: [
      col(lang, 'date', 'date'),
      col(lang, 'peak', 'text'),
      ...activities.map((a) => ({ header: label(lang, 'activity', a), kind: 'number' as const })),
      col(lang, 'total', 'number'),
    ],
    rows: plan.days.map((d) => {
      const by = new Map(d.activities.map((a) => [a.activity, a.hours]));
      return [
        d.date,
        d.peak ? t(lang, 'export.yes') : '',
        ...activities.map((a) => by.get(a) ?? 0),
        round2(d.activities.reduce((s, a) => s + a.hours, 0)),
      ];
    }),
  };
  const staffing: WorkbookSheet = {
    name: t(lang, 'export.staffing'),
    columns: ['date', 'shift', 'qualification', 'needed', 'available', 'gap'].map((k, i) =>
      col(lang, k, i === 0 ? 'date' : i < 3 ? 'text' : 'integer'),
    ),
    rows: plan.days.flatMap((d) =>
      d.shifts.map((s) => [
        d.date,
        label(lang, 'shift', s.shift),
        qualificationLabel(lang, s.qualification),
        s.needed,
        s.available,
        s.gap,
      ]),
    ),
  };
  const levers: WorkbookSheet = {
    name: t(lang, 'export.levers'),
    columns: [
      col(lang, 'date', 'date'),
      col(lang, 'shift', 'text'),
      col(lang, 'qualification', 'text'),
      col(lang, 'kind', 'text'),
      col(lang, 'employee', 'text'),
      col(lang, 'hours', 'number'),
      col(lang, 'costCents', 'number'),
      col(lang, 'explanation', 'text'),
    ],
    rows: plan.levers.lines.map((l) => [
      l.day,
      label(lang, 'shift', l.shift),
      qualificationLabel(lang, l.qualification),
      translate(lang, `levers.kind.${l.kind}`),
      l.employeeName ?? '',
      l.hours,
      round2(l.costCents / 100),
      l.message,
    ]),
  };
  const tempOrder: WorkbookSheet = {
    name: t(lang, 'export.tempOrder'),
    columns: [
      col(lang, 'date', 'date'),
      col(lang, 'shift', 'text'),
      col(lang, 'qualification', 'text'),
      col(lang, 'headcount', 'integer'),
      col(lang, 'hours', 'number'),
    ],
    rows: plan.tempOrder.map((o) => [
      o.date,
      label(lang, 'shift', o.shift),
      qualificationLabel(lang, o.qualification),
      o.headcount,
      o.hours,
    ]),
  };
  return [summary, workload, staffing, levers, tempOrder];
}
