import type { AssessmentLine, Decision, DecisionResults } from '@nestje/contract';
import type { TFunction } from 'i18next';
import { translateFirst } from '../../../lib/translate.ts';
import { rejectsWholeRequest } from './queue.ts';

// ---- bulk selection ----

/** The selection with the given lines chosen (`on`) or not. */
export function withSelected(
  selected: ReadonlySet<string>,
  ids: readonly string[],
  on: boolean,
): Set<string> {
  const next = new Set(selected);
  for (const id of ids) {
    if (on) next.add(id);
    else next.delete(id);
  }
  return next;
}

/** Whether all, some or none of the given lines are chosen (for a "select all" box and its mixed state). */
export function selectionState(
  selected: ReadonlySet<string>,
  ids: readonly string[],
): 'all' | 'some' | 'none' {
  const count = ids.filter((id) => selected.has(id)).length;
  if (count === 0) return 'none';
  return count === ids.length ? 'all' : 'some';
}

/**
 * The chosen lines that are still in the queue, in queue order: a line someone else decided, or that expired,
 * disappears from the queue on a refresh and so from what the bulk buttons act on.
 */
export function chosenLines(
  selected: ReadonlySet<string>,
  lines: readonly AssessmentLine[],
): AssessmentLine[] {
  return lines.filter((line) => selected.has(line.id));
}

// ---- decisions ----

export type DecisionKind = 'approve' | 'reject';

export function approveDecisions(lines: readonly AssessmentLine[]): Decision[] {
  return lines.map((line) => ({ lineId: line.id, decision: 'approve' }));
}

/**
 * One reject decision per line, but one per "als geheel" request: rejecting one of its lines rejects them all,
 * so a second decision for the same request would only come back as `not_pending`.
 */
export function rejectDecisions(lines: readonly AssessmentLine[], reason: string): Decision[] {
  const wholeRequests = new Set<string>();
  const decisions: Decision[] = [];
  for (const line of lines) {
    if (rejectsWholeRequest(line)) {
      if (wholeRequests.has(line.requestId)) continue;
      wholeRequests.add(line.requestId);
    }
    decisions.push({ lineId: line.id, decision: 'reject', reason: reason.trim() });
  }
  return decisions;
}

/** The "als geheel" requests among the lines and how many lines they hold together: rejected entirely. */
export function wholeRequestsIn(lines: readonly AssessmentLine[]): { requests: number; lines: number } {
  const counts = new Map<string, number>();
  for (const line of lines) if (rejectsWholeRequest(line)) counts.set(line.requestId, line.requestLineCount);
  let total = 0;
  for (const count of counts.values()) total += count;
  return { requests: counts.size, lines: total };
}

// ---- results ----

export interface FailedLine {
  line: AssessmentLine;
  error: string;
}

/** What one approve or reject action did, per line, for the planner to read after the queue refreshed. */
export interface DecisionOutcome {
  kind: DecisionKind;
  /** Lines decided as asked; a rejected "als geheel" request counts with all its lines. */
  doneCount: number;
  failed: FailedLine[];
}

/**
 * Reads the server's answer against the lines as they were when the planner decided (they may be gone from
 * the queue by now): how many went through, and which did not and why.
 */
export function outcomeOf(
  kind: DecisionKind,
  lines: readonly AssessmentLine[],
  answer: DecisionResults,
): DecisionOutcome {
  const byId = new Map(lines.map((line) => [line.id, line]));
  let doneCount = 0;
  const failed: FailedLine[] = [];
  for (const result of answer.results) {
    const line = byId.get(result.lineId);
    if (!line) continue;
    if (result.ok) doneCount += kind === 'reject' && rejectsWholeRequest(line) ? line.requestLineCount : 1;
    else failed.push({ line, error: result.error ?? 'unknown' });
  }
  return { kind, doneCount, failed };
}

/** Why a line was not decided, in words: "Groep vol", "Vervallen", "Al beoordeeld of geannuleerd"… */
export function failureText(t: TFunction, code: string): string {
  return translateFirst(t, [`assessment.results.errors.${code}`], 'assessment.results.errors.unknown');
}
