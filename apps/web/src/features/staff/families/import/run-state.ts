import type { ImportIssue, ImportRunEvent, ImportSummary } from '@nestje/contract';

/** Where a run of a checked import stands, as the progress bar and the result show it. */
export type RunState =
  | { phase: 'idle' }
  | { phase: 'running'; done: number; total: number }
  | { phase: 'completed'; total: number; summary: ImportSummary }
  | { phase: 'failed'; errors: ImportIssue[]; error: unknown };

export const idleRun: RunState = { phase: 'idle' };

/** The state after one streamed event; events after the final one change nothing. */
export function applyRunEvent(state: RunState, event: ImportRunEvent): RunState {
  if (state.phase === 'completed' || state.phase === 'failed') return state;
  const total = state.phase === 'running' ? state.total : 0;
  switch (event.type) {
    case 'progress':
      return { phase: 'running', done: Math.min(event.done, event.total), total: event.total };
    case 'completed':
      return { phase: 'completed', total, summary: event.summary };
    case 'failed':
      return { phase: 'failed', errors: event.errors, error: null };
  }
}

/** The state when the stream itself broke (refused, connection lost) or ended without a final event. */
export function runBroken(state: RunState, error: unknown): RunState {
  if (state.phase === 'completed' || state.phase === 'failed') return state;
  return { phase: 'failed', errors: [], error };
}

/** Percentage for the progress bar: 100 once completed, 0 before anything is known. */
export function runPercent(state: RunState): number {
  if (state.phase === 'completed') return 100;
  if (state.phase !== 'running' || state.total === 0) return 0;
  return Math.round((state.done / state.total) * 100);
}
