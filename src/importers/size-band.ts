// Account segment and size band from the employee count, for sources that have no
// segment of their own (Maven, Salesforce, HubSpot). Thresholds follow the common
// SMB / mid-market / enterprise split by headcount: < 1,000; 1,000-4,999; >= 5,000.
export type SizeBand = { segment: string; sizeBand: string };

export function sizeBandFromEmployees(employees: number | null | undefined): SizeBand | null {
  if (employees === null || employees === undefined) return null;
  if (employees < 1000) return { segment: 'SMB', sizeBand: '1-999' };
  if (employees < 5000) return { segment: 'Mid-market', sizeBand: '1,000-4,999' };
  return { segment: 'Enterprise', sizeBand: '5,000+' };
}
