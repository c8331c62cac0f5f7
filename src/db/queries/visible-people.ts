// SQL for the set of people a viewer may see: the whole org, a manager's subtree, or one
// person. Used as a CTE by every query that lists people-owned data.
import type { PeopleScope } from '../../core/access/viewer.ts';

/** A `visible(id)` CTE body; parameters are $1 = org id and $2 = person id. */
export function visiblePeopleCte(scope: PeopleScope): { cte: string; params: [number | null] } {
  switch (scope.kind) {
    case 'org':
      return { cte: 'SELECT id FROM people WHERE org_id = $1 AND $2::int IS NULL', params: [null] };
    case 'subtree':
      return {
        cte: `WITH RECURSIVE tree(id) AS (
                SELECT id FROM people WHERE org_id = $1 AND id = $2
                UNION SELECT p.id FROM people p JOIN tree t ON p.org_id = $1 AND p.manager_id = t.id)
              SELECT id FROM tree`,
        params: [scope.rootPersonId],
      };
    case 'self':
      return { cte: 'SELECT id FROM people WHERE org_id = $1 AND id = $2', params: [scope.personId] };
    case 'none':
      return { cte: 'SELECT id FROM people WHERE false AND org_id = $1 AND $2::int IS NULL', params: [null] };
  }
}
