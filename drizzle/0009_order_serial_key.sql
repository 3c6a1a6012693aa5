DROP INDEX "order_items_serial";--> statement-breakpoint
CREATE INDEX "order_items_serial_key" ON "order_items" USING btree (upper(regexp_replace("serial_number", '[[:space:]-]', '', 'g')));