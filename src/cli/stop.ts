/** What a wait returns when the run stopped first. */
export const STOPPED = Symbol("stopped");

/**
 * Why and how a run stops early (Ctrl-C, an output error, threads that cannot start).
 * `race` lets any wait end at once on a stop without leaving a callback behind once
 * it settles, so a run of a million waits holds none of them.
 */
export class Stop {
  reason: string | null = null;
  exitCode = 1;
  private readonly waiters = new Set<() => void>();

  get stopped(): boolean {
    return this.reason !== null;
  }

  trigger(reason: string, exitCode: number): void {
    if (this.reason !== null) return;
    this.reason = reason;
    this.exitCode = exitCode;
    for (const wake of this.waiters) wake();
    this.waiters.clear();
  }

  race<T>(promise: Promise<T>): Promise<T | typeof STOPPED> {
    if (this.reason !== null) return Promise.resolve(STOPPED);
    return new Promise((resolve, reject) => {
      const wake = () => resolve(STOPPED);
      this.waiters.add(wake);
      promise.then(
        (value) => {
          this.waiters.delete(wake);
          resolve(value);
        },
        (error: unknown) => {
          this.waiters.delete(wake);
          reject(error instanceof Error ? error : new Error(String(error)));
        },
      );
    });
  }
}
