CREATE TABLE "deal_snoozes" (
	"org_id" integer NOT NULL,
	"opportunity_id" integer NOT NULL,
	"until" date NOT NULL,
	"reason" text NOT NULL,
	"created_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "deal_snoozes_org_id_opportunity_id_pk" PRIMARY KEY("org_id","opportunity_id"),
	CONSTRAINT "deal_snoozes_reason_ck" CHECK (length("deal_snoozes"."reason") BETWEEN 1 AND 500)
);
--> statement-breakpoint
CREATE TABLE "stall_thresholds" (
	"org_id" integer NOT NULL,
	"id" integer GENERATED ALWAYS AS IDENTITY (sequence name "stall_thresholds_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"stage_id" integer,
	"days_in_stage_max" integer,
	"engage_days_max" integer,
	"inactive_days" integer,
	"close_pushes_min" integer,
	"engaged_min" integer,
	"late_stage" boolean,
	"updated_by" integer,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "stall_thresholds_org_id_id_pk" PRIMARY KEY("org_id","id"),
	CONSTRAINT "stall_thresholds_stage_uq" UNIQUE NULLS NOT DISTINCT("org_id","stage_id"),
	CONSTRAINT "stall_thresholds_positive_ck" CHECK (coalesce("stall_thresholds"."days_in_stage_max", 1) >= 1 AND coalesce("stall_thresholds"."engage_days_max", 1) >= 1
    AND coalesce("stall_thresholds"."inactive_days", 1) >= 1 AND coalesce("stall_thresholds"."close_pushes_min", 1) >= 1 AND coalesce("stall_thresholds"."engaged_min", 1) >= 1)
);
--> statement-breakpoint
ALTER TABLE "deal_snoozes" ADD CONSTRAINT "deal_snoozes_org_id_orgs_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."orgs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "deal_snoozes" ADD CONSTRAINT "deal_snoozes_opportunity_fk" FOREIGN KEY ("org_id","opportunity_id") REFERENCES "public"."opportunities"("org_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "deal_snoozes" ADD CONSTRAINT "deal_snoozes_created_by_fk" FOREIGN KEY ("org_id","created_by") REFERENCES "public"."users"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "stall_thresholds" ADD CONSTRAINT "stall_thresholds_org_id_orgs_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."orgs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "stall_thresholds" ADD CONSTRAINT "stall_thresholds_stage_fk" FOREIGN KEY ("org_id","stage_id") REFERENCES "public"."stages"("org_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "stall_thresholds" ADD CONSTRAINT "stall_thresholds_updated_by_fk" FOREIGN KEY ("org_id","updated_by") REFERENCES "public"."users"("org_id","id") ON DELETE no action ON UPDATE no action;