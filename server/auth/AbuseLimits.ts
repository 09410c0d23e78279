import type { Redis } from 'ioredis';
import {
  type RateLimiterAbstract,
  RateLimiterMemory,
  RateLimiterRedis,
  RateLimiterRes,
} from 'rate-limiter-flexible';
import { KeyedQueue } from '../util/KeyedQueue';

/** A budget of attempts: `points` in a window of `seconds`. */
interface BudgetRule {
  name: string;
  points: number;
  seconds: number;
}

const MINUTE = 60;
const HOUR = 60 * MINUTE;

/**
 * The limits on the account routes. A school reaches us through one shared address, so the
 * per-address budgets are large; what a stranger could use to hurt one person (a lockout, a
 * flood of emails) is keyed by account and address together.
 */
export const abuseRules = {
  /** Failed sign-ins for one account from one address: that pair is then refused. */
  signInPair: { name: 'signin-pair', points: 10, seconds: 15 * MINUTE },
  /** Failed sign-ins from one address, whatever the account. */
  signInAddress: { name: 'signin-address', points: 100, seconds: 15 * MINUTE },
  /**
   * Failed sign-ins for one account from anywhere: past this, sign-ins for it are slowed
   * (one at a time, `SLOW_SIGN_IN_MS` each), never refused, so its owner still gets in.
   */
  signInAccount: { name: 'signin-account', points: 10, seconds: 15 * MINUTE },
  /** Wrong current passwords when changing it, per account. */
  passwordChange: { name: 'password-change', points: 5, seconds: 15 * MINUTE },
  /** Sign-ups per address. */
  signUp: { name: 'signup', points: 100, seconds: HOUR },
  /** "Forgot password" requests per address, and emails per account. */
  resetRequestAddress: { name: 'reset-request-address', points: 30, seconds: HOUR },
  resetEmailsPerAccount: { name: 'reset-email-account', points: 5, seconds: HOUR },
  /** Attempts to use a reset or verification code, per address. */
  codeUse: { name: 'code-use', points: 30, seconds: 15 * MINUTE },
  /** Verification emails per account. */
  verificationEmails: { name: 'verify-email-account', points: 5, seconds: HOUR },
} satisfies Record<string, BudgetRule>;

export type AbuseRule = keyof typeof abuseRules;

/** How long one sign-in for an account under attack waits its turn. */
export const SLOW_SIGN_IN_MS = 1_000;

/**
 * Rate limits for the account routes, counted in Redis when several instances share one
 * (`REDIS_URL`), else in this process. If Redis stops answering, each instance falls back to
 * counting alone rather than refusing everyone.
 */
export class AbuseLimits {
  private readonly limiters = new Map<AbuseRule, RateLimiterAbstract>();
  private readonly slowSignIns = new KeyedQueue();

  constructor(
    redis: { client: Redis; prefix: string } | null,
    /** Other budgets than `abuseRules`' (tests reach a limit without hundreds of hashes). */
    private readonly points: Partial<Record<AbuseRule, number>> = {},
  ) {
    for (const [rule, { name, seconds }] of Object.entries(abuseRules)) {
      const points = this.budget(rule as AbuseRule);
      const memory = new RateLimiterMemory({ keyPrefix: name, points, duration: seconds });
      this.limiters.set(
        rule as AbuseRule,
        redis
          ? new RateLimiterRedis({
              storeClient: redis.client,
              keyPrefix: `${redis.prefix}:limit:${name}`,
              points,
              duration: seconds,
              rejectIfRedisNotReady: true,
              insuranceLimiter: memory,
            })
          : memory,
      );
    }
  }

  /** Seconds until `key` may try again under `rule` (0: now), without spending anything. */
  async retryAfter(rule: AbuseRule, key: string): Promise<number> {
    // Redis away: spending falls back to this process's counts, reading lets the attempt
    // through to be counted there rather than refusing everyone.
    const state = await this.limiter(rule)
      .get(key)
      .catch(() => null);
    if (!state || state.consumedPoints < this.budget(rule)) return 0;
    return Math.max(1, Math.ceil(state.msBeforeNext / 1000));
  }

  /** Spends one attempt; returns the seconds to wait when the budget was already spent. */
  async spend(rule: AbuseRule, key: string): Promise<number> {
    try {
      await this.limiter(rule).consume(key);
      return 0;
    } catch (rejection) {
      if (rejection instanceof RateLimiterRes) {
        return Math.max(1, Math.ceil(rejection.msBeforeNext / 1000));
      }
      throw rejection;
    }
  }

  /** Forgets `key`'s attempts under `rule` (a sign-in that succeeded). */
  async clear(rule: AbuseRule, key: string): Promise<void> {
    await this.limiter(rule).delete(key);
  }

  /**
   * Seconds an address must wait before it may try to sign in to `email` (0: now). When the
   * account is under attack from elsewhere the attempt is not refused but waits its turn.
   */
  async admitSignIn(email: string, address: string): Promise<number> {
    const [pair, fromAddress, account] = await Promise.all([
      this.retryAfter('signInPair', signInPairKey(email, address)),
      this.retryAfter('signInAddress', address),
      this.retryAfter('signInAccount', email),
    ]);
    if (pair > 0 || fromAddress > 0) return Math.max(pair, fromAddress);
    if (account > 0) {
      await this.slowSignIns.run(
        email,
        () => new Promise((resolve) => setTimeout(resolve, SLOW_SIGN_IN_MS)),
      );
    }
    return 0;
  }

  /** Counts a failed sign-in against the pair, the address and the account. */
  async signInFailed(email: string, address: string): Promise<void> {
    await Promise.all([
      this.spend('signInPair', signInPairKey(email, address)),
      this.spend('signInAddress', address),
      this.spend('signInAccount', email),
    ]);
  }

  /** A right password from this address: its earlier slips for this account are forgiven. */
  async signInSucceeded(email: string, address: string): Promise<void> {
    await this.clear('signInPair', signInPairKey(email, address));
  }

  /** Attempts `rule` allows in its window. */
  budget(rule: AbuseRule): number {
    return this.points[rule] ?? abuseRules[rule].points;
  }

  private limiter(rule: AbuseRule): RateLimiterAbstract {
    const limiter = this.limiters.get(rule);
    if (!limiter) throw new Error(`no limiter for ${rule}`);
    return limiter;
  }
}

function signInPairKey(email: string, address: string): string {
  return `${email}|${address}`;
}
