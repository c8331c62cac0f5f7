import { PageHeader } from '../../components/page-header.tsx';
import { ImportForm } from './import-form.tsx';
import { ImportHistory } from './import-history.tsx';

export function ImportsPage() {
  return (
    <>
      <PageHeader title="Imports" description="Bring in CRM exports as CSV files. Preview every change and every problem before anything is saved." />
      <section className="card" aria-labelledby="import-new-title">
        <div className="card-header"><h2 id="import-new-title">New import</h2></div>
        <div className="card-body"><ImportForm /></div>
      </section>
      <ImportHistory />
    </>
  );
}
