// Signing in as a user in a browser test, and asking the API as that user: the steps every
// browser test repeated. A new browser context per user, so that cookies never mix.
import type { Browser, BrowserContext, Page } from 'playwright-core';

type SignInOptions = { width?: number; prepare?: (context: BrowserContext) => Promise<void> };

/** A new page signed in through the sign-in form, left where the app lands the user. */
export async function signInPage(browser: Browser, baseUrl: string, email: string, password: string, options: SignInOptions = {}): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: options.width ?? 1440, height: 900 } });
  await options.prepare?.(context);
  const page = await context.newPage();
  await page.goto(`${baseUrl}/sign-in`);
  await page.getByLabel(/e-?mail/i).fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: /sign in/i }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/sign-in'));
  return page;
}

/** The session cookie of a user signed in through the API. */
export async function apiSessionCookie(baseUrl: string, email: string, password: string): Promise<string> {
  const signedIn = await fetch(`${baseUrl}/api/v1/auth/sign-in`, {
    method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email, password }),
  });
  if (!signedIn.ok) throw new Error(`sign-in of ${email} answered ${signedIn.status}`);
  return (signedIn.headers.get('set-cookie') ?? '').split(';')[0]!;
}
