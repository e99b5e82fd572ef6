/**
 * Runs an async task on demand, one run at a time. A wake-up that arrives during a run is not
 * dropped but folded into one more run right after it: the running read may have started before
 * the commit that caused the wake-up. A periodic poll is different: one missed while a run is in
 * progress only waits for the next.
 */
export class CoalescedTask {
  private running: Promise<void> | null = null;
  private again = false;
  private stopped = false;

  constructor(
    private readonly task: () => Promise<void>,
    private readonly onError: (error: unknown) => void,
  ) {}

  wake(): void {
    if (this.stopped) return;
    if (this.running) this.again = true;
    else this.running = this.runUntilQuiet();
  }

  /** Runs unless a run is already in progress. */
  poll(): void {
    if (!this.running) this.wake();
  }

  /** Starts no further run; resolves once the current one, if any, has ended. */
  stop(): Promise<void> {
    this.stopped = true;
    return this.running ?? Promise.resolve();
  }

  private async runUntilQuiet(): Promise<void> {
    do {
      this.again = false;
      try {
        await this.task();
      } catch (error) {
        this.onError(error);
      }
    } while (this.again && !this.stopped);
    this.running = null;
  }
}
