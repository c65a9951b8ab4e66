-- Each aggregate is computed in its own lateral subquery, so joining offers and payments
-- can never multiply one another's rows. A later migration that changes a column these
-- views read must DROP and re-CREATE the view.

CREATE VIEW "v_active_campaigns" AS
SELECT
  c."id",
  c."organization_id",
  c."title",
  c."description",
  c."brief",
  c."status",
  c."budget_min",
  c."budget_max",
  c."budget_spent",
  c."currency",
  c."start_date",
  c."end_date",
  c."deliverable_deadline",
  c."submission_deadline",
  c."content_approval_required",
  c."created_at",
  c."updated_at",
  c."published_at",
  c."completed_at",
  committed."offer_count",
  paid."total_spent"
FROM "campaigns" c
CROSS JOIN LATERAL (
  SELECT count(*)::integer AS "offer_count"
  FROM "offers" o
  WHERE o."campaign_id" = c."id" AND o."status" IN ('accepted', 'completed')
) committed
CROSS JOIN LATERAL (
  -- payments_campaign_id_currency_fk guarantees every payment is in the campaign's currency.
  SELECT coalesce(sum(p."amount"), 0)::numeric(19, 2) AS "total_spent"
  FROM "payments" p
  WHERE p."campaign_id" = c."id" AND p."status" IN ('captured', 'released')
) paid
WHERE c."status" IN ('active', 'paused');
--> statement-breakpoint

CREATE VIEW "v_influencer_leaderboard" AS
SELECT
  u."id" AS "user_id",
  pr."display_name",
  work."completed_campaigns",
  engagement."avg_engagement",
  earnings."total_earnings"
FROM "users" u
JOIN "profiles" pr ON pr."user_id" = u."id"
CROSS JOIN LATERAL (
  SELECT count(DISTINCT ct."campaign_id")::integer AS "completed_campaigns"
  FROM "contracts" ct
  WHERE ct."influencer_id" = u."id" AND ct."status" = 'completed'
) work
CROSS JOIN LATERAL (
  SELECT avg(s."engagement_rate") AS "avg_engagement"
  FROM "influencer_stats_history" s
  WHERE s."user_id" = u."id"
) engagement
CROSS JOIN LATERAL (
  -- Currencies are never added together: one decimal string per currency.
  SELECT coalesce(jsonb_object_agg(per_currency."currency", per_currency."amount"::text), '{}'::jsonb) AS "total_earnings"
  FROM (
    SELECT p."currency", sum(p."amount") AS "amount"
    FROM "payments" p
    WHERE p."payee_id" = u."id" AND p."status" = 'released'
    GROUP BY p."currency"
  ) per_currency
) earnings
WHERE u."role" = 'influencer' AND u."status" = 'active';
