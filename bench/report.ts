import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';

/** What both benchmarks share: the session cookie they sign in with, their tables and their results file. */

/** The session cookie's name (apps/server/src/modules/identity/browser-sessions.ts). */
export const SESSION_COOKIE = 'nestje_sessions';

/** A Markdown table: the first column left-aligned, the others (numbers) right-aligned. */
export function markdownTable(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] as string).length)));
  const line = (cells: string[]) =>
    `| ${cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join(' | ')} |`;
  const rule = `|${widths.map((w, i) => (i === 0 ? `:${'-'.repeat(w + 1)}` : `${'-'.repeat(w + 1)}:`)).join('|')}|`;
  return [line(header), rule, ...rows.map(line)].join('\n');
}

/** The machine a run measured, for reading its numbers later. */
export function machineInfo() {
  const cpuList = cpus();
  return {
    node: process.version,
    cpus: cpuList.length,
    cpuModel: cpuList[0]?.model ?? null,
    memoryMiB: Math.round(totalmem() / 1024 / 1024),
  };
}

/** Writes a run's results as JSON to bench/results/`fileName` (not committed) and says so. */
export function writeResults(fileName: string, results: unknown): void {
  const dir = join(import.meta.dirname, 'results');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, fileName), `${JSON.stringify(results, null, 2)}\n`);
  console.log(`Results written to bench/results/${fileName}.`);
}
