-- One ALTER, so that the cases table is rewritten once (the generated columns are filled for every stored case).
ALTER TABLE "cases" ADD COLUMN "item_serial" text GENERATED ALWAYS AS (upper(regexp_replace((snapshot #>> '{context,item,serialNumber}'), '[[:space:]-]', '', 'g'))) STORED,
  ADD COLUMN "item_part" text GENERATED ALWAYS AS (upper(snapshot #>> '{context,item,partNumber}')) STORED,
  ADD COLUMN "claim_kind" text GENERATED ALWAYS AS ((snapshot #>> '{context,kind}')) STORED,
  ADD COLUMN "flag_codes" jsonb GENERATED ALWAYS AS (jsonb_path_query_array(snapshot, '$.context.flags[*].code')) STORED;--> statement-breakpoint
CREATE INDEX "cases_item_serial" ON "cases" USING btree ("item_serial");--> statement-breakpoint
CREATE INDEX "cases_item_part" ON "cases" USING btree ("item_part");--> statement-breakpoint
CREATE INDEX "cases_opened" ON "cases" USING btree ("opened_at","id");--> statement-breakpoint
-- The planner's figures for the new columns (PGlite has no autovacuum to gather them).
ANALYZE "cases";
