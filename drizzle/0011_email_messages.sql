CREATE TABLE "email_messages" (
	"message_id" text PRIMARY KEY NOT NULL,
	"case_ref" text NOT NULL,
	"direction" text NOT NULL,
	"outbox_id" bigint,
	"subject" text,
	"at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE INDEX "email_messages_case" ON "email_messages" USING btree ("case_ref","at");--> statement-breakpoint
CREATE UNIQUE INDEX "email_messages_outbox" ON "email_messages" USING btree ("outbox_id");