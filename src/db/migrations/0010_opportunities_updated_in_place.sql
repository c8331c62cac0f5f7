DROP INDEX "opportunities_org_stage_idx";--> statement-breakpoint
-- Written by hand (drizzle-kit has no table storage parameters): 15 % of each page left free,
-- so that a deal updated by an import (stage, amount) is rewritten in place (HOT, ADR 018).
-- Pages written before this migration fill up as before; VACUUM and page pruning free room.
ALTER TABLE "opportunities" SET (fillfactor = 85);
