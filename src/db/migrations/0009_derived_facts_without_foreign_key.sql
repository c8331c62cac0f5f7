ALTER TABLE "deal_stage_facts" DROP CONSTRAINT "deal_stage_facts_opportunity_fk";
