// The login limiter: five failures per key within 15 minutes lock the key until the oldest failure ages out.
import { describe, expect, it } from 'vitest';
import { createMemoryRateLimiter, rateLimitKey } from './rate-limiter.ts';

const at = (minutes: number) => new Date(Date.UTC(2026, 2, 2, 10, minutes));

describe('memory rate limiter', () => {
  it('locks after five failures and tells how long to wait', () => {
    const limiter = createMemoryRateLimiter();
    const key = rateLimitKey(' Paul ', '10.0.0.1');
    expect(key).toBe('paul|10.0.0.1');
    for (let i = 0; i < 5; i++) {
      expect(limiter.check(key, at(i)).allowed).toBe(true);
      limiter.recordFailure(key, at(i));
    }
    expect(limiter.check(key, at(5))).toEqual({ allowed: false, retryAfterSeconds: 10 * 60 });
    expect(limiter.check(key, at(15)).allowed).toBe(true);
  });

  it('keeps keys apart and forgets a key on reset', () => {
    const limiter = createMemoryRateLimiter({ maxFailures: 1, windowMs: 60_000 });
    limiter.recordFailure('a|x', at(0));
    expect(limiter.check('a|x', at(0)).allowed).toBe(false);
    expect(limiter.check('a|y', at(0)).allowed).toBe(true);
    limiter.reset('a|x');
    expect(limiter.check('a|x', at(0)).allowed).toBe(true);
  });
});
