import { useEffect, useState, type ReactElement } from 'react';
import { NavLink, useLocation } from 'react-router';
import type { CurrentUser } from '../../contract/api.ts';
import {
  IconBook, IconGauge, IconRepeat, IconTarget, IconCalendarCheck, IconCompass, IconDeals, IconHourglass, IconLightbulb, IconLog, IconMenu, IconOrg, IconPeople, IconTeamChart, IconUpload, IconUserKey,
} from './icons.tsx';
import { navItems, type NavItem } from './nav-items.ts';
import { NavUser } from './nav-user.tsx';

const icons: Record<NavItem['icon'], () => ReactElement> = {
  people: IconPeople, deals: IconDeals, imports: IconUpload, users: IconUserKey, audit: IconLog,
  week: IconCalendarCheck, team: IconTeamChart, org: IconOrg, guide: IconCompass, cadences: IconRepeat, accountability: IconGauge, coaching: IconTarget, stalls: IconHourglass, innovations: IconLightbulb,
};

/** Left navigation; on narrow screens it folds into a Menu button. */
export function SideNav({ user }: { user: CurrentUser }) {
  const [open, setOpen] = useState(false);
  const { pathname } = useLocation();
  useEffect(() => setOpen(false), [pathname]);
  const items = navItems.filter((item) => item.roles.includes(user.role));

  return (
    <div className="side-nav" data-open={open}>
      <header className="side-nav-top">
        <div className="brand">
          <span className="brand-mark" aria-hidden="true">C</span>
          <span className="brand-text">
            <span className="brand-name">Coachboard</span>
            <span className="brand-org">{user.orgName}</span>
          </span>
        </div>
        <button
          type="button"
          className="button button-ghost button-sm nav-toggle"
          aria-expanded={open}
          aria-controls="nav-body"
          onClick={() => setOpen((value) => !value)}
        >
          <IconMenu />
          Menu
        </button>
      </header>
      <div className="nav-body" id="nav-body">
        <nav aria-label="Main" className="nav-main">
          <ul className="nav-list">
            {items.map((item) => {
              const Icon = icons[item.icon];
              return (
                <li key={item.to}>
                  <NavLink to={item.to} className="nav-link"><Icon />{item.label}</NavLink>
                </li>
              );
            })}
          </ul>
          <a className="nav-link nav-reference" href="/api/reference"><IconBook />API reference</a>
        </nav>
        <NavUser user={user} />
      </div>
    </div>
  );
}
