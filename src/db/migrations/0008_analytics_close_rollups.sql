CREATE TABLE "rep_close_months" (
	"org_id" integer NOT NULL,
	"month" date NOT NULL,
	"owner_id" integer NOT NULL,
	"won" integer NOT NULL,
	"lost" integer NOT NULL,
	"no_decision" integer NOT NULL,
	"won_amount" numeric(20, 2) NOT NULL,
	"won_unknown" integer NOT NULL,
	"closed_amount" numeric(20, 2) NOT NULL,
	"closed_unknown" integer NOT NULL,
	CONSTRAINT "rep_close_months_org_id_month_owner_id_pk" PRIMARY KEY("org_id","month","owner_id")
);
--> statement-breakpoint
CREATE TABLE "rep_open_deals" (
	"org_id" integer NOT NULL,
	"owner_id" integer NOT NULL,
	"open_count" integer NOT NULL,
	"open_amount" numeric(20, 2) NOT NULL,
	"open_unknown" integer NOT NULL,
	CONSTRAINT "rep_open_deals_org_id_owner_id_pk" PRIMARY KEY("org_id","owner_id")
);
--> statement-breakpoint
CREATE INDEX "deal_close_facts_won_idx" ON "deal_close_facts" USING btree ("org_id","closed_on","owner_id","start_on","has_created") WHERE outcome = 'won';