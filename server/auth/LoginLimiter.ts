import { RateLimiterMemory } from 'rate-limiter-flexible';

/** Failed sign-ins allowed per account in the window. */
const PER_ACCOUNT = 10;
/** Failed sign-ins allowed per client address in the window; a school shares one address. */
const PER_ADDRESS = 100;
const WINDOW_SECONDS = 15 * 60;

/**
 * Limits failed sign-ins per account and per client address, so that guessing passwords is
 * slow. Successful sign-ins are never counted. Counts live in this process (several
 * instances each count their own share).
 */
export class LoginLimiter {
  private readonly byAccount = new RateLimiterMemory({
    points: PER_ACCOUNT,
    duration: WINDOW_SECONDS,
    keyPrefix: 'login-account',
  });
  private readonly byAddress = new RateLimiterMemory({
    points: PER_ADDRESS,
    duration: WINDOW_SECONDS,
    keyPrefix: 'login-address',
  });

  /** Seconds until another attempt is allowed, or 0 when it is allowed now. */
  async retryAfter(email: string, address: string): Promise<number> {
    const [account, client] = await Promise.all([
      this.byAccount.get(email),
      this.byAddress.get(address),
    ]);
    const blocked = [account, client].filter(
      (r) => r !== null && r.consumedPoints >= (r === account ? PER_ACCOUNT : PER_ADDRESS),
    );
    if (blocked.length === 0) return 0;
    return Math.ceil(Math.max(...blocked.map((r) => r?.msBeforeNext ?? 0)) / 1000);
  }

  /** Counts a failed attempt against both the account and the address. */
  async recordFailure(email: string, address: string): Promise<void> {
    await Promise.allSettled([this.byAccount.consume(email), this.byAddress.consume(address)]);
  }
}
