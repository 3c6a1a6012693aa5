CREATE TABLE "evidence" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"case_id" integer NOT NULL,
	"attachment_id" integer NOT NULL,
	"platform" text NOT NULL,
	"file_id" text,
	"url" text NOT NULL,
	"name" text NOT NULL,
	"claimed_type" text NOT NULL,
	"claimed_size" integer NOT NULL,
	"purpose" text NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"sha256" text,
	"size" integer,
	"detected_type" text,
	"storage_key" text,
	"preview_key" text,
	"error" text,
	"attempts" integer DEFAULT 0 NOT NULL,
	"next_attempt_at" timestamp with time zone,
	"lease_until" timestamp with time zone,
	"created_at" timestamp with time zone NOT NULL,
	"stored_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "evidence" ADD CONSTRAINT "evidence_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evidence" ADD CONSTRAINT "evidence_attachment_id_attachments_id_fk" FOREIGN KEY ("attachment_id") REFERENCES "public"."attachments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "evidence_case" ON "evidence" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "evidence_pending" ON "evidence" USING btree ("id") WHERE status = 'pending';