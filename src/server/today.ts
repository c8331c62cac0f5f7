// Today's date in UTC: the one place the server reads the clock for as-of defaults
// (the domain code never does; SPEC §1 "As-of date").
export const todayUtc = (): string => new Date().toISOString().slice(0, 10);
