// Accountability queries and the weekly time self-report (docs/accountability.md). Keys
// start with 'accountability'; This week's card reads the same manager query.
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { AccountabilityResponse, ManagersWeekResponse, TimeCategory, TimeEntriesResponse } from '../../../contract/cadence.ts';
import { apiGet, apiSend } from '../../api/client.ts';

export const WEEKS = 8;

export function useManagersWeek(week: string | null) {
  const params = { week: week ?? undefined };
  return useQuery({
    queryKey: ['accountability', 'managers', params],
    queryFn: ({ signal }) => apiGet<ManagersWeekResponse>('/api/v1/accountability/managers', params, signal),
    placeholderData: keepPreviousData,
  });
}

export function useManagerAccountability(managerId: number | null) {
  const params = { managerId: managerId ?? undefined, weeks: WEEKS };
  return useQuery({
    queryKey: ['accountability', 'manager', params],
    queryFn: ({ signal }) => apiGet<AccountabilityResponse>('/api/v1/accountability', params, signal),
    placeholderData: keepPreviousData,
  });
}

export function useTimeEntries(managerId: number | null, week: string) {
  const params = { managerId: managerId ?? undefined, week };
  return useQuery({
    queryKey: ['accountability', 'time-entries', params],
    queryFn: ({ signal }) => apiGet<TimeEntriesResponse>('/api/v1/time-entries', params, signal),
  });
}

export type TimeReport = { managerId: number | null; week: string; entries: { category: TimeCategory; hours: number }[] };

export function useSaveTimeEntries() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (report: TimeReport) => apiSend<TimeEntriesResponse>('PUT', '/api/v1/time-entries', { ...report, managerId: report.managerId ?? undefined }),
    onSuccess: () => client.invalidateQueries({ queryKey: ['accountability'] }),
  });
}
