-- creator_current_stats keeps the latest snapshot per creator and platform. A snapshot older than the stored
-- one (a late import, a back-filled history) never overwrites it; an equal time counts as newer.
CREATE FUNCTION "creator_current_stats_upsert"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "creator_current_stats" AS c (
    "user_id", "platform", "followers", "engagement_rate", "authenticity_score",
    "fake_follower_risk", "fake_follower_risk_score", "snapshot_id", "snapshot_at"
  )
  SELECT DISTINCT ON (n."user_id", n."platform")
    n."user_id", n."platform", n."followers", n."engagement_rate", n."authenticity_score",
    n."fake_follower_risk", n."fake_follower_risk_score", n."id", n."snapshot_at"
  FROM new_rows n
  ORDER BY n."user_id", n."platform", n."snapshot_at" DESC
  ON CONFLICT ("user_id", "platform") DO UPDATE SET
    "followers" = excluded."followers",
    "engagement_rate" = excluded."engagement_rate",
    "authenticity_score" = excluded."authenticity_score",
    "fake_follower_risk" = excluded."fake_follower_risk",
    "fake_follower_risk_score" = excluded."fake_follower_risk_score",
    "snapshot_id" = excluded."snapshot_id",
    "snapshot_at" = excluded."snapshot_at"
  WHERE excluded."snapshot_at" >= c."snapshot_at";
  RETURN NULL;
END;
$$;
--> statement-breakpoint
-- A statement-level trigger with a transition table: a bulk insert of many snapshots costs one upsert statement.
CREATE TRIGGER "influencer_stats_history_current_stats"
  AFTER INSERT ON "influencer_stats_history"
  REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "creator_current_stats_upsert"();
--> statement-breakpoint
INSERT INTO "creator_current_stats" (
  "user_id", "platform", "followers", "engagement_rate", "authenticity_score",
  "fake_follower_risk", "fake_follower_risk_score", "snapshot_id", "snapshot_at"
)
SELECT DISTINCT ON (h."user_id", h."platform")
  h."user_id", h."platform", h."followers", h."engagement_rate", h."authenticity_score",
  h."fake_follower_risk", h."fake_follower_risk_score", h."id", h."snapshot_at"
FROM "influencer_stats_history" h
ORDER BY h."user_id", h."platform", h."snapshot_at" DESC;
