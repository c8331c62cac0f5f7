import { PageHeader } from '../../components/page-header.tsx';
import { AddUserForm } from './add-user-form.tsx';
import { UsersTable } from './users-table.tsx';

export function UsersPage() {
  return (
    <>
      <PageHeader title="Users" description="Who can sign in, and what each role may see: managers their team, reps themselves, leaders and admins everyone." />
      <UsersTable />
      <section className="card" aria-labelledby="add-user-title">
        <div className="card-header">
          <div>
            <h2 id="add-user-title">Add a user</h2>
            <p>Link the account to a person so that managers and reps see their own team and deals.</p>
          </div>
        </div>
        <div className="card-body"><AddUserForm /></div>
      </section>
    </>
  );
}
