// The rep's monthly trend always covers the 12 months ending with the as-of month; a month
// the API leaves out (nothing closed) is shown as zero, not skipped.
export type MonthCount = { month: string; won: number; closed: number };

export function lastTwelveMonths(asOf: string): string[] {
  const year = Number(asOf.slice(0, 4));
  const month = Number(asOf.slice(5, 7)) - 1;
  return Array.from({ length: 12 }, (_, index) => {
    const date = new Date(Date.UTC(year, month - 11 + index, 1));
    return `${date.getUTCFullYear()}-${String(date.getUTCMonth() + 1).padStart(2, '0')}`;
  });
}

export function fillMonths(trend: readonly MonthCount[], asOf: string): MonthCount[] {
  const byMonth = new Map(trend.map((m) => [m.month, m]));
  return lastTwelveMonths(asOf).map((month) => {
    const found = byMonth.get(month);
    return { month, won: found?.won ?? 0, closed: found?.closed ?? 0 };
  });
}
