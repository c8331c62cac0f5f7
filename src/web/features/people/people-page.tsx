import { PageHeader } from '../../components/page-header.tsx';
import { OrgTree } from './org-tree.tsx';
import { PeopleTable } from './people-table.tsx';

export function PeoplePage() {
  return (
    <>
      <PageHeader
        title="People"
        description="Who reports to whom, and how many deals each person has open. You see the part of the organisation your role allows."
      />
      <OrgTree />
      <PeopleTable />
    </>
  );
}
