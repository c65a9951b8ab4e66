CREATE TABLE "money_movements" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"payment_id" uuid NOT NULL,
	"contract_id" uuid,
	"kind" varchar(20) NOT NULL,
	"cause" varchar(40) NOT NULL,
	"decided_at" timestamp with time zone,
	"amount" numeric(19, 2) NOT NULL,
	"fee" numeric(19, 2) DEFAULT '0' NOT NULL,
	"currency" varchar(3) DEFAULT 'GBP' NOT NULL,
	"status" varchar(20) DEFAULT 'pending' NOT NULL,
	"destination" varchar(255),
	"sent_at" timestamp with time zone,
	"attempts" integer DEFAULT 0 NOT NULL,
	"blocked_reason" text,
	"last_error" text,
	"gateway_reference" varchar(255),
	"completed_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "money_movements_kind_check" CHECK ("money_movements"."kind" IN ('release', 'refund')),
	CONSTRAINT "money_movements_status_check" CHECK ("money_movements"."status" IN ('pending', 'succeeded', 'failed', 'canceled')),
	CONSTRAINT "money_movements_cause_check" CHECK ("money_movements"."cause" IN ('contract_completed', 'contract_terminated', 'dispute_decision')),
	CONSTRAINT "money_movements_decision_check" CHECK (("money_movements"."cause" = 'dispute_decision') = ("money_movements"."decided_at" IS NOT NULL)),
	CONSTRAINT "money_movements_currency_check" CHECK ("money_movements"."currency" ~ '^[A-Z]{3}$'),
	CONSTRAINT "money_movements_amount_check" CHECK ("money_movements"."amount" > 0),
	CONSTRAINT "money_movements_fee_check" CHECK ("money_movements"."fee" >= 0),
	CONSTRAINT "money_movements_fee_within_amount_check" CHECK ("money_movements"."fee" <= "money_movements"."amount" AND ("money_movements"."kind" = 'release' OR "money_movements"."fee" = 0)),
	CONSTRAINT "money_movements_completed_check" CHECK (("money_movements"."status" = 'succeeded') = ("money_movements"."gateway_reference" IS NOT NULL AND "money_movements"."completed_at" IS NOT NULL))
);
--> statement-breakpoint
ALTER TABLE "payments" DROP CONSTRAINT "payments_escrow_balance_check";--> statement-breakpoint
ALTER TABLE "reconciliation_issues" DROP CONSTRAINT "reconciliation_issues_kind_check";--> statement-breakpoint
ALTER TABLE "ledger_entries" ADD COLUMN "movement_id" uuid;--> statement-breakpoint
ALTER TABLE "payments" ADD COLUMN "reserved_amount" numeric(19, 2) DEFAULT '0' NOT NULL;--> statement-breakpoint
ALTER TABLE "payout_accounts" ADD COLUMN "stripe_state_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "money_movements" ADD CONSTRAINT "money_movements_payment_id_payments_id_fk" FOREIGN KEY ("payment_id") REFERENCES "public"."payments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "money_movements" ADD CONSTRAINT "money_movements_contract_id_contracts_id_fk" FOREIGN KEY ("contract_id") REFERENCES "public"."contracts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "idx_money_movements_gateway_reference" ON "money_movements" USING btree ("kind","gateway_reference");--> statement-breakpoint
CREATE INDEX "idx_money_movements_pending" ON "money_movements" USING btree ("contract_id") WHERE "money_movements"."status" = 'pending';--> statement-breakpoint
CREATE INDEX "idx_money_movements_payment_id" ON "money_movements" USING btree ("payment_id");--> statement-breakpoint
ALTER TABLE "ledger_entries" ADD CONSTRAINT "ledger_entries_movement_id_money_movements_id_fk" FOREIGN KEY ("movement_id") REFERENCES "public"."money_movements"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ledger_entries" ADD CONSTRAINT "ledger_entries_movement_id_unique" UNIQUE("movement_id");--> statement-breakpoint
ALTER TABLE "payments" ADD CONSTRAINT "payments_reserved_amount_check" CHECK ("payments"."reserved_amount" >= 0);--> statement-breakpoint
ALTER TABLE "payments" ADD CONSTRAINT "payments_escrow_balance_check" CHECK ("payments"."released_amount" + "payments"."refunded_amount" + "payments"."reserved_amount" <= "payments"."amount");--> statement-breakpoint
ALTER TABLE "reconciliation_issues" ADD CONSTRAINT "reconciliation_issues_kind_check" CHECK ("reconciliation_issues"."kind" IN ('decision_shortfall', 'movement_failed', 'missing_at_gateway', 'missing_locally', 'amount_mismatch', 'status_mismatch', 'transfer_mismatch'));