// Inline stroke icons (24px grid, drawn for this app). Decorative: hidden from assistive tech.
import type { ReactNode } from 'react';

function Icon({ children }: { children: ReactNode }) {
  return (
    <svg viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="1.8"
      strokeLinecap="round" strokeLinejoin="round" aria-hidden="true" focusable="false">
      {children}
    </svg>
  );
}

export const IconPeople = () => (
  <Icon><circle cx="9" cy="8" r="3.5" /><path d="M2.5 20a6.5 6.5 0 0 1 13 0" /><path d="M16 4.6a3.5 3.5 0 0 1 0 6.8M18.5 14.3A6.5 6.5 0 0 1 21.5 20" /></Icon>
);
export const IconCalendarCheck = () => (
  <Icon><rect x="3" y="5" width="18" height="16" rx="2" /><path d="M8 3v4M16 3v4M3 10h18" /><path d="m9 15 2 2 4-4" /></Icon>
);
export const IconTeamChart = () => (
  <Icon><path d="M4 20V10M10 20V4M16 20v-7M21 20H3" /></Icon>
);
export const IconOrg = () => (
  <Icon><rect x="9" y="3" width="6" height="5" rx="1" /><rect x="3" y="16" width="6" height="5" rx="1" /><rect x="15" y="16" width="6" height="5" rx="1" /><path d="M12 8v4M6 16v-2h12v2" /></Icon>
);
export const IconDeals = () => (
  <Icon><rect x="3" y="7" width="18" height="13" rx="2" /><path d="M8 7V5a2 2 0 0 1 2-2h4a2 2 0 0 1 2 2v2M3 13h18" /></Icon>
);
export const IconUpload = () => (
  <Icon><path d="M12 15V3M7 8l5-5 5 5" /><path d="M4 15v4a2 2 0 0 0 2 2h12a2 2 0 0 0 2-2v-4" /></Icon>
);
export const IconUserKey = () => (
  <Icon><circle cx="10" cy="8" r="4" /><path d="M3 21a7 7 0 0 1 11-5.7" /><circle cx="18" cy="17" r="2.5" /><path d="M18 14.5V12" /></Icon>
);
export const IconLog = () => (
  <Icon><rect x="4" y="3" width="16" height="18" rx="2" /><path d="M8 8h8M8 12h8M8 16h5" /></Icon>
);
export const IconCompass = () => (
  <Icon><circle cx="12" cy="12" r="9" /><path d="m15.5 8.5-2 5-5 2 2-5 5-2z" /></Icon>
);
export const IconSearch = () => (
  <Icon><circle cx="11" cy="11" r="7" /><path d="M20 20l-3.5-3.5" /></Icon>
);
export const IconAlert = () => (
  <Icon><circle cx="12" cy="12" r="9" /><path d="M12 7.5v5.5M12 16.5v.01" /></Icon>
);
export const IconCheck = () => (
  <Icon><circle cx="12" cy="12" r="9" /><path d="M8 12.5l2.7 2.7L16 9.8" /></Icon>
);
export const IconInfo = () => (
  <Icon><circle cx="12" cy="12" r="9" /><path d="M12 11v5.5M12 7.5v.01" /></Icon>
);
export const IconChevronRight = () => (
  <Icon><path d="M9 6l6 6-6 6" /></Icon>
);
export const IconSort = () => (
  <Icon><path d="M8 9l4-4 4 4M8 15l4 4 4-4" /></Icon>
);
export const IconArrowUp = () => (
  <Icon><path d="M12 19V5M6 11l6-6 6 6" /></Icon>
);
export const IconArrowDown = () => (
  <Icon><path d="M12 5v14M6 13l6 6 6-6" /></Icon>
);
export const IconInbox = () => (
  <Icon><path d="M3 13l3-8h12l3 8v6a2 2 0 0 1-2 2H5a2 2 0 0 1-2-2z" /><path d="M3 13h5l1.5 3h5L16 13h5" /></Icon>
);
export const IconMenu = () => (
  <Icon><path d="M4 7h16M4 12h16M4 17h16" /></Icon>
);
export const IconRepeat = () => (
  <Icon><path d="M17 2l3 3-3 3" /><path d="M4 11V9a4 4 0 0 1 4-4h12" /><path d="M7 22l-3-3 3-3" /><path d="M20 13v2a4 4 0 0 1-4 4H4" /></Icon>
);
export const IconGauge = () => (
  <Icon><path d="M3.5 17a9 9 0 1 1 17 0" /><path d="m12 14 4-5" /><circle cx="12" cy="14" r="1.5" /></Icon>
);
export const IconTarget = () => (
  <Icon><circle cx="12" cy="12" r="9" /><circle cx="12" cy="12" r="5" /><circle cx="12" cy="12" r="1" /></Icon>
);
export const IconBook = () => (
  <Icon><path d="M4 5a2 2 0 0 1 2-2h13v16H6a2 2 0 0 0-2 2z" /><path d="M4 21V5M8 7h7" /></Icon>
);
export const IconHourglass = () => (
  <Icon><path d="M6 3h12M6 21h12" /><path d="M7 3c0 5 10 5 10 9s-10 4-10 9M17 3c0 5-10 5-10 9s10 4 10 9" /></Icon>
);
export const IconLightbulb = () => (
  <Icon><path d="M9 18h6M10 21h4" /><path d="M12 3a6 6 0 0 0-3.5 10.9c.6.5 1 1.2 1 2V16h5v-.1c0-.8.4-1.5 1-2A6 6 0 0 0 12 3z" /></Icon>
);
