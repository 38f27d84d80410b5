// Login rate limiting behind a small interface; the in-memory one suits a single process only.

export interface RateLimitVerdict {
  allowed: boolean;
  /** Seconds until the next attempt is accepted; 0 when allowed. */
  retryAfterSeconds: number;
}

/** Counts failed sign-ins per key (username + client address). A multi-process deployment needs a shared store. */
export interface LoginRateLimiter {
  check(key: string, now: Date): RateLimitVerdict;
  recordFailure(key: string, now: Date): void;
  reset(key: string): void;
}

export interface RateLimitPolicy {
  maxFailures: number;
  windowMs: number;
}

export const DEFAULT_LOGIN_RATE_LIMIT: RateLimitPolicy = { maxFailures: 5, windowMs: 15 * 60_000 };

/**
 * A sliding window of failures kept in this process's memory.
 * @example
 * const limiter = createMemoryRateLimiter();
 * limiter.recordFailure('paul|10.0.0.1', new Date());
 * limiter.check('paul|10.0.0.1', new Date()).allowed // true until the fifth failure
 */
export function createMemoryRateLimiter(
  policy: RateLimitPolicy = DEFAULT_LOGIN_RATE_LIMIT,
): LoginRateLimiter {
  const failures = new Map<string, number[]>();
  const recent = (key: string, now: Date): number[] => {
    const since = now.getTime() - policy.windowMs;
    const kept = (failures.get(key) ?? []).filter((t) => t > since);
    if (kept.length === 0) failures.delete(key);
    else failures.set(key, kept);
    return kept;
  };
  return {
    check(key, now) {
      const kept = recent(key, now);
      if (kept.length < policy.maxFailures) return { allowed: true, retryAfterSeconds: 0 };
      const oldestThatCounts = kept[kept.length - policy.maxFailures] ?? now.getTime();
      const waitMs = oldestThatCounts + policy.windowMs - now.getTime();
      return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(waitMs / 1000)) };
    },
    recordFailure(key, now) {
      failures.set(key, [...recent(key, now), now.getTime()]);
    },
    reset(key) {
      failures.delete(key);
    },
  };
}

export function rateLimitKey(username: string, clientAddress: string): string {
  return `${username.trim().toLowerCase()}|${clientAddress}`;
}
