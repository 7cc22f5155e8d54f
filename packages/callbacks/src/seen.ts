/**
 * Keys remembered for a while, bounded in number and in time: each expires `ttlMs` after it was added, and
 * past `limit` keys the oldest goes first. What the receiver knows of deliveries and finished tasks.
 */
export class SeenSet {
  /** Key → expiry time, in insertion order (so the oldest is first). */
  private readonly expiries = new Map<string, number>();

  constructor(private readonly limit: number) {}

  has(key: string, now: number): boolean {
    const expiry = this.expiries.get(key);
    if (expiry === undefined) return false;
    if (expiry > now) return true;
    this.expiries.delete(key);
    return false;
  }

  add(key: string, now: number, ttlMs: number): void {
    this.expiries.delete(key);
    this.expiries.set(key, now + ttlMs);
    this.prune(now);
  }

  delete(key: string): void {
    this.expiries.delete(key);
  }

  get size(): number {
    return this.expiries.size;
  }

  /**
   * Drops expired keys from the front, and the oldest past the limit. Keys mostly share one ttl, so the front
   * expires first; one that expired behind a later one goes when it is looked up or pushed out by the limit.
   */
  private prune(now: number): void {
    for (const [key, expiry] of this.expiries) {
      if (this.expiries.size <= this.limit && expiry > now) break;
      this.expiries.delete(key);
    }
  }
}
