// The schema as one module for drizzle-kit and the drizzle client.
export * from './org.ts';
export * from './auth.ts';
export * from './process.ts';
export * from './crm.ts';
export * from './facts.ts';
export * from './rollups.ts';
export * from './coaching.ts';
export * from './stalls.ts';
export * from './cadences.ts';
export * from './innovation.ts';
