// scrypt hashes: round trip, per-user salt, parameters in the string, malformed hashes refused without throwing.
import { describe, expect, it } from 'vitest';
import { hashPassword, verifyPassword } from './password.ts';

describe('password hashing', () => {
  it('verifies the right password and refuses a wrong one', async () => {
    const hash = await hashPassword('correct horse');
    expect(hash).toMatch(/^scrypt\$32768\$8\$1\$[^$]+\$[^$]+$/);
    expect(await verifyPassword('correct horse', hash)).toBe(true);
    expect(await verifyPassword('correct hors', hash)).toBe(false);
  });

  it('salts every hash', async () => {
    expect(await hashPassword('same')).not.toBe(await hashPassword('same'));
  });

  it('verifies with the parameters written in the hash', async () => {
    const hash = await hashPassword('pw-1234567');
    const parts = hash.split('$');
    expect(await verifyPassword('pw-1234567', parts.join('$'))).toBe(true);
    parts[1] = '16384';
    expect(await verifyPassword('pw-1234567', parts.join('$'))).toBe(false);
  });

  it('treats a malformed hash as no match', async () => {
    for (const bad of ['', 'plain', 'scrypt$1$1$1$$', 'bcrypt$x$y$z$a$b', 'scrypt$99999999$8$1$AAAA$AAAA']) {
      expect(await verifyPassword('x', bad)).toBe(false);
    }
  });
});
