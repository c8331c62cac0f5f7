// The route map. Every route sits behind SetupGate (first run goes to /setup); the app's
// pages also sit behind RequireSession (which draws the shell) and, for admin pages, RequireRole.
import { createBrowserRouter, Navigate } from 'react-router';
import { RouterProvider } from 'react-router/dom';
import { CrashPage } from './components/crash-page.tsx';
import { adminOnly } from './components/nav-items.ts';
import { RequireRole } from './components/require-role.tsx';
import { RequireSession } from './components/require-session.tsx';
import { SetupGate } from './components/setup-gate.tsx';
import { AuditPage } from './features/audit/audit-page.tsx';
import { DealsPage } from './features/deals/deals-page.tsx';
import { ImportsPage } from './features/imports/imports-page.tsx';
import { NotFoundPage } from './features/not-found/not-found-page.tsx';
import { PeoplePage } from './features/people/people-page.tsx';
import { SetupPage } from './features/setup/setup-page.tsx';
import { SignInPage } from './features/sign-in/sign-in-page.tsx';
import { UsersPage } from './features/users/users-page.tsx';

const router = createBrowserRouter([
  {
    element: <SetupGate />,
    errorElement: <CrashPage />,
    children: [
      { path: '/sign-in', element: <SignInPage /> },
      { path: '/setup', element: <SetupPage /> },
      {
        element: <RequireSession />,
        errorElement: <CrashPage />,
        children: [
          // "This week" will become the home page; until then, managers start at their deals.
          { path: '/', element: <Navigate to="/deals" replace /> },
          { path: '/people', element: <PeoplePage /> },
          { path: '/deals', element: <DealsPage /> },
          { path: '/imports', element: <RequireRole roles={adminOnly}><ImportsPage /></RequireRole> },
          { path: '/users', element: <RequireRole roles={adminOnly}><UsersPage /></RequireRole> },
          { path: '/audit', element: <RequireRole roles={adminOnly}><AuditPage /></RequireRole> },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
]);

export function App() {
  return <RouterProvider router={router} />;
}
