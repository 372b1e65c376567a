import type { AbsenceLine, RequestLine } from '@nestje/contract';

/** A line of the Aanvragenoverzicht: a request line or an absence line (P15). */
export type OverviewEntry = { kind: 'request'; line: RequestLine } | { kind: 'absence'; line: AbsenceLine };

interface LoadedList<T> {
  lines: readonly T[];
  /** More (older) lines can be fetched. */
  hasMore: boolean;
}

/**
 * Request and absence lines in one list, newest submitted first. Each list is loaded page by page; where one
 * has more to fetch, the lines older than its oldest loaded one wait until it has been fetched further, so a
 * line never shows below lines that are older than lines still to come.
 */
export function mergeOverview(
  requests: LoadedList<RequestLine>,
  absences: LoadedList<AbsenceLine>,
): OverviewEntry[] {
  const entries: OverviewEntry[] = [
    ...requests.lines.map((line) => ({ kind: 'request' as const, line })),
    ...absences.lines.map((line) => ({ kind: 'absence' as const, line })),
  ];
  const boundaries = [requests, absences]
    .filter((list) => list.hasMore && list.lines.length > 0)
    .map((list) => Math.min(...list.lines.map((line) => Date.parse(line.submittedAt))));
  const cutOff = boundaries.length > 0 ? Math.max(...boundaries) : Number.NEGATIVE_INFINITY;
  return entries
    .map((entry) => ({ entry, at: Date.parse(entry.line.submittedAt) }))
    .filter(({ at }) => at >= cutOff)
    .sort((a, b) => b.at - a.at)
    .map(({ entry }) => entry);
}
