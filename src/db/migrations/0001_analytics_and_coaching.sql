CREATE TABLE "deal_stage_facts" (
	"org_id" integer NOT NULL,
	"opportunity_id" integer NOT NULL,
	"stage_ord" smallint NOT NULL,
	"stage_id" integer NOT NULL,
	"owner_id" integer NOT NULL,
	"reached_on" date NOT NULL,
	"advanced_on" date,
	"won_on" date,
	"entered_on" date,
	"exited_on" date,
	CONSTRAINT "deal_stage_facts_org_id_opportunity_id_stage_ord_pk" PRIMARY KEY("org_id","opportunity_id","stage_ord")
);
--> statement-breakpoint
CREATE TABLE "coaching_sessions" (
	"org_id" integer NOT NULL,
	"id" integer GENERATED ALWAYS AS IDENTITY (sequence name "coaching_sessions_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"manager_id" integer NOT NULL,
	"kind" text NOT NULL,
	"rep_id" integer,
	"opportunity_id" integer,
	"scheduled_at" timestamp with time zone,
	"held_at" timestamp with time zone,
	"duration_min" integer,
	"status" text NOT NULL,
	"stage_id" integer,
	"behaviour_id" integer,
	"prepare" text,
	"affirm" text,
	"understand" text,
	"specify" text,
	"embed" text,
	"private_note" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "coaching_sessions_org_id_id_pk" PRIMARY KEY("org_id","id")
);
--> statement-breakpoint
CREATE TABLE "commitments" (
	"org_id" integer NOT NULL,
	"id" integer GENERATED ALWAYS AS IDENTITY (sequence name "commitments_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"session_id" integer NOT NULL,
	"rep_id" integer NOT NULL,
	"behaviour_id" integer,
	"text" text NOT NULL,
	"due_on" date NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"reviewed_in_session_id" integer,
	"reviewed_at" timestamp with time zone,
	"review_note" text,
	CONSTRAINT "commitments_org_id_id_pk" PRIMARY KEY("org_id","id")
);
--> statement-breakpoint
CREATE TABLE "observations" (
	"org_id" integer NOT NULL,
	"id" integer GENERATED ALWAYS AS IDENTITY (sequence name "observations_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"rep_id" integer NOT NULL,
	"observer_id" integer NOT NULL,
	"behaviour_id" integer NOT NULL,
	"rating" smallint NOT NULL,
	"evidence" text DEFAULT '' NOT NULL,
	"source" text NOT NULL,
	"observed_at" date NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "observations_org_id_id_pk" PRIMARY KEY("org_id","id"),
	CONSTRAINT "observations_rating_ck" CHECK ("observations"."rating" BETWEEN 1 AND 4)
);
--> statement-breakpoint
ALTER TABLE "orgs" ADD COLUMN "data_version" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "deal_stage_facts" ADD CONSTRAINT "deal_stage_facts_opportunity_fk" FOREIGN KEY ("org_id","opportunity_id") REFERENCES "public"."opportunities"("org_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coaching_sessions" ADD CONSTRAINT "coaching_sessions_manager_fk" FOREIGN KEY ("org_id","manager_id") REFERENCES "public"."people"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coaching_sessions" ADD CONSTRAINT "coaching_sessions_rep_fk" FOREIGN KEY ("org_id","rep_id") REFERENCES "public"."people"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coaching_sessions" ADD CONSTRAINT "coaching_sessions_opportunity_fk" FOREIGN KEY ("org_id","opportunity_id") REFERENCES "public"."opportunities"("org_id","id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coaching_sessions" ADD CONSTRAINT "coaching_sessions_stage_fk" FOREIGN KEY ("org_id","stage_id") REFERENCES "public"."stages"("org_id","id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coaching_sessions" ADD CONSTRAINT "coaching_sessions_behaviour_fk" FOREIGN KEY ("org_id","behaviour_id") REFERENCES "public"."behaviours"("org_id","id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "commitments" ADD CONSTRAINT "commitments_session_fk" FOREIGN KEY ("org_id","session_id") REFERENCES "public"."coaching_sessions"("org_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "commitments" ADD CONSTRAINT "commitments_rep_fk" FOREIGN KEY ("org_id","rep_id") REFERENCES "public"."people"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "commitments" ADD CONSTRAINT "commitments_behaviour_fk" FOREIGN KEY ("org_id","behaviour_id") REFERENCES "public"."behaviours"("org_id","id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "commitments" ADD CONSTRAINT "commitments_reviewed_in_fk" FOREIGN KEY ("org_id","reviewed_in_session_id") REFERENCES "public"."coaching_sessions"("org_id","id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "observations" ADD CONSTRAINT "observations_rep_fk" FOREIGN KEY ("org_id","rep_id") REFERENCES "public"."people"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "observations" ADD CONSTRAINT "observations_observer_fk" FOREIGN KEY ("org_id","observer_id") REFERENCES "public"."people"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "observations" ADD CONSTRAINT "observations_behaviour_fk" FOREIGN KEY ("org_id","behaviour_id") REFERENCES "public"."behaviours"("org_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "deal_stage_facts_org_reached_idx" ON "deal_stage_facts" USING btree ("org_id","reached_on","owner_id","stage_ord","advanced_on","won_on");--> statement-breakpoint
CREATE INDEX "deal_stage_facts_org_owner_idx" ON "deal_stage_facts" USING btree ("org_id","owner_id","reached_on");--> statement-breakpoint
CREATE INDEX "coaching_sessions_org_rep_idx" ON "coaching_sessions" USING btree ("org_id","rep_id","held_at");--> statement-breakpoint
CREATE INDEX "coaching_sessions_org_manager_idx" ON "coaching_sessions" USING btree ("org_id","manager_id","scheduled_at");--> statement-breakpoint
CREATE INDEX "commitments_org_rep_idx" ON "commitments" USING btree ("org_id","rep_id","status","due_on");--> statement-breakpoint
CREATE INDEX "observations_org_rep_idx" ON "observations" USING btree ("org_id","rep_id","behaviour_id","observed_at");--> statement-breakpoint
CREATE INDEX "activities_org_at_idx" ON "activities" USING btree ("org_id","occurred_at");