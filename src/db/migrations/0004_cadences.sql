CREATE TABLE "cadence_occurrences" (
	"org_id" integer NOT NULL,
	"cadence_id" integer NOT NULL,
	"occurs_on" date NOT NULL,
	"session_id" integer NOT NULL,
	CONSTRAINT "cadence_occurrences_org_id_cadence_id_occurs_on_pk" PRIMARY KEY("org_id","cadence_id","occurs_on")
);
--> statement-breakpoint
CREATE TABLE "cadences" (
	"org_id" integer NOT NULL,
	"id" integer GENERATED ALWAYS AS IDENTITY (sequence name "cadences_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"manager_id" integer NOT NULL,
	"rep_id" integer,
	"kind" text NOT NULL,
	"weekday" smallint NOT NULL,
	"local_time" time NOT NULL,
	"time_zone" text DEFAULT 'UTC' NOT NULL,
	"every_weeks" smallint DEFAULT 1 NOT NULL,
	"duration_min" integer NOT NULL,
	"starts_on" date NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "cadences_org_id_id_pk" PRIMARY KEY("org_id","id"),
	CONSTRAINT "cadences_weekday_ck" CHECK ("cadences"."weekday" BETWEEN 1 AND 7),
	CONSTRAINT "cadences_every_weeks_ck" CHECK ("cadences"."every_weeks" BETWEEN 1 AND 12),
	CONSTRAINT "cadences_duration_ck" CHECK ("cadences"."duration_min" BETWEEN 5 AND 480),
	CONSTRAINT "cadences_rep_ck" CHECK (("cadences"."kind" = 'team_skill') = ("cadences"."rep_id" IS NULL))
);
--> statement-breakpoint
CREATE TABLE "calendar_feeds" (
	"org_id" integer NOT NULL,
	"id" integer GENERATED ALWAYS AS IDENTITY (sequence name "calendar_feeds_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"user_id" integer NOT NULL,
	"person_id" integer NOT NULL,
	"token_hash" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"revoked_at" timestamp with time zone,
	CONSTRAINT "calendar_feeds_org_id_id_pk" PRIMARY KEY("org_id","id")
);
--> statement-breakpoint
CREATE TABLE "time_entries" (
	"org_id" integer NOT NULL,
	"manager_id" integer NOT NULL,
	"week_start" date NOT NULL,
	"category" text NOT NULL,
	"hours" numeric(5, 2) NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "time_entries_org_id_manager_id_week_start_category_pk" PRIMARY KEY("org_id","manager_id","week_start","category"),
	CONSTRAINT "time_entries_hours_ck" CHECK ("time_entries"."hours" >= 0 AND "time_entries"."hours" <= 168),
	CONSTRAINT "time_entries_monday_ck" CHECK (EXTRACT(ISODOW FROM "time_entries"."week_start") = 1)
);
--> statement-breakpoint
ALTER TABLE "cadence_occurrences" ADD CONSTRAINT "cadence_occurrences_cadence_fk" FOREIGN KEY ("org_id","cadence_id") REFERENCES "public"."cadences"("org_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cadence_occurrences" ADD CONSTRAINT "cadence_occurrences_session_fk" FOREIGN KEY ("org_id","session_id") REFERENCES "public"."coaching_sessions"("org_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cadences" ADD CONSTRAINT "cadences_org_id_orgs_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."orgs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cadences" ADD CONSTRAINT "cadences_manager_fk" FOREIGN KEY ("org_id","manager_id") REFERENCES "public"."people"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cadences" ADD CONSTRAINT "cadences_rep_fk" FOREIGN KEY ("org_id","rep_id") REFERENCES "public"."people"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "calendar_feeds" ADD CONSTRAINT "calendar_feeds_org_id_orgs_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."orgs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "calendar_feeds" ADD CONSTRAINT "calendar_feeds_user_fk" FOREIGN KEY ("org_id","user_id") REFERENCES "public"."users"("org_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "calendar_feeds" ADD CONSTRAINT "calendar_feeds_person_fk" FOREIGN KEY ("org_id","person_id") REFERENCES "public"."people"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "time_entries" ADD CONSTRAINT "time_entries_manager_fk" FOREIGN KEY ("org_id","manager_id") REFERENCES "public"."people"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "cadence_occurrences_session_uq" ON "cadence_occurrences" USING btree ("org_id","session_id");--> statement-breakpoint
CREATE INDEX "cadences_org_manager_idx" ON "cadences" USING btree ("org_id","manager_id");--> statement-breakpoint
CREATE UNIQUE INDEX "calendar_feeds_hash_uq" ON "calendar_feeds" USING btree ("token_hash");