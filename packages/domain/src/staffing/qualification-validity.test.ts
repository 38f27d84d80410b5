import { describe, expect, it } from 'vitest';
import { employeeSchema } from './employee.ts';
import {
  effectiveAuthorisationExpiry,
  expiringQualifications,
  mayDriveOn,
  withoutMedicalData,
} from './qualification-validity.ts';

const base = {
  id: 'e1',
  siteId: 's1',
  number: 'M001',
  firstName: 'Paul',
  lastName: 'Martin',
  contract: { kind: 'cdi', start: '2020-01-06' },
  weeklyHours: 35,
  jobRole: 'forklift_driver',
};
const reach = { scheme: 'R489', category: '5' } as const;

function driver(medicalExpiry: string, cacesExpiry: string, authExpiry: string | null) {
  return employeeSchema.parse({
    ...base,
    qualifications: [
      { kind: 'licence', scheme: 'R489', category: '5', issuedOn: '2022-03-01', expiresOn: cacesExpiry },
      { kind: 'medical_fitness', issuedOn: '2023-01-10', expiresOn: medicalExpiry },
      {
        kind: 'driving_authorisation',
        scheme: 'R489',
        category: '5',
        issuedOn: '2022-03-02',
        expiresOn: authExpiry,
      },
    ],
  });
}

describe('driving authorisation', () => {
  it('holds only while the CACES and the medical fitness both hold', () => {
    const e = driver('2027-01-10', '2027-03-01', null);
    expect(mayDriveOn(e, reach, '2026-12-01')).toBe(true);
    expect(mayDriveOn(e, reach, '2027-02-01')).toBe(false); // medical expired
    const e2 = driver('2028-01-10', '2027-03-01', null);
    expect(mayDriveOn(e2, reach, '2027-03-02')).toBe(false); // CACES expired
    expect(effectiveAuthorisationExpiry(e2, reach, '2026-12-01')).toBe('2027-03-01');
  });

  it('does not let an R485 category stand for the R489 category of the same number', () => {
    const e = employeeSchema.parse({
      ...base,
      qualifications: [
        { kind: 'licence', scheme: 'R485', category: '1', issuedOn: '2022-03-01', expiresOn: '2027-03-01' },
        { kind: 'medical_fitness', issuedOn: '2023-01-10', expiresOn: '2028-01-10' },
        { kind: 'driving_authorisation', scheme: 'R485', category: '1', issuedOn: '2022-03-02' },
      ],
    });
    expect(mayDriveOn(e, { scheme: 'R485', category: '1' }, '2026-12-01')).toBe(true);
    expect(mayDriveOn(e, { scheme: 'R489', category: '1A' }, '2026-12-01')).toBe(false);
  });

  it('rejects an unknown category for the scheme', () => {
    const r = employeeSchema.safeParse({
      ...base,
      qualifications: [{ kind: 'licence', scheme: 'R485', category: '5', issuedOn: '2022-03-01' }],
    });
    expect(r.success).toBe(false);
  });

  it('lists qualifications expiring within 60 days and strips medical data', () => {
    const e = driver('2027-01-10', '2027-03-01', null);
    const soon = expiringQualifications(e, '2026-11-27', 60);
    expect(soon.map((s) => s.qualification.kind)).toEqual(['medical_fitness']);
    expect(soon[0]?.daysLeft).toBe(44);
    expect(withoutMedicalData(e).qualifications.some((q) => q.kind === 'medical_fitness')).toBe(false);
  });
});
