// Demo staff: contracts and roles in realistic proportions, qualification expiries around asOf, leave and sickness.
import {
  contractActiveOn,
  daysBetween,
  type Employee,
  LICENCE_CATEGORIES,
  type Licence,
  mayDriveOn,
} from '@logipilot/domain';
import { describe, expect, it } from 'vitest';
import { generateDemoSite } from './generate.ts';

const AS_OF = '2025-06-16';
const { bundle } = generateDemoSite({ size: 'small', seed: 1, asOf: AS_OF });
const { employees, absences } = bundle;

const R489 = LICENCE_CATEGORIES.R489.map((category): Licence => ({ scheme: 'R489', category }));
const R485 = LICENCE_CATEGORIES.R485.map((category): Licence => ({ scheme: 'R485', category }));

function hasExpired(e: Employee): boolean {
  return e.qualifications.some((q) => q.expiresOn !== null && q.expiresOn < AS_OF);
}

describe('demo staff (small site)', () => {
  it('has mostly CDI, some CDD and temps with agency and mission dates, all in force on asOf', () => {
    const kinds = employees.map((e) => e.contract.kind);
    const cdi = kinds.filter((k) => k === 'cdi').length;
    expect(cdi).toBeGreaterThan(employees.length / 2);
    expect(kinds).toContain('cdd');
    const temps = employees.filter((e) => e.contract.kind === 'temp');
    expect(temps.length).toBeGreaterThanOrEqual(3);
    expect(temps.every((e) => e.contract.agency !== null && e.contract.end !== null)).toBe(true);
    expect(employees.every((e) => contractActiveOn(e.contract, AS_OF))).toBe(true);
  });

  it('has pickers as the largest group, about one team leader per 12, cold-room operators for the cold zone', () => {
    const count = (role: Employee['jobRole']) => employees.filter((e) => e.jobRole === role).length;
    const roles = [
      'forklift_driver',
      'receiver',
      'loader',
      'cold_room_operator',
      'team_leader',
      'admin_clerk',
    ] as const;
    for (const r of roles) expect(count('picker')).toBeGreaterThan(count(r));
    expect(count('team_leader')).toBeGreaterThanOrEqual(2);
    expect(count('team_leader')).toBeLessThanOrEqual(3);
    expect(count('cold_room_operator')).toBeGreaterThan(0);
    expect(new Set(employees.map((e) => e.weeklyHours)).has(35)).toBe(true);
    expect(employees.some((e) => e.weeklyHours < 35)).toBe(true);
    expect(new Set(employees.map((e) => e.team))).toEqual(new Set(['Matin', 'Après-midi', 'Journée']));
    expect(employees.every((e) => e.costCentreId !== null)).toBe(true);
  });

  it('has a few qualifications expiring within 60 days of asOf and one or two already expired', () => {
    const dated = employees.flatMap((e) =>
      e.qualifications.filter((q) => q.kind !== 'driving_authorisation'),
    );
    const soon = dated.filter(
      (q) => q.expiresOn && q.expiresOn >= AS_OF && daysBetween(AS_OF, q.expiresOn) <= 60,
    );
    const expired = dated.filter((q) => q.expiresOn && q.expiresOn < AS_OF);
    expect(soon.filter((q) => q.kind === 'licence').length).toBeGreaterThanOrEqual(2);
    expect(soon.filter((q) => q.kind === 'medical_fitness').length).toBeGreaterThanOrEqual(1);
    expect(soon.length).toBeLessThanOrEqual(6);
    expect(expired.length).toBeGreaterThanOrEqual(1);
    expect(expired.length).toBeLessThanOrEqual(2);
  });

  it('lets every forklift driver drive on asOf, except the deliberate expired cases', () => {
    const drivers = employees.filter((e) => e.jobRole === 'forklift_driver');
    const blocked = drivers.filter((e) => ![...R489, ...R485].some((l) => mayDriveOn(e, l, AS_OF)));
    expect(blocked.every(hasExpired)).toBe(true);
    expect(blocked.length).toBeLessThanOrEqual(2);
    expect(drivers.length - blocked.length).toBeGreaterThanOrEqual(4);
  });

  it('ties each driving authorisation to a CACES and a medical attestation, ending with the earlier of the two', () => {
    for (const e of employees) {
      const medical = e.qualifications.find((q) => q.kind === 'medical_fitness');
      for (const a of e.qualifications.filter((q) => q.kind === 'driving_authorisation')) {
        const caces = e.qualifications.find(
          (q) => q.kind === 'licence' && q.scheme === a.scheme && q.category === a.category,
        );
        expect(caces).toBeDefined();
        expect(medical).toBeDefined();
        expect(a.expiresOn).toBe([caces!.expiresOn!, medical!.expiresOn!].sort()[0]);
        expect(a.issuedOn >= caces!.issuedOn).toBe(true);
      }
    }
  });

  it('plans leave, RTT and training in the coming weeks and records past sickness', () => {
    const future = absences.filter((a) => a.from > AS_OF && a.planned);
    expect(new Set(future.map((a) => a.kind))).toEqual(new Set(['paid_leave', 'rtt', 'training']));
    expect(future.every((a) => daysBetween(AS_OF, a.from) <= 63)).toBe(true);
    const sick = absences.filter((a) => a.kind === 'sick' && a.from < AS_OF);
    expect(sick.length).toBeGreaterThanOrEqual(2);
    expect(sick.every((a) => !a.planned)).toBe(true);
  });

  it('keeps absences inside the contract and never overlapping for one person', () => {
    const byId = new Map(employees.map((e) => [e.id, e]));
    for (const a of absences) {
      const e = byId.get(a.employeeId)!;
      expect(contractActiveOn(e.contract, a.from) && contractActiveOn(e.contract, a.to)).toBe(true);
      for (const b of absences) {
        if (b !== a && b.employeeId === a.employeeId) expect(a.to < b.from || b.to < a.from).toBe(true);
      }
    }
  });
});
