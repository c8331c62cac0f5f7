// The route map. Every route sits behind SetupGate (first run goes to /setup); the app's
// pages also sit behind RequireSession (which draws the shell) and, for admin pages, RequireRole.
import { lazy, Suspense, type ReactNode } from 'react';
import { createBrowserRouter } from 'react-router';
import { RouterProvider } from 'react-router/dom';
import { CrashPage } from './components/crash-page.tsx';
import { PageLoading } from './components/page-loading.tsx';
import { adminOnly, coaches, leadersAndAdmins, repsOnly } from './components/nav-items.ts';
import { RequireRole } from './components/require-role.tsx';
import { RequireSession } from './components/require-session.tsx';
import { SetupGate } from './components/setup-gate.tsx';
import { HomeRedirect } from './features/analytics/home-redirect.tsx';
import { RoleGate } from './features/analytics/role-gate.tsx';
import { ThisWeekPage } from './features/analytics/this-week-page.tsx';
import { AuditPage } from './features/audit/audit-page.tsx';
import { DealsPage } from './features/deals/deals-page.tsx';
import { ImportsPage } from './features/imports/imports-page.tsx';
import { NotFoundPage } from './features/not-found/not-found-page.tsx';
import { PeoplePage } from './features/people/people-page.tsx';
import { SetupPage } from './features/setup/setup-page.tsx';
import { SignInPage } from './features/sign-in/sign-in-page.tsx';
import { UsersPage } from './features/users/users-page.tsx';

// The pages with charts load on first visit, so that the charting library stays out of the main bundle.
const RepPage = lazy(() => import('./features/analytics/rep-page.tsx').then((m) => ({ default: m.RepPage })));
const TeamPage = lazy(() => import('./features/analytics/team-page.tsx').then((m) => ({ default: m.TeamPage })));
const OrgPage = lazy(() => import('./features/analytics/org-page.tsx').then((m) => ({ default: m.OrgPage })));
const SessionPage = lazy(() => import('./features/sessions/session-page.tsx').then((m) => ({ default: m.SessionPage })));
const GuidePage = lazy(() => import('./features/guide/guide-page.tsx').then((m) => ({ default: m.GuidePage })));
const CadencesPage = lazy(() => import('./features/cadences/cadences-page.tsx').then((m) => ({ default: m.CadencesPage })));
const AccountabilityPage = lazy(() => import('./features/accountability/accountability-page.tsx').then((m) => ({ default: m.AccountabilityPage })));
const MyCoachingPage = lazy(() => import('./features/my-coaching/my-coaching-page.tsx').then((m) => ({ default: m.MyCoachingPage })));
const StalledDealsPage = lazy(() => import('./features/stalls/stalled-deals-page.tsx').then((m) => ({ default: m.StalledDealsPage })));
const DealRoomPage = lazy(() => import('./features/deal-room/deal-room-page.tsx').then((m) => ({ default: m.DealRoomPage })));
const CoCreationPage = lazy(() => import('./features/cocreation/cocreation-page.tsx').then((m) => ({ default: m.CoCreationPage })));
const InnovationLibraryPage = lazy(() => import('./features/innovations/innovation-library-page.tsx').then((m) => ({ default: m.InnovationLibraryPage })));
const InnovationDetailPage = lazy(() => import('./features/innovations/innovation-detail-page.tsx').then((m) => ({ default: m.InnovationDetailPage })));
const withCharts = (page: ReactNode) => <Suspense fallback={<PageLoading label="Loading the page…" />}>{page}</Suspense>;

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
          // Home by role: managers at This week, leaders and admins at the Org view, reps at their deals.
          { path: '/', element: <HomeRedirect /> },
          { path: '/this-week', element: <RoleGate roles={coaches} who="managers, leaders and administrators"><ThisWeekPage /></RoleGate> },
          { path: '/reps/:id', element: withCharts(<RepPage />) },
          { path: '/team', element: <RoleGate roles={coaches} who="managers, leaders and administrators">{withCharts(<TeamPage />)}</RoleGate> },
          { path: '/org', element: <RoleGate roles={leadersAndAdmins} who="leaders and administrators">{withCharts(<OrgPage />)}</RoleGate> },
          { path: '/sessions/:id', element: withCharts(<SessionPage />) },
          { path: '/guide', element: withCharts(<GuidePage />) },
          { path: '/cadences', element: <RoleGate roles={coaches} who="managers, leaders and administrators">{withCharts(<CadencesPage />)}</RoleGate> },
          { path: '/accountability', element: <RoleGate roles={coaches} who="managers, leaders and administrators">{withCharts(<AccountabilityPage />)}</RoleGate> },
          { path: '/my-coaching', element: <RoleGate roles={repsOnly} who="reps (managers see their team on This week)">{withCharts(<MyCoachingPage />)}</RoleGate> },
          { path: '/people', element: <PeoplePage /> },
          { path: '/deals', element: <DealsPage /> },
          { path: '/stalled-deals', element: withCharts(<StalledDealsPage />) },
          { path: '/deals/:id', element: withCharts(<DealRoomPage />) },
          { path: '/co-creation/:id', element: withCharts(<CoCreationPage />) },
          { path: '/innovations', element: withCharts(<InnovationLibraryPage />) },
          { path: '/innovations/:id', element: withCharts(<InnovationDetailPage />) },
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
