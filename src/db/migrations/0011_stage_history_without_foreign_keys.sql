ALTER TABLE "stage_history" DROP CONSTRAINT "stage_history_opportunity_fk";
--> statement-breakpoint
ALTER TABLE "stage_history" DROP CONSTRAINT "stage_history_stage_fk";
