-- Deal innovation (SPEC §4.10, docs/innovation.md): co-creation sessions, their ideas and next steps,
-- the innovation library with a generated full-text column (ADR 011), and reuses. Composite SET NULL
-- keys name the column to clear, as in 0005.
CREATE TABLE "co_creation_ideas" (
	"org_id" integer NOT NULL,
	"id" integer GENERATED ALWAYS AS IDENTITY (sequence name "co_creation_ideas_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"session_id" integer NOT NULL,
	"lens" text NOT NULL,
	"text" text NOT NULL,
	"chosen" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "co_creation_ideas_org_id_id_pk" PRIMARY KEY("org_id","id"),
	CONSTRAINT "co_creation_ideas_text_ck" CHECK (length("co_creation_ideas"."text") BETWEEN 1 AND 2000)
);
--> statement-breakpoint
CREATE TABLE "co_creation_next_steps" (
	"org_id" integer NOT NULL,
	"commitment_id" integer NOT NULL,
	"idea_id" integer NOT NULL,
	CONSTRAINT "co_creation_next_steps_org_id_commitment_id_pk" PRIMARY KEY("org_id","commitment_id")
);
--> statement-breakpoint
CREATE TABLE "co_creations" (
	"org_id" integer NOT NULL,
	"session_id" integer NOT NULL,
	"opportunity_id" integer NOT NULL,
	"step" text DEFAULT 'investigate' NOT NULL,
	"obstacle_category" text,
	"obstacle" text,
	"decision" text,
	"outcome_result" text,
	"outcome_note" text,
	"outcome_on" date,
	"outcome_by" integer,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "co_creations_org_id_session_id_pk" PRIMARY KEY("org_id","session_id")
);
--> statement-breakpoint
CREATE TABLE "innovation_uses" (
	"org_id" integer NOT NULL,
	"id" integer GENERATED ALWAYS AS IDENTITY (sequence name "innovation_uses_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"innovation_id" integer NOT NULL,
	"opportunity_id" integer NOT NULL,
	"session_id" integer,
	"used_by" integer,
	"used_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "innovation_uses_org_id_id_pk" PRIMARY KEY("org_id","id"),
	CONSTRAINT "innovation_uses_deal_uq" UNIQUE("org_id","innovation_id","opportunity_id")
);
--> statement-breakpoint
CREATE TABLE "innovations" (
	"org_id" integer NOT NULL,
	"id" integer GENERATED ALWAYS AS IDENTITY (sequence name "innovations_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"title" text NOT NULL,
	"segment" text,
	"obstacle_category" text NOT NULL,
	"situation" text NOT NULL,
	"approach" text NOT NULL,
	"lesson" text NOT NULL,
	"result" text NOT NULL,
	"source_opportunity_id" integer,
	"source_session_id" integer,
	"author_id" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"search" "tsvector" GENERATED ALWAYS AS (setweight(to_tsvector('english'::regconfig, coalesce(title, '')), 'A')
    || setweight(to_tsvector('english'::regconfig, coalesce(situation, '') || ' ' || coalesce(approach, '')), 'B')
    || setweight(to_tsvector('english'::regconfig, coalesce(lesson, '')), 'C')) STORED NOT NULL,
	CONSTRAINT "innovations_org_id_id_pk" PRIMARY KEY("org_id","id")
);
--> statement-breakpoint
ALTER TABLE "co_creation_ideas" ADD CONSTRAINT "co_creation_ideas_session_fk" FOREIGN KEY ("org_id","session_id") REFERENCES "public"."co_creations"("org_id","session_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "co_creation_next_steps" ADD CONSTRAINT "co_creation_next_steps_commitment_fk" FOREIGN KEY ("org_id","commitment_id") REFERENCES "public"."commitments"("org_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "co_creation_next_steps" ADD CONSTRAINT "co_creation_next_steps_idea_fk" FOREIGN KEY ("org_id","idea_id") REFERENCES "public"."co_creation_ideas"("org_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "co_creations" ADD CONSTRAINT "co_creations_session_fk" FOREIGN KEY ("org_id","session_id") REFERENCES "public"."coaching_sessions"("org_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "co_creations" ADD CONSTRAINT "co_creations_opportunity_fk" FOREIGN KEY ("org_id","opportunity_id") REFERENCES "public"."opportunities"("org_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "co_creations" ADD CONSTRAINT "co_creations_outcome_by_fk" FOREIGN KEY ("org_id","outcome_by") REFERENCES "public"."people"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "innovation_uses" ADD CONSTRAINT "innovation_uses_innovation_fk" FOREIGN KEY ("org_id","innovation_id") REFERENCES "public"."innovations"("org_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "innovation_uses" ADD CONSTRAINT "innovation_uses_opportunity_fk" FOREIGN KEY ("org_id","opportunity_id") REFERENCES "public"."opportunities"("org_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "innovation_uses" ADD CONSTRAINT "innovation_uses_session_fk" FOREIGN KEY ("org_id","session_id") REFERENCES "public"."coaching_sessions"("org_id","id") ON DELETE SET NULL ("session_id") ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "innovation_uses" ADD CONSTRAINT "innovation_uses_used_by_fk" FOREIGN KEY ("org_id","used_by") REFERENCES "public"."people"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "innovations" ADD CONSTRAINT "innovations_source_opportunity_fk" FOREIGN KEY ("org_id","source_opportunity_id") REFERENCES "public"."opportunities"("org_id","id") ON DELETE SET NULL ("source_opportunity_id") ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "innovations" ADD CONSTRAINT "innovations_source_session_fk" FOREIGN KEY ("org_id","source_session_id") REFERENCES "public"."coaching_sessions"("org_id","id") ON DELETE SET NULL ("source_session_id") ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "innovations" ADD CONSTRAINT "innovations_author_fk" FOREIGN KEY ("org_id","author_id") REFERENCES "public"."people"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "co_creation_ideas_session_idx" ON "co_creation_ideas" USING btree ("org_id","session_id");--> statement-breakpoint
CREATE INDEX "co_creation_next_steps_idea_idx" ON "co_creation_next_steps" USING btree ("org_id","idea_id");--> statement-breakpoint
CREATE INDEX "co_creations_org_opportunity_idx" ON "co_creations" USING btree ("org_id","opportunity_id");--> statement-breakpoint
CREATE INDEX "innovations_search_idx" ON "innovations" USING gin ("search");--> statement-breakpoint
CREATE INDEX "innovations_org_segment_idx" ON "innovations" USING btree ("org_id","segment","obstacle_category");--> statement-breakpoint
CREATE UNIQUE INDEX "innovations_source_session_uq" ON "innovations" USING btree ("org_id","source_session_id");