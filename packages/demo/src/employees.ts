// Demo staff: names, contracts, hours, shifts, cost centres, roles, qualifications with deliberate expiries.
import {
  type Availability,
  addDays,
  type Client,
  type Contract,
  type Employee,
  licenceKey,
} from '@logipilot/domain';
import { addYears } from './dates.ts';
import { FIRST_NAMES_F, FIRST_NAMES_M, LAST_NAMES, TEMP_AGENCIES } from './names.ts';
import type { Rng } from './prng.ts';
import {
  draftQualifications,
  expiringOn,
  type QualificationDraft,
  qualificationsOf,
} from './qualifications.ts';
import type { ClientPlan, JobRole, SitePlan } from './site-plan.ts';

const ROLE_ORDER: readonly JobRole[] = [
  'team_leader',
  'forklift_driver',
  'receiver',
  'loader',
  'cold_room_operator',
  'picker',
  'admin_clerk',
];

const OPERATOR_ROLES: ReadonlySet<JobRole> = new Set([
  'picker',
  'receiver',
  'loader',
  'cold_room_operator',
  'forklift_driver',
]);

const FEMALE_SHARE: Record<JobRole, number> = {
  picker: 0.35,
  forklift_driver: 0.1,
  receiver: 0.25,
  loader: 0.1,
  cold_room_operator: 0.25,
  team_leader: 0.35,
  admin_clerk: 0.7,
};

export interface CostCentreIds {
  shared: string;
  structure: string;
  byClient: ReadonlyMap<string, string>;
}

export interface StaffInput {
  siteId: string;
  asOf: string;
  plan: SitePlan;
  clients: readonly Client[];
  costCentres: CostCentreIds;
}

export interface Staff {
  employees: Employee[];
  /** Qualification drafts by employee id, kept for planning renewal training. */
  drafts: Map<string, QualificationDraft>;
}

function coldShare(c: ClientPlan): number {
  return c.assortment.reduce(
    (s, [sector, share]) => s + (sector === 'fresh' || sector === 'frozen' ? share : 0),
    0,
  );
}

function contractFor(rng: Rng, kind: Contract['kind'], asOf: string): Contract {
  if (kind === 'temp') {
    // Missions started in the last months and ending in the coming weeks (18-month ceiling far away).
    return {
      kind,
      start: addDays(asOf, -rng.int(3, 150)),
      end: addDays(asOf, rng.int(4, 90)),
      agency: rng.pick(TEMP_AGENCIES),
    };
  }
  if (kind === 'cdd') {
    const start = addDays(asOf, -rng.int(20, 240));
    const end = addDays(start, rng.int(180, 365));
    return {
      kind,
      start,
      end: end > addDays(asOf, 14) ? end : addDays(asOf, rng.int(14, 120)),
      agency: null,
    };
  }
  const seniorityDays = rng.weighted([
    [rng.int(180, 730), 0.3],
    [rng.int(731, 2920), 0.45],
    [rng.int(2921, 7300), 0.25],
  ] as const);
  return { kind, start: addDays(asOf, -seniorityDays), end: null, agency: null };
}

function weeklyHours(rng: Rng, role: JobRole, kind: Contract['kind']): number {
  if (role === 'team_leader') return 37;
  if (kind !== 'cdi') return 35;
  if ((role === 'picker' || role === 'admin_clerk') && rng.chance(0.15)) return rng.pick([28, 30, 32]);
  if (role === 'forklift_driver' && rng.chance(0.3)) return 37;
  return 35;
}

