import {
  type ImportReport,
  importListSchema,
  importReportSchema,
  importRunEventSchema,
} from '@nestje/contract';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useRef, useState } from 'react';
import { api } from '../../../../lib/api.ts';
import { fetchBlob, postStream, saveBlob, sendRaw } from '../../../../lib/raw-api.ts';
import { applyRunEvent, idleRun, type RunState, runBroken } from './run-state.ts';

export const importsQueryKey = ['imports'] as const;

/** Earlier imports, newest first. */
export function useImports() {
  return useQuery({
    queryKey: importsQueryKey,
    queryFn: () => api.get('/imports', importListSchema),
  });
}

/** Sends a CSV file for the dry run; the answer is the report (nothing is written yet). */
export function useCheckImport() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ locationId, file }: { locationId: string; file: File }) => {
      const query = new URLSearchParams({ locationId, fileName: file.name });
      return sendRaw('POST', `/imports?${query}`, file, 'text/csv', importReportSchema);
    },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: importsQueryKey }),
  });
}

/** Downloads the template with the Dutch or English column names. */
export async function downloadTemplate(language: 'nl' | 'en'): Promise<void> {
  const blob = await fetchBlob(`/imports/template.csv?language=${language}`);
  if (blob) saveBlob(blob, language === 'nl' ? 'nestje-import-voorbeeld.csv' : 'nestje-import-template.csv');
}

/**
 * Runs a checked import and follows its progress as the server streams it. `run` resolves once the stream
 * ends; the state says how it ended.
 */
export function useImportRun() {
  const queryClient = useQueryClient();
  const [state, setState] = useState<RunState>(idleRun);
  const running = useRef(false);

  const run = useCallback(
    async (report: ImportReport) => {
      // A second click while the stream runs would ask the server to run the import twice.
      if (running.current) return;
      running.current = true;
      let current: RunState = { phase: 'running', done: 0, total: report.totals.create };
      setState(current);
      const update = (next: RunState) => {
        current = next;
        setState(next);
      };
      try {
        await postStream(`/imports/${report.id}/run`, importRunEventSchema, (event) =>
          update(applyRunEvent(current, event)),
        );
        if (current.phase === 'running') update(runBroken(current, null));
      } catch (error) {
        update(runBroken(current, error));
      } finally {
        running.current = false;
        await queryClient.invalidateQueries({ queryKey: importsQueryKey });
        await queryClient.invalidateQueries({ queryKey: ['children'] });
      }
    },
    [queryClient],
  );

  const reset = useCallback(() => setState(idleRun), []);
  return { state, run, reset };
}
