import { describe, expect, it } from 'vitest';
import { CoalescedTask } from './coalesced-task.js';

/** A task whose runs each wait for release(), counting how many started and how many overlapped. */
function gatedTask() {
  const state = { started: 0, active: 0, maxActive: 0 };
  const gates: Array<() => void> = [];
  const task = async () => {
    state.started += 1;
    state.active += 1;
    state.maxActive = Math.max(state.maxActive, state.active);
    await new Promise<void>((resolve) => gates.push(resolve));
    state.active -= 1;
  };
  const release = async () => {
    gates.shift()?.();
    // Let the finished run's continuation decide whether to run again.
    for (let i = 0; i < 5; i++) await Promise.resolve();
  };
  return { state, task, release };
}

describe(CoalescedTask.name, () => {
  it('folds wake-ups during a run into exactly one more run, never two at once', async () => {
    const { state, task, release } = gatedTask();
    const sut = new CoalescedTask(task, () => {});
    sut.wake();
    sut.wake();
    sut.wake();
    expect(state.started).toBe(1);
    await release();
    expect(state.started).toBe(2);
    await release();
    expect(state.started).toBe(2);
    expect(state.maxActive).toBe(1);
  });

  it('skips a poll that comes during a run', async () => {
    const { state, task, release } = gatedTask();
    const sut = new CoalescedTask(task, () => {});
    sut.poll();
    sut.poll();
    await release();
    expect(state.started).toBe(1);
    sut.poll();
    expect(state.started).toBe(2);
    await release();
  });

  it('runs again on a wake-up after it went quiet', async () => {
    const { state, task, release } = gatedTask();
    const sut = new CoalescedTask(task, () => {});
    sut.wake();
    await release();
    sut.wake();
    expect(state.started).toBe(2);
    await release();
  });

  it('reports a failed run and keeps serving wake-ups', async () => {
    const errors: unknown[] = [];
    let runs = 0;
    const sut = new CoalescedTask(async () => {
      runs += 1;
      if (runs === 1) throw new Error('database gone');
    }, (error) => errors.push(error));
    sut.wake();
    await new Promise((r) => setTimeout(r, 0));
    sut.wake();
    await new Promise((r) => setTimeout(r, 0));
    expect(errors.map((e) => (e as Error).message)).toEqual(['database gone']);
    expect(runs).toBe(2);
  });

  it('starts nothing after stop, and stop waits for the run in progress', async () => {
    const { state, task, release } = gatedTask();
    const sut = new CoalescedTask(task, () => {});
    sut.wake();
    sut.wake();
    let stopped = false;
    const stopping = sut.stop().then(() => (stopped = true));
    sut.wake();
    await Promise.resolve();
    expect(stopped).toBe(false);
    await release();
    await stopping;
    expect(state.started).toBe(1);
  });
});
