import {
  type CreateHolidayPeriodBody,
  holidayPeriodListSchema,
  holidayPeriodSchema,
  schoolHolidayListSchema,
} from '@nestje/contract';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../../lib/api.ts';
import { useIdempotencyKey } from '../../../../lib/idempotency.ts';
import { queryString } from '../queries.ts';

const holidayKeys = {
  schoolHolidays: ['setup', 'schoolHolidays'] as const,
  periods: ['setup', 'holidayPeriods'] as const,
};

/** The school holidays of the organisation's region. */
export function useSchoolHolidays() {
  return useQuery({
    queryKey: holidayKeys.schoolHolidays,
    queryFn: async () => (await api.get('/school-holidays', schoolHolidayListSchema)).schoolHolidays,
  });
}

/** The locations' deviations from the school holidays (of one location when `locationId` is set). */
export function useHolidayPeriods(locationId: string | null) {
  return useQuery({
    queryKey: [...holidayKeys.periods, locationId],
    queryFn: async () =>
      (await api.get(`/holiday-periods${queryString({ locationId })}`, holidayPeriodListSchema))
        .holidayPeriods,
    placeholderData: keepPreviousData,
  });
}

export function useCreateHolidayPeriod() {
  const queryClient = useQueryClient();
  const creates = useIdempotencyKey();
  return useMutation({
    mutationFn: (body: CreateHolidayPeriodBody) =>
      creates.post('/holiday-periods', body, holidayPeriodSchema),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: holidayKeys.periods }),
  });
}

export function useDeleteHolidayPeriod() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (holidayPeriodId: string) => api.delete(`/holiday-periods/${holidayPeriodId}`, null),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: holidayKeys.periods }),
  });
}
