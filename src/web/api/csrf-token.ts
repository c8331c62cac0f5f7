// The CSRF token of the current session. It arrives in the session body (sign-in, setup,
// GET /auth/me) and goes back in the x-csrf-token header of every state-changing request.
// Kept in memory only: a reload fetches it again through /auth/me.

let csrfToken: string | null = null;

export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

export function getCsrfToken(): string | null {
  return csrfToken;
}
