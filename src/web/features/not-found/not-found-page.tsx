import { Link, useLocation } from 'react-router';
import { EmptyState } from '../../components/empty-state.tsx';
import { PageHeader } from '../../components/page-header.tsx';

export function NotFoundPage() {
  const { pathname } = useLocation();
  return (
    <>
      <PageHeader title="Page not found" description={`There is no page at ${pathname}.`} />
      <div className="card">
        <EmptyState title="This link leads nowhere" actions={<><Link className="button button-primary" to="/deals">Go to Deals</Link><Link className="button" to="/people">Go to People</Link></>}>
          It may have been mistyped, or the page may have moved.
        </EmptyState>
      </div>
    </>
  );
}
