/**
 * Runs tasks one at a time per key (a run, a decision), in the order they were queued; tasks
 * of different keys run concurrently. A failed task does not stop the ones after it.
 * Per process: several instances need a database lock as well (see issue 8).
 */
export class KeyedQueue {
  private readonly tails = new Map<string, Promise<unknown>>();

  run<T>(key: string, task: () => Promise<T>): Promise<T> {
    const previous = this.tails.get(key) ?? Promise.resolve();
    const next = previous.then(task, task);
    const settled = next.catch(() => undefined);
    this.tails.set(key, settled);
    void settled.then(() => {
      if (this.tails.get(key) === settled) this.tails.delete(key);
    });
    return next;
  }
}