/** Shift hours by team (night crosses midnight, so it is open all day); part-timers at 28 h keep Wednesdays free. */
function availabilityOf(rng: Rng, role: JobRole, team: string, hours: number): Availability {
  const window: Record<string, [string, string]> = {
    Matin: ['05:00', '14:00'],
    'Après-midi': ['12:00', '21:00'],
    Journée: ['08:00', '18:00'],
  };
  const [earliestStart, latestEnd] = window[team] ?? ['00:00', '24:00'];
  const weekdays =
    hours <= 28
      ? [1, 2, 4, 5]
      : role === 'team_leader' || (hours >= 35 && rng.chance(0.4))
        ? [1, 2, 3, 4, 5, 6]
        : [1, 2, 3, 4, 5];
  return { weekdays, earliestStart, latestEnd, nightWork: team === 'Nuit' };
}

function uniqueName(rng: Rng, role: JobRole, taken: Set<string>): { firstName: string; lastName: string } {
  for (;;) {
    const firstName = rng.chance(FEMALE_SHARE[role]) ? rng.pick(FIRST_NAMES_F) : rng.pick(FIRST_NAMES_M);
    const lastName = rng.pick(LAST_NAMES);
    const key = `${firstName} ${lastName}`;
    if (!taken.has(key)) {
      taken.add(key);
      return { firstName, lastName };
    }
  }
}

export function generateStaff(rng: Rng, input: StaffInput): Staff {
  const { plan, asOf, siteId } = input;
  const roles = ROLE_ORDER.flatMap((r) => Array.from({ length: plan.roles[r] }, () => r));
  const total = roles.length;
  const operatorIdx = rng.shuffle(roles.flatMap((r, i) => (OPERATOR_ROLES.has(r) ? [i] : [])));
  const nTemp = Math.round(total * plan.tempShare);
  const nCdd = Math.round(total * plan.cddShare);
  const kindOf = new Map<number, Contract['kind']>(
    operatorIdx.map((idx, k) => [idx, k < nTemp ? 'temp' : k < nTemp + nCdd ? 'cdd' : 'cdi']),
  );

  const siteLicences = new Set(plan.equipment.flatMap((e) => (e.licence ? [licenceKey(e.licence)] : [])));
  const clientPlans = new Map(plan.clients.map((c) => [c.code, c]));
  const clientWeights = (cold: boolean) =>
    input.clients.map((c) => {
      const cp = clientPlans.get(c.code)!;
      const share = coldShare(cp);
      return [c.id, cp.unitsPerDay * (cold ? share : 1 - share)] as const;
    });
  const ambientWeights = clientWeights(false);
  const coldWeights = clientWeights(true);
  // Teams follow the day's work (productivity-costing.md: picking ends before the same-day cut-off, loading follows
  // it): order pickers and receivers mostly on the morning team, loaders mostly in the afternoon, a few drivers on
  // the night team for replenishment and early docks.
  const TEAM_SHARE: Record<JobRole, readonly [number, number, number]> = {
    picker: [0.7, 0.3, 0],
    cold_room_operator: [0.7, 0.3, 0],
    receiver: [0.7, 0.3, 0],
    loader: [0.3, 0.7, 0],
    forklift_driver: [0.55, 0.4, 0.05],
    team_leader: [0.5, 0.5, 0],
    admin_clerk: [0.5, 0.5, 0],
  };
  const teamWeights = (role: JobRole) => plan.teams.map((t, i) => [t, TEAM_SHARE[role][i] ?? 0] as const);

  const taken = new Set<string>();
  const drafts = new Map<string, QualificationDraft>();
  const employees: Employee[] = [];
  let leaders = 0;
  roles.forEach((role, i) => {
    const r = rng.fork(`employee-${i}`);
    const id = `${siteId}-emp-${String(i + 1).padStart(4, '0')}`;
    const kind = kindOf.get(i) ?? 'cdi';
    const contract = contractFor(r, kind, asOf);
    const team =
      role === 'admin_clerk'
        ? 'Journée'
        : role === 'team_leader'
          ? plan.teams[leaders++ % plan.teams.length]!
          : r.weighted(teamWeights(role));
    const costCentreId =
      role === 'picker'
        ? input.costCentres.byClient.get(r.weighted(ambientWeights))!
        : role === 'cold_room_operator'
          ? input.costCentres.byClient.get(r.weighted(coldWeights))!
          : role === 'team_leader' || role === 'admin_clerk'
            ? input.costCentres.structure
            : input.costCentres.shared;
    const draft = draftQualifications(r, asOf, role, contract.start, siteLicences);
    drafts.set(id, draft);
    const hours = weeklyHours(r, role, kind);
    employees.push({
      id,
      siteId,
      number: `M${String(1001 + i)}`,
      ...uniqueName(r, role, taken),
      contract,
      weeklyHours: hours,
      team,
      costCentreId,
      jobRole: role,
      qualifications: [],
      availability: availabilityOf(r, role, team, hours),
    });
  });

  applyDeliberateCases(rng.fork('deliberate'), asOf, plan, employees, drafts);
  for (const e of employees) e.qualifications = qualificationsOf(drafts.get(e.id)!);
  return { employees, drafts };
}

