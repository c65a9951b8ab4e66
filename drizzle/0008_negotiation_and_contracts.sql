ALTER TABLE "offers" ALTER COLUMN "counter_by" SET DEFAULT 'brand';--> statement-breakpoint
-- counter_by now always names the side of the latest proposal; offers without one were opened by the brand.
UPDATE "offers" SET "counter_by" = 'brand' WHERE "counter_by" IS NULL;--> statement-breakpoint
ALTER TABLE "offers" ALTER COLUMN "counter_by" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "campaigns" ADD COLUMN "status_before_dispute" varchar(50);--> statement-breakpoint
ALTER TABLE "offers" ADD COLUMN "initiated_by" varchar(50) DEFAULT 'brand' NOT NULL;--> statement-breakpoint
ALTER TABLE "offers" ADD COLUMN "created_by" uuid;--> statement-breakpoint
ALTER TABLE "offers" ADD COLUMN "expiry_warned_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "offers" ADD COLUMN "rejection_reason" text;--> statement-breakpoint
ALTER TABLE "contracts" ADD COLUMN "content_hash" varchar(64) DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "contracts" ADD COLUMN "activated_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "contracts" ADD COLUMN "completed_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "contracts" ADD COLUMN "terminated_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "contracts" ADD COLUMN "termination_requested_by" varchar(50);--> statement-breakpoint
ALTER TABLE "contracts" ADD COLUMN "status_before_dispute" varchar(50);--> statement-breakpoint
ALTER TABLE "offers" ADD CONSTRAINT "offers_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "idx_offers_open_expiry" ON "offers" USING btree ("expires_at") WHERE "offers"."status" IN ('pending', 'counter');--> statement-breakpoint
ALTER TABLE "campaigns" ADD CONSTRAINT "campaigns_status_before_dispute_check" CHECK ("campaigns"."status_before_dispute" IN ('draft', 'published', 'active', 'paused', 'completed', 'disputed', 'cancelled'));--> statement-breakpoint
ALTER TABLE "offers" ADD CONSTRAINT "offers_initiated_by_check" CHECK ("offers"."initiated_by" IN ('brand', 'influencer'));--> statement-breakpoint
ALTER TABLE "contracts" ADD CONSTRAINT "contracts_termination_requested_by_check" CHECK ("contracts"."termination_requested_by" IN ('brand', 'influencer'));--> statement-breakpoint
ALTER TABLE "contracts" ADD CONSTRAINT "contracts_status_before_dispute_check" CHECK ("contracts"."status_before_dispute" IN ('pending', 'signed', 'active', 'completed', 'disputed', 'terminated'));--> statement-breakpoint
UPDATE "contracts" SET "content_hash" = encode(sha256(convert_to("content"::text, 'UTF8')), 'hex');--> statement-breakpoint
ALTER TABLE "contracts" ADD CONSTRAINT "contracts_content_hash_check" CHECK ("contracts"."content_hash" ~ '^[0-9a-f]{64}$');--> statement-breakpoint
-- A contract's content is hashed as jsonb's canonical text when it is written and can never change afterwards.
CREATE FUNCTION "contracts_seal_content"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    NEW."content_hash" := encode(sha256(convert_to(NEW."content"::text, 'UTF8')), 'hex');
  ELSIF NEW."content" IS DISTINCT FROM OLD."content" OR NEW."content_hash" IS DISTINCT FROM OLD."content_hash" THEN
    RAISE EXCEPTION 'a contract''s content is frozen once created' USING ERRCODE = 'check_violation', CONSTRAINT = 'contracts_content_frozen';
  END IF;
  RETURN NEW;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER "contracts_seal_content" BEFORE INSERT OR UPDATE ON "contracts"
  FOR EACH ROW EXECUTE FUNCTION "contracts_seal_content"();
--> statement-breakpoint
-- The accepted (and completed) offers of a campaign never add up to more than its budget_max. The campaign row lock
-- serialises concurrent acceptances, and the sum is read after it is granted.
CREATE FUNCTION "offers_within_campaign_budget"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  budget numeric(19, 2);
  committed numeric(19, 2);
BEGIN
  IF NEW."status" NOT IN ('accepted', 'completed') THEN
    RETURN NEW;
  END IF;
  IF TG_OP = 'UPDATE' AND OLD."status" IN ('accepted', 'completed') AND NEW."price" = OLD."price" THEN
    RETURN NEW;
  END IF;
  SELECT "budget_max" INTO budget FROM "campaigns" WHERE "id" = NEW."campaign_id" FOR UPDATE;
  IF budget IS NULL THEN
    RETURN NEW;
  END IF;
  SELECT coalesce(sum("price"), 0) INTO committed FROM "offers"
    WHERE "campaign_id" = NEW."campaign_id" AND "status" IN ('accepted', 'completed') AND "id" <> NEW."id";
  IF committed + NEW."price" > budget THEN
    RAISE EXCEPTION 'accepted offers would exceed the campaign budget (% + % > %)', committed, NEW."price", budget
      USING ERRCODE = 'check_violation', CONSTRAINT = 'offers_within_campaign_budget';
  END IF;
  RETURN NEW;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER "offers_within_campaign_budget" BEFORE INSERT OR UPDATE OF "status", "price" ON "offers"
  FOR EACH ROW EXECUTE FUNCTION "offers_within_campaign_budget"();
