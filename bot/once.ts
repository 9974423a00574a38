/**
 * Runs one body per key at a time in this process: a second call with the same key while the
 * first runs gets the first one's result (a double click on a card sends two invokes at once).
 * Replays that arrive later are caught by the store check the body itself makes.
 */
export class OnceGate {
  private readonly running = new Map<string, Promise<unknown>>();

  async run<T>(key: string, body: () => Promise<T>): Promise<{ result: T; joined: boolean }> {
    const current = this.running.get(key);
    if (current) return { result: (await current) as T, joined: true };
    const promise = body();
    this.running.set(key, promise);
    try {
      return { result: await promise, joined: false };
    } finally {
      this.running.delete(key);
    }
  }
}
