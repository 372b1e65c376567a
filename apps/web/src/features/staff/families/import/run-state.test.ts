import { describe, expect, it } from 'vitest';
import { applyRunEvent, idleRun, type RunState, runBroken, runPercent } from './run-state.ts';

const summary = {
  children: 2,
  guardiansCreated: 3,
  guardiansLinked: 0,
  links: 3,
  placements: 2,
  skippedLines: 0,
};

describe('following an import run', () => {
  it('moves the progress bar with each event and ends at 100 % on completion', () => {
    let state: RunState = { phase: 'running', done: 0, total: 4 };
    expect(runPercent(state)).toBe(0);
    state = applyRunEvent(state, { type: 'progress', done: 1, total: 4 });
    expect(runPercent(state)).toBe(25);
    state = applyRunEvent(state, { type: 'progress', done: 4, total: 4 });
    expect(runPercent(state)).toBe(100);
    state = applyRunEvent(state, { type: 'completed', summary });
    expect(state).toEqual({ phase: 'completed', total: 4, summary });
    expect(runPercent(state)).toBe(100);
  });

  it('keeps the final outcome: later events or a broken stream do not change it', () => {
    const done = applyRunEvent(idleRun, { type: 'completed', summary });
    expect(applyRunEvent(done, { type: 'progress', done: 1, total: 2 })).toBe(done);
    expect(runBroken(done, new Error('closed'))).toBe(done);
  });

  it('reports a refused run with its errors, and a stream that breaks off as failed', () => {
    const errors = [{ line: 3, column: 'group' as const, code: 'conflict' as const, message: 'x' }];
    const failed = applyRunEvent({ phase: 'running', done: 1, total: 3 }, { type: 'failed', errors });
    expect(failed).toEqual({ phase: 'failed', errors, error: null });
    expect(runPercent(failed)).toBe(0);
    const error = new Error('network');
    expect(runBroken({ phase: 'running', done: 1, total: 3 }, error)).toEqual({
      phase: 'failed',
      errors: [],
      error,
    });
  });

  it('does not divide by zero before the total is known', () => {
    expect(runPercent({ phase: 'running', done: 0, total: 0 })).toBe(0);
    expect(runPercent(idleRun)).toBe(0);
  });
});
