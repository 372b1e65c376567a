import { describe, expect, it } from 'vitest';
import { i18n } from '../../../i18n/index.ts';
import {
  approveDecisions,
  chosenLines,
  failureText,
  outcomeOf,
  rejectDecisions,
  selectionState,
  wholeRequestsIn,
  withSelected,
} from './decisions.ts';
import { queueLine } from './test-lines.ts';

const t = i18n.t;

describe('bulk selection', () => {
  it('chooses and unchooses lines, and says whether all, some or none of a group are chosen', () => {
    const ids = ['a', 'b', 'c'];
    let selected = withSelected(new Set(), ['a'], true);
    expect(selectionState(selected, ids)).toBe('some');
    selected = withSelected(selected, ids, true);
    expect(selectionState(selected, ids)).toBe('all');
    selected = withSelected(selected, ['b'], false);
    expect([...selected].sort()).toEqual(['a', 'c']);
    expect(selectionState(withSelected(selected, ids, false), ids)).toBe('none');
    expect(selectionState(new Set(['x']), ids)).toBe('none');
  });

  it('acts only on chosen lines still in the queue, in queue order', () => {
    const lines = [queueLine(1), queueLine(2), queueLine(3)];
    const [one, , three] = lines.map((line) => line.id) as string[];
    const gone = queueLine(9).id;
    const chosen = chosenLines(new Set([three as string, gone, one as string]), lines);
    expect(chosen.map((line) => line.id)).toEqual([one, three]);
  });

  it('rejects an "als geheel" request once, however many of its lines are chosen', () => {
    const whole = { assessAsWhole: true, requestLineCount: 2, requestId: 'r-whole' };
    const lines = [queueLine(1, whole), queueLine(2, whole), queueLine(3)];
    expect(rejectDecisions(lines, '  Groep vol  ')).toEqual([
      { lineId: lines[0]?.id, decision: 'reject', reason: 'Groep vol' },
      { lineId: lines[2]?.id, decision: 'reject', reason: 'Groep vol' },
    ]);
    expect(approveDecisions(lines)).toHaveLength(3);
    expect(wholeRequestsIn(lines)).toEqual({ requests: 1, lines: 2 });
    expect(wholeRequestsIn([queueLine(3)])).toEqual({ requests: 0, lines: 0 });
  });
});

describe('results of a decision', () => {
  it('counts what went through and names each failure with its reason in words', () => {
    const lines = [
      queueLine(1),
      queueLine(2, { childName: 'Ties de Vries' }),
      queueLine(3),
      queueLine(4),
      queueLine(5),
    ];
    const [a, b, c, d, e] = lines.map((line) => line.id) as string[];
    const outcome = outcomeOf('approve', lines, {
      results: [
        { lineId: a as string, ok: true, error: null, status: 'approved' },
        { lineId: b as string, ok: false, error: 'group_full', status: 'pending' },
        { lineId: c as string, ok: false, error: 'expired', status: 'expired' },
        { lineId: d as string, ok: false, error: 'not_pending', status: 'cancelled' },
        { lineId: e as string, ok: false, error: 'something_new', status: null },
      ],
    });
    expect(outcome.doneCount).toBe(1);
    expect(outcome.failed.map((f) => [f.line.childName, failureText(t, f.error)])).toEqual([
      ['Ties de Vries', 'Groep vol'],
      ['Noortje de Vries', 'Vervallen'],
      ['Noortje de Vries', 'Al beoordeeld of geannuleerd'],
      ['Noortje de Vries', 'Niet gelukt'],
    ]);
  });

  it('counts a rejected "als geheel" request with all its lines', () => {
    const line = queueLine(1, { assessAsWhole: true, requestLineCount: 3 });
    const outcome = outcomeOf('reject', [line], {
      results: [{ lineId: line.id, ok: true, error: null, status: 'rejected' }],
    });
    expect(outcome).toEqual({ kind: 'reject', doneCount: 3, failed: [] });
  });
});
