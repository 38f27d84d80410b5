// "Why is this shift short?": for a day × shift × qualification of a stored roster, everyone qualified for it and
// what keeps each one from taking it (absent, licence not valid, already on another shift, a rule it would break),
// in the reader's language, free people first.

import type { Actor } from '@logipilot/domain';
import { DomainError, ROSTER_VIOLATION_CODES, whyUncovered } from '@logipilot/domain';
import { type Lang, translate } from '@logipilot/i18n';
import { z } from 'zod';
import type { StoreContext } from '../auth/store-context.ts';
import { mayReadMedical } from '../masterdata/policy.ts';
import { parseOrThrow } from '../masterdata/validate.ts';
import { assertMayReadRosters } from './roster-policy.ts';
import { getStoredRoster, loadStoredRosterModel, rosterOf } from './roster-versions.ts';
import { readableParams } from './roster-view.ts';

export const whyUncoveredQuerySchema = z.strictObject({
  day: z.iso.date(),
  shift: z.string().min(1).max(30),
  qualification: z.string().min(1).max(60),
});
export type WhyUncoveredQuery = z.infer<typeof whyUncoveredQuerySchema>;

export interface WhyReasonView {
  code: string;
  hard: boolean;
  message: string;
}

export interface WhyCandidateView {
  employeeId: string;
  name: string;
  free: boolean;
  reasons: WhyReasonView[];
}

export interface WhyUncoveredView {
  day: string;
  shift: string;
  qualification: string;
  required: number;
  assigned: number;
  missing: number;
  /** "Préparateur de commandes, poste 05:00–13:00 du 16/11/2026 : 12 en poste pour 15 demandés." */
  summary: string;
  candidates: WhyCandidateView[];
}

const VIOLATION_CODES: ReadonlySet<string> = new Set(ROSTER_VIOLATION_CODES);

/** A reason's sentence: a rule it would break reads as that rule's violation, a cell reason as its own sentence. */
function reasonMessage(lang: Lang, code: string, params: Record<string, string | number>): string {
  const readable = readableParams(lang, params);
  return VIOLATION_CODES.has(code)
    ? translate(lang, `roster.violation.${code}`, readable)
    : translate(lang, `roster.why.${code}`, readable);
}

export async function explainUncovered(
  ctx: StoreContext,
  actor: Actor,
  id: string,
  input: unknown,
  options: { lang?: Lang } = {},
): Promise<WhyUncoveredView> {
  assertMayReadRosters(actor);
  const query = parseOrThrow(whyUncoveredQuerySchema, input);
  const lang = options.lang ?? 'fr';
  const stored = await getStoredRoster(ctx.db.repos, actor.siteId, id);
  const { loaded } = await loadStoredRosterModel(ctx.db.repos, stored);
  if (!loaded.shifts.some((s) => s.key === query.shift))
    throw new DomainError('ROSTER_EDIT_UNKNOWN_SHIFT', {
      field: 'shift',
      params: { field: 'shift', value: query.shift, allowed: loaded.shifts.map((s) => s.key).join(', ') },
    });
  const model = { ...loaded.model, demand: stored.demand };
  const why = whyUncovered(model, rosterOf(stored), query.day, query.shift, query.qualification);
  const medical = mayReadMedical(actor);
  const shiftLabel = loaded.shifts.find((s) => s.key === query.shift)?.label ?? query.shift;
  return {
    day: why.day,
    shift: why.shift,
    qualification: why.qualification,
    required: why.required,
    assigned: why.assigned.length,
    missing: why.missing,
    summary: translate(
      lang,
      'roster.why.summary',
      readableParams(lang, {
        qualification: why.qualification,
        shiftLabel,
        day: why.day,
        assigned: why.assigned.length,
        required: why.required,
      }),
    ),
    candidates: why.candidates.map((c) => ({
      employeeId: c.employeeId,
      name: c.name,
      free: c.free,
      reasons:
        c.free && c.reasons.length === 0
          ? [{ code: 'free', hard: false, message: translate(lang, 'roster.why.free', { employee: c.name }) }]
          : c.reasons.map((r) => {
              const params =
                !medical && r.params.part === 'medical_fitness'
                  ? { ...r.params, part: 'withheld' }
                  : r.params;
              return { code: r.code, hard: r.hard, message: reasonMessage(lang, r.code, params) };
            }),
    })),
  };
}
