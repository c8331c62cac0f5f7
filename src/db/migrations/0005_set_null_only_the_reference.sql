-- A composite foreign key with ON DELETE SET NULL nulls EVERY referencing column, org_id
-- included, which violates org_id NOT NULL: deleting a behaviour referenced by a session
-- failed. PostgreSQL 15 can name the column to clear; these keys now clear only the
-- reference and keep org_id (ADR 003: org_id leads every key).
ALTER TABLE "activities" DROP CONSTRAINT "activities_opportunity_fk";--> statement-breakpoint
ALTER TABLE "activities" ADD CONSTRAINT "activities_opportunity_fk" FOREIGN KEY ("org_id","opportunity_id") REFERENCES "public"."opportunities"("org_id","id") ON DELETE SET NULL ("opportunity_id");--> statement-breakpoint
ALTER TABLE "coaching_sessions" DROP CONSTRAINT "coaching_sessions_opportunity_fk";--> statement-breakpoint
ALTER TABLE "coaching_sessions" ADD CONSTRAINT "coaching_sessions_opportunity_fk" FOREIGN KEY ("org_id","opportunity_id") REFERENCES "public"."opportunities"("org_id","id") ON DELETE SET NULL ("opportunity_id");--> statement-breakpoint
ALTER TABLE "coaching_sessions" DROP CONSTRAINT "coaching_sessions_stage_fk";--> statement-breakpoint
ALTER TABLE "coaching_sessions" ADD CONSTRAINT "coaching_sessions_stage_fk" FOREIGN KEY ("org_id","stage_id") REFERENCES "public"."stages"("org_id","id") ON DELETE SET NULL ("stage_id");--> statement-breakpoint
ALTER TABLE "coaching_sessions" DROP CONSTRAINT "coaching_sessions_behaviour_fk";--> statement-breakpoint
ALTER TABLE "coaching_sessions" ADD CONSTRAINT "coaching_sessions_behaviour_fk" FOREIGN KEY ("org_id","behaviour_id") REFERENCES "public"."behaviours"("org_id","id") ON DELETE SET NULL ("behaviour_id");--> statement-breakpoint
ALTER TABLE "commitments" DROP CONSTRAINT "commitments_behaviour_fk";--> statement-breakpoint
ALTER TABLE "commitments" ADD CONSTRAINT "commitments_behaviour_fk" FOREIGN KEY ("org_id","behaviour_id") REFERENCES "public"."behaviours"("org_id","id") ON DELETE SET NULL ("behaviour_id");--> statement-breakpoint
ALTER TABLE "commitments" DROP CONSTRAINT "commitments_reviewed_in_fk";--> statement-breakpoint
ALTER TABLE "commitments" ADD CONSTRAINT "commitments_reviewed_in_fk" FOREIGN KEY ("org_id","reviewed_in_session_id") REFERENCES "public"."coaching_sessions"("org_id","id") ON DELETE SET NULL ("reviewed_in_session_id");
