// The guide contract exports only schemas; its types are inferred here (types only: nothing reaches the bundle).
import type { z } from '@hono/zod-openapi';
import type { GuideResponse as GuideSchema } from '../../../contract/guide.ts';

export type GuideResponse = z.infer<typeof GuideSchema>;
