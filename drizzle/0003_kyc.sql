CREATE TABLE "kyc_checks" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"provider" varchar(50) NOT NULL,
	"reference" varchar(255),
	"status" varchar(50) DEFAULT 'pending' NOT NULL,
	"submitted_by" uuid,
	"decided_by" uuid,
	"decided_at" timestamp with time zone,
	"decision_reason" text,
	"result" jsonb,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "kyc_checks_provider_reference_unique" UNIQUE("provider","reference"),
	CONSTRAINT "kyc_checks_provider_check" CHECK ("kyc_checks"."provider" IN ('manual', 'onfido', 'trulioo')),
	CONSTRAINT "kyc_checks_status_check" CHECK ("kyc_checks"."status" IN ('pending', 'approved', 'rejected')),
	CONSTRAINT "kyc_checks_decision_check" CHECK (("kyc_checks"."status" = 'pending') = ("kyc_checks"."decided_at" IS NULL))
);
--> statement-breakpoint
CREATE TABLE "kyc_documents" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"check_id" uuid NOT NULL,
	"kind" varchar(50) NOT NULL,
	"storage_key" varchar(500) NOT NULL,
	"file_name" varchar(255) NOT NULL,
	"content_type" varchar(100) NOT NULL,
	"size_bytes" bigint NOT NULL,
	"uploaded_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "kyc_documents_storage_key_unique" UNIQUE("storage_key"),
	CONSTRAINT "kyc_documents_kind_check" CHECK ("kyc_documents"."kind" IN ('certificate_of_incorporation', 'proof_of_address', 'director_id', 'other')),
	CONSTRAINT "kyc_documents_size_bytes_check" CHECK ("kyc_documents"."size_bytes" > 0)
);
--> statement-breakpoint
CREATE TABLE "kyc_webhook_events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"provider" varchar(50) NOT NULL,
	"event_id" varchar(255) NOT NULL,
	"payload" jsonb NOT NULL,
	"received_at" timestamp with time zone DEFAULT now() NOT NULL,
	"processed_at" timestamp with time zone,
	"error" text,
	CONSTRAINT "kyc_webhook_events_provider_event_unique" UNIQUE("provider","event_id"),
	CONSTRAINT "kyc_webhook_events_provider_check" CHECK ("kyc_webhook_events"."provider" IN ('manual', 'onfido', 'trulioo'))
);
--> statement-breakpoint
ALTER TABLE "kyc_checks" ADD CONSTRAINT "kyc_checks_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "kyc_checks" ADD CONSTRAINT "kyc_checks_submitted_by_users_id_fk" FOREIGN KEY ("submitted_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "kyc_checks" ADD CONSTRAINT "kyc_checks_decided_by_users_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "kyc_documents" ADD CONSTRAINT "kyc_documents_check_id_kyc_checks_id_fk" FOREIGN KEY ("check_id") REFERENCES "public"."kyc_checks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "kyc_documents" ADD CONSTRAINT "kyc_documents_uploaded_by_users_id_fk" FOREIGN KEY ("uploaded_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "idx_kyc_checks_organization_id" ON "kyc_checks" USING btree ("organization_id","created_at" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "idx_kyc_checks_pending" ON "kyc_checks" USING btree ("created_at") WHERE "kyc_checks"."status" = 'pending';--> statement-breakpoint
CREATE INDEX "idx_kyc_documents_check_id" ON "kyc_documents" USING btree ("check_id");