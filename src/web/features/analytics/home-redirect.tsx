import { Navigate } from 'react-router';
import { useCurrentUser } from '../../api/session.ts';

/** The home page by role: managers start at This week, leaders and admins at the Org view, reps at their own coaching. */
export function HomeRedirect() {
  const { role } = useCurrentUser();
  const to = role === 'manager' ? '/this-week' : role === 'leader' || role === 'admin' ? '/org' : '/my-coaching';
  return <Navigate to={to} replace />;
}
