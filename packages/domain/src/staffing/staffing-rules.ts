// Rules that turn activity hours into qualifications and heads: equipment licences, roles, cold, absenteeism, span.
import { z } from 'zod';
import { ACTIVITIES, type Activity } from '../planning/activity.ts';
import type { EquipmentType } from '../site/equipment.ts';
import { licenceKey, parseLicenceKey } from '../site/licence.ts';
import { type TemperatureClass, temperatureClassSchema } from '../site/zone.ts';
import { COLD_RANGE_OF_CLASS, type ColdRange } from './cold-exposure.ts';
import { employeeSchema } from './employee.ts';

export const jobRoleSchema = employeeSchema.shape.jobRole;
export type JobRole = z.infer<typeof jobRoleSchema>;

/** Demo equipment codes (packages/demo site plans) and the CACES each needs (qualifications-safety.md §1.1). */
export const DEFAULT_EQUIPMENT_LICENCES: Readonly<Record<string, string | null>> = {
  REACH: 'R489:5',
  COUNTERBALANCE: 'R489:3',
  'RIDE-ON-PALLET-TRUCK': 'R489:1A',
  'WALKIE-PALLET-TRUCK': null,
};

export const staffingRulesSchema = z
  .strictObject({
    /**
     * The equipment each activity is done with: reach trucks (R489 cat. 5) put away and replenish racks,
     * counterbalance trucks (cat. 3) load and unload, ride-on pallet trucks (cat. 1A) move received pallets to staging.
     */
    equipmentByActivity: z.partialRecord(z.enum(ACTIVITIES), z.string().min(1)).default({
      putaway: 'REACH',
      replenishment: 'REACH',
      unloading: 'COUNTERBALANCE',
      loading: 'COUNTERBALANCE',
      receiving: 'RIDE-ON-PALLET-TRUCK',
    }),
    /** Equipment code → licence key ("R489:5"), null when it needs training but no CACES; see equipmentLicences(). */
    equipmentLicences: z
      .record(
        z.string(),
        z
          .string()
          .refine((k) => parseLicenceKey(k) !== null, { message: 'UNKNOWN_LICENCE_CATEGORY' })
          .nullable(),
      )
      .default(() => ({ ...DEFAULT_EQUIPMENT_LICENCES })),
    /** The job role doing an activity when no licensed equipment is involved. */
    roleByActivity: z.partialRecord(z.enum(ACTIVITIES), jobRoleSchema).default({
      picking: 'picker',
      packing: 'picker',
      returns: 'picker',
      vas: 'picker',
      inventory: 'picker',
      receiving: 'receiver',
      unloading: 'loader',
      loading: 'loader',
      putaway: 'forklift_driver',
      replenishment: 'forklift_driver',
    }),
    /** Non-driving work in a cold zone needs this role (cold-room operators, trained and equipped, EN 342). */
    coldRole: jobRoleSchema.default('cold_room_operator'),
    /** Temperature class of each zone that appears in the workload; zones left out count as ambient. */
    zoneTemperature: z.record(z.string(), temperatureClassSchema).default({}),
    /**
     * Apply the cold-work exposure limit to headcount. Turn it off when the zone standards already lower efficiency for
     * warm-up (the demo's negative-cold standards use η = 0.7), or the warm-up is counted twice.
     */
    applyColdExposure: z.boolean().default(true),
    /** Never work alone in a cold enclosure (qualifications-safety.md §3): at least two people when there is cold work. */
    neverAloneInCold: z.boolean().default(true),
    /** Operators per team leader. */
    spanOfControl: z.number().int().min(1).max(100).default(12),
    /** Unplanned absence not yet in the absence list (sick calls); transport & logistics ≈ 8 % (labour.md §4). */
    absenteeism: z.number().min(0).max(0.5).default(0.07),
    /** Paid breaks, start/end of shift, meetings, travel to post: typ. 6–12 % (productivity-costing.md §3 step 3). */
    nonProductiveShare: z.number().min(0).max(0.5).default(0.08),
    /**
     * Indirect work (cleaning, training, quality, housekeeping) as a share of direct hours; the handbook's 10–20 % also
     * holds the team leaders' non-direct work, counted here by span of control, hence the low end.
     */
    indirectShare: z.number().min(0).max(1).default(0.1),
    /** Planned share of new temps on a shift and their average efficiency (see fte.ts rampUpEfficiency). */
    newTempShare: z.number().min(0).max(1).default(0),
    newTempEfficiency: z.number().positive().max(1).default(0.75),
  })
  .refine((r) => Object.values(r.equipmentByActivity).every((code) => code in r.equipmentLicences), {
    message: 'EQUIPMENT_UNKNOWN',
    path: ['equipmentByActivity'],
  });
export type StaffingRules = z.infer<typeof staffingRulesSchema>;

/** Equipment code → licence key from the site's equipment types (EquipmentType.licence). */
export function equipmentLicences(
  types: readonly Pick<EquipmentType, 'code' | 'licence'>[],
): Record<string, string | null> {
  return Object.fromEntries(types.map((t) => [t.code, t.licence ? licenceKey(t.licence) : null]));
}

export interface WorkQualification {
  /** A job role ("picker") or a licence key ("R489:5"). */
  qualification: string;
  /** Cold-work band of the zone, null when ambient. */
  coldRange: ColdRange | null;
}

/**
 * Who does an activity's hours in a zone: a driver of the activity's equipment when it needs a CACES (whatever the
 * zone: a reach truck in the freezer still needs its licence); else the cold role in a cold zone; else the activity's role.
 */
export function qualificationFor(
  activity: Activity,
  zoneId: string | null,
  rules: StaffingRules,
): WorkQualification {
  const temperature: TemperatureClass = (zoneId !== null && rules.zoneTemperature[zoneId]) || 'ambient';
  const coldRange = COLD_RANGE_OF_CLASS[temperature];
  const equipment = rules.equipmentByActivity[activity];
  const licence = equipment === undefined ? null : (rules.equipmentLicences[equipment] ?? null);
  if (licence !== null) return { qualification: licence, coldRange };
  if (coldRange !== null) return { qualification: rules.coldRole, coldRange };
  return { qualification: rules.roleByActivity[activity] ?? 'picker', coldRange };
}
