import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Link } from 'react-router';
import type { DemoResult } from '../../../contract/api.ts';
import { apiSend } from '../../api/client.ts';
import { Alert } from '../../components/alert.tsx';
import { ImportCountsTable } from '../../components/import-counts-table.tsx';
import { Spinner } from '../../components/spinner.tsx';
import { DemoLogins } from './demo-logins.tsx';

/** Step 2 of setup: try Coachboard on a demo organisation, or bring your own CRM export. */
export function ChooseDataStep() {
  const queryClient = useQueryClient();
  const demo = useMutation({
    mutationFn: () => apiSend<DemoResult>('POST', '/api/v1/setup/demo', {}),
    onSuccess: () => queryClient.invalidateQueries(),
  });

  return (
    <div className="stack-lg">
      <div aria-live="polite" className="stack">
        {demo.isPending && (
          <div className="card progress-panel">
            <Spinner size="lg" />
            <div>
              <p className="alert-title">Loading the demo organisation…</p>
              <p>Creating people, deals and their history. This takes a few seconds.</p>
            </div>
          </div>
        )}
        {demo.isSuccess && (
          <div className="card card-body stack">
            <Alert tone="success" title="The demo organisation is ready">
              A fictional organisation to explore. Import your own CRM data from Imports whenever you are ready.
            </Alert>
            <div className="bordered">
              <ImportCountsTable counts={demo.data.counts} caption="Demo records created" dryRun={false} />
            </div>
            <DemoLogins result={demo.data} />
            <div className="form-actions">
              <Link className="button button-primary" to="/deals">Explore the deals</Link>
              <Link className="button" to="/people">See the people</Link>
            </div>
          </div>
        )}
        {demo.isError && (
          <Alert tone="danger" title="The demo could not be loaded">{demo.error.message}</Alert>
        )}
      </div>

      {!demo.isSuccess && (
        <div className="grid-2">
          <section className="card choice-card" aria-labelledby="choice-demo">
            <h2 id="choice-demo">Load the demo organisation</h2>
            <p>A fictional sales team with a leader, 6 managers, 60 reps and the last 12 months of deals, activities and quotas. The quickest way to see what Coachboard does; you can import your own data later.</p>
            <button type="button" className="button button-primary" disabled={demo.isPending} onClick={() => demo.mutate()}>
              {demo.isPending ? 'Loading…' : 'Load demo data'}
            </button>
          </section>
          <section className="card choice-card" aria-labelledby="choice-import">
            <h2 id="choice-import">Import your CRM data</h2>
            <p>Upload CSV exports from Salesforce, HubSpot or any CRM. You get a preview of every change, and any problem in the files, before anything is saved.</p>
            <Link className="button" to="/imports">Go to Imports</Link>
          </section>
        </div>
      )}
      {!demo.isSuccess && (
        <p className="text-secondary setup-skip">
          Not now? <Link to="/deals">Go to Coachboard</Link> and come back to this from Imports.
        </p>
      )}
    </div>
  );
}
