CREATE TABLE "analytics_extents" (
	"org_id" integer PRIMARY KEY NOT NULL,
	"data_through" date
);
--> statement-breakpoint
CREATE TABLE "deal_close_facts" (
	"org_id" integer NOT NULL,
	"opportunity_id" integer NOT NULL,
	"owner_id" integer NOT NULL,
	"outcome" text NOT NULL,
	"closed_on" date,
	"amount" numeric(16, 2),
	"start_on" date,
	"has_created" boolean NOT NULL,
	CONSTRAINT "deal_close_facts_org_id_opportunity_id_pk" PRIMARY KEY("org_id","opportunity_id")
);
--> statement-breakpoint
CREATE TABLE "rep_stage_months" (
	"org_id" integer NOT NULL,
	"month" date NOT NULL,
	"owner_id" integer NOT NULL,
	"stage_ord" smallint NOT NULL,
	"cohort" integer NOT NULL,
	"advanced" integer NOT NULL,
	"won" integer NOT NULL,
	CONSTRAINT "rep_stage_months_org_id_month_owner_id_stage_ord_pk" PRIMARY KEY("org_id","month","owner_id","stage_ord")
);
--> statement-breakpoint
ALTER TABLE "analytics_extents" ADD CONSTRAINT "analytics_extents_org_id_orgs_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."orgs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "deal_close_facts_closed_idx" ON "deal_close_facts" USING btree ("org_id","closed_on","owner_id","outcome","amount","start_on","has_created") WHERE outcome <> 'open';--> statement-breakpoint
CREATE INDEX "deal_close_facts_open_idx" ON "deal_close_facts" USING btree ("org_id","owner_id","amount","start_on") WHERE outcome = 'open';