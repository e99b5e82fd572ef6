import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { PollLoop } from './poll-loop.js';

describe(PollLoop.name, () => {
  it('goes on at once while a step does work and waits idleMs when it does none', async () => {
    const work = [3, 2, 0, 1];
    let calls = 0;
    const sut = new PollLoop(async () => (calls++, work.shift() ?? 0), { idleMs: 2_000, onError: () => {} });
    sut.start();
    await sleep(200);
    // 3, 2, then 0: the fourth step waits for the idle delay.
    expect(calls).toBe(3);
    await sut.stop();
  });

  it('reports a failed step and tries again after idleMs', async () => {
    const errors: string[] = [];
    let calls = 0;
    const sut = new PollLoop(
      async () => {
        calls++;
        if (calls === 1) throw new Error('database down');
        return 0;
      },
      { idleMs: 20, onError: (e) => errors.push(e.message) },
    );
    sut.start();
    await sleep(100);
    await sut.stop();
    expect(errors).toEqual(['database down']);
    expect(calls).toBeGreaterThan(1);
  });

  it('stops: waits for the step in progress, runs no other and reports no error once stopping', async () => {
    const errors: string[] = [];
    let calls = 0;
    let finished = false;
    const sut = new PollLoop(
      async () => {
        calls++;
        await sleep(50);
        finished = true;
        throw new Error('cut short by shutdown');
      },
      { idleMs: 0, onError: (e) => errors.push(e.message) },
    );
    sut.start();
    await sleep(10);
    await sut.stop();
    expect(sut.stopping).toBe(true);
    expect(finished).toBe(true);
    await sleep(30);
    expect(calls).toBe(1);
    expect(errors).toEqual([]);
  });
});
