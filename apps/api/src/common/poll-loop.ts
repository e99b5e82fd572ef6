/**
 * A background worker's loop: runs `step` at once again while it reports work done, and after
 * `idleMs` when it found none or failed (a failure goes to `onError` unless the loop is stopping).
 * One step at a time; `stop()` cancels the next one and waits for the one in progress.
 */
export class PollLoop {
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;
  private stopped = false;

  constructor(
    private readonly step: () => Promise<number>,
    private readonly options: { idleMs: number; onError: (error: Error) => void },
  ) {}

  /** True once stop() was called: work started late should be left for another run. */
  get stopping(): boolean {
    return this.stopped;
  }

  start(): void {
    this.schedule(0);
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    await this.running;
  }

  private schedule(delay: number): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      this.running = this.tick().finally(() => {
        this.running = null;
      });
    }, delay);
  }

  private async tick(): Promise<void> {
    let done = 0;
    try {
      done = await this.step();
    } catch (error) {
      if (!this.stopped) this.options.onError(error as Error);
    }
    this.schedule(done > 0 ? 0 : this.options.idleMs);
  }
}
