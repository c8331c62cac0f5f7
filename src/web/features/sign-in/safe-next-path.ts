/**
 * Where to go after signing in: the ?next= path if it is a page of this app, else home.
 * Refuses other origins ("//evil.example", "https://…") so the link cannot redirect away.
 */
export function safeNextPath(next: string | null): string {
  if (next === null || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return '/';
  if (next.startsWith('/sign-in') || next.startsWith('/setup')) return '/';
  return next;
}
