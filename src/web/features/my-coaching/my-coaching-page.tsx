import { useCurrentUser } from '../../api/session.ts';
import { PageHeader } from '../../components/page-header.tsx';
import { MyCalendar } from './my-calendar.tsx';
import { MyCommitments } from './my-commitments.tsx';
import { MySessions, NextSessions } from './my-sessions.tsx';
import './my-coaching.css';

/** The rep's own coaching (SPEC §4.8): their commitments and session summaries, never the manager's private note. */
export function MyCoachingPage() {
  const user = useCurrentUser();
  return (
    <>
      <PageHeader
        title="My coaching"
        description={`${user.name ? `${user.name.split(' ')[0]}, this` : 'This'} is your development, not an evaluation: what you are working on, what you agreed to try, and when you next meet.`}
      />
      <div className="my-coaching-grid">
        <div className="stack-lg">
          <MyCommitments />
          <MySessions />
        </div>
        <div className="stack-lg">
          <NextSessions />
          <MyCalendar />
        </div>
      </div>
    </>
  );
}
