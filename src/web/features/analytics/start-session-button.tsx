import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import type { SessionDetail } from '../../../contract/coaching.ts';
import { apiSend } from '../../api/client.ts';

/** Creates a 30-minute 1:1 with the rep, planned from now, and opens it (docs/sessions.md). */
export function StartSessionButton({ repId, repName }: { repId: number; repName: string }) {
  const navigate = useNavigate();
  const client = useQueryClient();
  const start = useMutation({
    mutationFn: () => apiSend<SessionDetail>('POST', '/api/v1/sessions', {
      kind: 'one_on_one', repId, status: 'planned', durationMin: 30,
      scheduledAt: `${new Date().toISOString().slice(0, 19)}Z`,
    }),
    onSuccess: (session) => {
      client.setQueryData(['sessions', 'detail', session.id], session);
      void client.invalidateQueries({ queryKey: ['sessions', 'list'] });
      void navigate(`/sessions/${session.id}`);
    },
  });
  return (
    <span className="start-session">
      <button type="button" className="button button-primary button-sm" disabled={start.isPending} onClick={() => start.mutate()}
        aria-label={`Start 1:1 with ${repName}`}>
        {start.isPending ? 'Starting…' : 'Start 1:1'}
      </button>
      {start.isError && <span className="field-error" role="alert">{start.error.message}</span>}
    </span>
  );
}
