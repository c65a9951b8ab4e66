ALTER TABLE "offer_revisions" DROP CONSTRAINT "offer_revisions_status_check";--> statement-breakpoint
ALTER TABLE "offers" DROP CONSTRAINT "offers_status_check";--> statement-breakpoint
ALTER TABLE "contracts" DROP CONSTRAINT "contracts_status_check";--> statement-breakpoint
ALTER TABLE "contracts" DROP CONSTRAINT "contracts_status_before_dispute_check";--> statement-breakpoint
ALTER TABLE "offers" ADD COLUMN "released_amount" numeric(19, 2);--> statement-breakpoint
ALTER TABLE "offer_revisions" ADD CONSTRAINT "offer_revisions_status_check" CHECK ("offer_revisions"."status" IN ('pending', 'accepted', 'rejected', 'counter', 'expired', 'completed', 'terminated'));--> statement-breakpoint
ALTER TABLE "offers" ADD CONSTRAINT "offers_released_amount_check" CHECK ("offers"."released_amount" >= 0);--> statement-breakpoint
ALTER TABLE "offers" ADD CONSTRAINT "offers_status_check" CHECK ("offers"."status" IN ('pending', 'accepted', 'rejected', 'counter', 'expired', 'completed', 'terminated'));--> statement-breakpoint
ALTER TABLE "contracts" ADD CONSTRAINT "contracts_status_check" CHECK ("contracts"."status" IN ('pending', 'signed', 'active', 'completed', 'disputed', 'terminated', 'void'));--> statement-breakpoint
ALTER TABLE "contracts" ADD CONSTRAINT "contracts_status_before_dispute_check" CHECK ("contracts"."status_before_dispute" IN ('pending', 'signed', 'active', 'completed', 'disputed', 'terminated', 'void'));--> statement-breakpoint
-- Budget: accepted and completed offers count their price; a terminated offer (its contract ended before completion)
-- counts only what was released to the creator. Same lock and order as in 0008.
CREATE OR REPLACE FUNCTION "offers_within_campaign_budget"() RETURNS trigger LANGUAGE plpgsql AS $$
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
  SELECT coalesce(sum(CASE WHEN "status" = 'terminated' THEN coalesce("released_amount", 0) ELSE "price" END), 0)
    INTO committed FROM "offers"
    WHERE "campaign_id" = NEW."campaign_id" AND "status" IN ('accepted', 'completed', 'terminated') AND "id" <> NEW."id";
  IF committed + NEW."price" > budget THEN
    RAISE EXCEPTION 'accepted offers would exceed the campaign budget (% + % > %)', committed, NEW."price", budget
      USING ERRCODE = 'check_violation', CONSTRAINT = 'offers_within_campaign_budget';
  END IF;
  RETURN NEW;
END;
$$;
--> statement-breakpoint
-- Offers whose contract already ended (terminated or resolved by refund or split) leave the budget and the one-open-offer
-- index now, as a system move recorded in their history.
WITH ended AS (
  UPDATE "offers" o SET
    "status" = 'terminated',
    "version" = o."version" + 1,
    "released_amount" = CASE WHEN c."dispute_resolution"->>'outcome' = 'split'
      THEN (c."dispute_resolution"->>'release_amount')::numeric(19, 2) END,
    "updated_at" = now()
  FROM "contracts" c
  WHERE c."offer_id" = o."id" AND c."status" = 'terminated' AND o."status" IN ('accepted', 'completed')
  RETURNING o.*
)
INSERT INTO "offer_revisions" ("offer_id", "version", "price", "currency", "terms", "status", "counter_by", "changed_by", "note")
  SELECT "id", "version", "price", "currency", "terms", 'terminated', "counter_by", NULL,
    'The contract had ended before completion (recorded by migration 0011).'
  FROM ended;
