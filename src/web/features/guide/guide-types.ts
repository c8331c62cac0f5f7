// The guide contract exports only schemas; its types are inferred here (types only: nothing reaches the bundle).
import type { z } from '@hono/zod-openapi';
import type {
  CopyDefaultResponse as CopySchema, DefaultGuideResponse as DefaultSchema, GuideResponse as GuideSchema,
} from '../../../contract/guide.ts';

export type GuideResponse = z.infer<typeof GuideSchema>;
export type GuideStage = GuideResponse['stages'][number];
export type GuideStageBehaviour = GuideStage['behaviours'][number];
export type GuideStageQuestion = GuideStage['questions'][number];
export type DefaultGuideResponse = z.infer<typeof DefaultSchema>;
export type CopyDefaultResult = z.infer<typeof CopySchema>;
