// Query keys shared between the session hooks and the global error handler.
export const sessionKey = ['session'] as const;
export const setupStatusKey = ['setup-status'] as const;
