// The signed-in session: who the user is, and the CSRF token for their requests.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { CurrentUser, SessionBody } from '../../contract/api.ts';
import { isApiError } from './api-error.ts';
import { apiGet, apiSend } from './client.ts';
import { setCsrfToken } from './csrf-token.ts';
import { sessionKey, setupStatusKey } from './session-key.ts';

async function fetchSession(): Promise<SessionBody | null> {
  try {
    const session = await apiGet<SessionBody>('/api/v1/auth/me');
    setCsrfToken(session.csrfToken);
    return session;
  } catch (error) {
    if (isApiError(error) && error.status === 401) {
      setCsrfToken(null);
      return null;
    }
    throw error;
  }
}

/** null when nobody is signed in. */
export function useSession() {
  return useQuery({ queryKey: sessionKey, queryFn: fetchSession, staleTime: 5 * 60_000 });
}

/** Store a session returned by sign-in or setup, so every page sees it at once. */
export function useStoreSession(): (session: SessionBody) => void {
  const queryClient = useQueryClient();
  return (session) => {
    setCsrfToken(session.csrfToken);
    queryClient.setQueryData(sessionKey, session);
  };
}

export function useSignIn() {
  const storeSession = useStoreSession();
  return useMutation({
    mutationFn: (body: { email: string; password: string }) =>
      apiSend<SessionBody>('POST', '/api/v1/auth/sign-in', body),
    onSuccess: storeSession,
  });
}

export function useSignOut() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => apiSend<void>('POST', '/api/v1/auth/sign-out'),
    onSettled: () => {
      setCsrfToken(null);
      // Forget everything this user could see; keep only what the sign-in page needs.
      queryClient.removeQueries({
        predicate: (query) => query.queryKey[0] !== sessionKey[0] && query.queryKey[0] !== setupStatusKey[0],
      });
      queryClient.setQueryData(sessionKey, null);
    },
  });
}

/** The signed-in user, inside pages that sit behind RequireSession. */
export function useCurrentUser(): CurrentUser {
  const { data } = useSession();
  if (!data) throw new Error('useCurrentUser used outside a signed-in page');
  return data.user;
}