/**
 * So that alerts have something to show: some CACES and medical attestations expire within 60 days of asOf, one
 * forklift driver's medical attestation expired (no authorisation holds any more) and one CACES expired. Expired cases
 * go to long-serving permanent staff so that every date stays after the hire date.
 */
function applyDeliberateCases(
  rng: Rng,
  asOf: string,
  plan: SitePlan,
  employees: readonly Employee[],
  drafts: Map<string, QualificationDraft>,
): void {
  const senior = (e: Employee) => e.contract.kind === 'cdi' && e.contract.start <= addYears(asOf, -2);
  const used = new Set<string>();
  const take = (pool: readonly Employee[]): Employee | null => {
    const free = pool.filter((e) => !used.has(e.id));
    if (free.length === 0) return null;
    const e = rng.pick(free);
    used.add(e.id);
    return e;
  };

  const medicalExpired = take(employees.filter((e) => e.jobRole === 'forklift_driver' && senior(e)));
  if (medicalExpired) {
    const d = drafts.get(medicalExpired.id)!;
    d.medical = expiringOn(addDays(asOf, -rng.int(4, 20)), 5);
    // Every CACES predates the lapsed attestation: the employer issued the authorisations while it was valid.
    for (const l of d.licences) {
      if (l.issuedOn > addDays(d.medical.expiresOn, -30))
        Object.assign(l, expiringOn(addYears(addDays(d.medical.expiresOn, -30), 5), 5));
    }
  }
  // Preferably a picker, whose lapsed CACES (a ride-on pallet truck) does not take a forklift driver off the trucks.
  const withLicence = employees.filter((e) => senior(e) && drafts.get(e.id)!.licences.length > 0);
  const pickers = withLicence.filter((e) => e.jobRole === 'picker');
  const licenceExpired = take(pickers.some((e) => !used.has(e.id)) ? pickers : withLicence);
  if (licenceExpired) {
    const d = drafts.get(licenceExpired.id)!;
    const l = d.licences[d.licences.length - 1]!;
    Object.assign(l, expiringOn(addDays(asOf, -rng.int(5, 25)), 5));
    const lastAuthorised = addDays(l.expiresOn, -30);
    if (d.medical && d.medical.issuedOn > lastAuthorised)
      d.medical = expiringOn(addYears(lastAuthorised, 5), 5);
  }
  for (let k = 0; k < plan.expiringLicences; k++) {
    const e = take(employees.filter((x) => drafts.get(x.id)!.licences.length > 0));
    if (!e) break;
    const d = drafts.get(e.id)!;
    Object.assign(rng.pick(d.licences), expiringOn(addDays(asOf, rng.int(7, 58)), 5));
  }
  for (let k = 0; k < plan.expiringMedicals; k++) {
    const e = take(employees.filter((x) => drafts.get(x.id)!.medical !== null));
    if (!e) break;
    drafts.get(e.id)!.medical = expiringOn(addDays(asOf, rng.int(10, 55)), 5);
  }
}
