CREATE TABLE "ledger_entries" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"payment_id" uuid NOT NULL,
	"contract_id" uuid,
	"organization_id" uuid NOT NULL,
	"kind" varchar(20) NOT NULL,
	"amount" numeric(19, 2) NOT NULL,
	"fee" numeric(19, 2) DEFAULT '0' NOT NULL,
	"currency" varchar(3) DEFAULT 'GBP' NOT NULL,
	"reference" varchar(255) NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "ledger_entries_kind_reference_unique" UNIQUE("kind","reference"),
	CONSTRAINT "ledger_entries_kind_check" CHECK ("ledger_entries"."kind" IN ('capture', 'release', 'refund')),
	CONSTRAINT "ledger_entries_currency_check" CHECK ("ledger_entries"."currency" ~ '^[A-Z]{3}$'),
	CONSTRAINT "ledger_entries_amount_check" CHECK ("ledger_entries"."amount" > 0),
	CONSTRAINT "ledger_entries_fee_check" CHECK ("ledger_entries"."fee" >= 0),
	CONSTRAINT "ledger_entries_fee_within_amount_check" CHECK ("ledger_entries"."fee" <= "ledger_entries"."amount")
);
--> statement-breakpoint
CREATE TABLE "payout_accounts" (
	"user_id" uuid PRIMARY KEY NOT NULL,
	"gateway" varchar(20) NOT NULL,
	"stripe_account_id" varchar(255) NOT NULL,
	"details_submitted" boolean DEFAULT false NOT NULL,
	"payouts_enabled" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "payout_accounts_stripe_account_id_unique" UNIQUE("stripe_account_id"),
	CONSTRAINT "payout_accounts_gateway_check" CHECK ("payout_accounts"."gateway" IN ('stripe', 'demo'))
);
--> statement-breakpoint
CREATE TABLE "reconciliation_issues" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"payment_id" uuid,
	"contract_id" uuid,
	"kind" varchar(50) NOT NULL,
	"details" jsonb NOT NULL,
	"detected_at" timestamp with time zone DEFAULT now() NOT NULL,
	"resolved_at" timestamp with time zone,
	"resolved_by" uuid,
	"note" text,
	CONSTRAINT "reconciliation_issues_kind_check" CHECK ("reconciliation_issues"."kind" IN ('missing_at_gateway', 'missing_locally', 'amount_mismatch', 'status_mismatch', 'transfer_mismatch'))
);
--> statement-breakpoint
ALTER TABLE "payments" ADD COLUMN "gateway" varchar(20) DEFAULT 'stripe' NOT NULL;--> statement-breakpoint
ALTER TABLE "payments" ADD COLUMN "milestone_index" integer;--> statement-breakpoint
ALTER TABLE "payments" ADD COLUMN "stripe_charge_id" varchar(255);--> statement-breakpoint
ALTER TABLE "payments" ADD COLUMN "stripe_transfer_id" varchar(255);--> statement-breakpoint
ALTER TABLE "payments" ADD COLUMN "released_amount" numeric(19, 2) DEFAULT '0' NOT NULL;--> statement-breakpoint
ALTER TABLE "payments" ADD COLUMN "refunded_amount" numeric(19, 2) DEFAULT '0' NOT NULL;--> statement-breakpoint
ALTER TABLE "payments" ADD COLUMN "platform_fee" numeric(19, 2) DEFAULT '0' NOT NULL;--> statement-breakpoint
ALTER TABLE "payments" ADD COLUMN "release_blocked_reason" text;--> statement-breakpoint
ALTER TABLE "payments" ADD COLUMN "release_requested_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "payments" ADD COLUMN "status_before_dispute" varchar(50);--> statement-breakpoint
ALTER TABLE "payments" ADD COLUMN "stripe_state_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "payments" ADD COLUMN "authorized_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "payments" ADD COLUMN "captured_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "payments" ADD COLUMN "refunded_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "ledger_entries" ADD CONSTRAINT "ledger_entries_payment_id_payments_id_fk" FOREIGN KEY ("payment_id") REFERENCES "public"."payments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ledger_entries" ADD CONSTRAINT "ledger_entries_contract_id_contracts_id_fk" FOREIGN KEY ("contract_id") REFERENCES "public"."contracts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ledger_entries" ADD CONSTRAINT "ledger_entries_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "payout_accounts" ADD CONSTRAINT "payout_accounts_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reconciliation_issues" ADD CONSTRAINT "reconciliation_issues_payment_id_payments_id_fk" FOREIGN KEY ("payment_id") REFERENCES "public"."payments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reconciliation_issues" ADD CONSTRAINT "reconciliation_issues_contract_id_contracts_id_fk" FOREIGN KEY ("contract_id") REFERENCES "public"."contracts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reconciliation_issues" ADD CONSTRAINT "reconciliation_issues_resolved_by_users_id_fk" FOREIGN KEY ("resolved_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "idx_ledger_entries_payment_id" ON "ledger_entries" USING btree ("payment_id");--> statement-breakpoint
CREATE INDEX "idx_ledger_entries_contract_id" ON "ledger_entries" USING btree ("contract_id");--> statement-breakpoint
CREATE INDEX "idx_ledger_entries_organization_id" ON "ledger_entries" USING btree ("organization_id");--> statement-breakpoint
CREATE INDEX "idx_reconciliation_issues_open" ON "reconciliation_issues" USING btree ("detected_at") WHERE "reconciliation_issues"."resolved_at" IS NULL;--> statement-breakpoint
CREATE UNIQUE INDEX "idx_payments_contract_milestone" ON "payments" USING btree ("contract_id","milestone_index") WHERE "payments"."status" NOT IN ('failed');--> statement-breakpoint
CREATE UNIQUE INDEX "idx_payments_stripe_charge_id" ON "payments" USING btree ("stripe_charge_id");--> statement-breakpoint
CREATE UNIQUE INDEX "idx_payments_stripe_transfer_id" ON "payments" USING btree ("stripe_transfer_id");--> statement-breakpoint
ALTER TABLE "payments" ADD CONSTRAINT "payments_gateway_check" CHECK ("payments"."gateway" IN ('stripe', 'demo'));--> statement-breakpoint
ALTER TABLE "payments" ADD CONSTRAINT "payments_status_before_dispute_check" CHECK ("payments"."status_before_dispute" IN ('pending', 'authorized', 'captured', 'released', 'failed', 'refunded', 'disputed'));--> statement-breakpoint
ALTER TABLE "payments" ADD CONSTRAINT "payments_released_amount_check" CHECK ("payments"."released_amount" >= 0);--> statement-breakpoint
ALTER TABLE "payments" ADD CONSTRAINT "payments_refunded_amount_check" CHECK ("payments"."refunded_amount" >= 0);--> statement-breakpoint
ALTER TABLE "payments" ADD CONSTRAINT "payments_platform_fee_check" CHECK ("payments"."platform_fee" >= 0);--> statement-breakpoint
ALTER TABLE "payments" ADD CONSTRAINT "payments_escrow_balance_check" CHECK ("payments"."released_amount" + "payments"."refunded_amount" <= "payments"."amount");--> statement-breakpoint
ALTER TABLE "payments" ADD CONSTRAINT "payments_platform_fee_within_release_check" CHECK ("payments"."platform_fee" <= "payments"."released_amount");--> statement-breakpoint
ALTER TABLE "payments" ADD CONSTRAINT "payments_milestone_index_check" CHECK ("payments"."milestone_index" >= 0);--> statement-breakpoint
-- Payments written before the ledger existed: settled amounts and their ledger movements.
UPDATE "payments" SET "released_amount" = "amount", "captured_at" = coalesce("captured_at", "created_at") WHERE "status" = 'released';--> statement-breakpoint
UPDATE "payments" SET "refunded_amount" = "amount", "captured_at" = coalesce("captured_at", "created_at"), "refunded_at" = "updated_at" WHERE "status" = 'refunded';--> statement-breakpoint
UPDATE "payments" SET "captured_at" = coalesce("captured_at", "created_at") WHERE "status" IN ('captured', 'disputed');--> statement-breakpoint
INSERT INTO "ledger_entries" ("payment_id", "contract_id", "organization_id", "kind", "amount", "currency", "reference", "created_at")
SELECT "id", "contract_id", "payer_id", 'capture', "amount", "currency", 'backfill:' || "id", "captured_at"
FROM "payments" WHERE "status" IN ('captured', 'released', 'refunded', 'disputed') AND "amount" > 0;--> statement-breakpoint
INSERT INTO "ledger_entries" ("payment_id", "contract_id", "organization_id", "kind", "amount", "currency", "reference", "created_at")
SELECT "id", "contract_id", "payer_id", 'release', "amount", "currency", 'backfill:' || "id", coalesce("escrow_released_at", "updated_at")
FROM "payments" WHERE "status" = 'released' AND "amount" > 0;--> statement-breakpoint
INSERT INTO "ledger_entries" ("payment_id", "contract_id", "organization_id", "kind", "amount", "currency", "reference", "created_at")
SELECT "id", "contract_id", "payer_id", 'refund', "amount", "currency", 'backfill:' || "id", "refunded_at"
FROM "payments" WHERE "status" = 'refunded' AND "amount" > 0;
