CREATE INDEX "idx_profiles_audience_locations" ON "profiles" USING gin (("audience_demographics" -> 'locations'));--> statement-breakpoint
CREATE INDEX "idx_profiles_audience_female" ON "profiles" USING btree ((("audience_demographics" -> 'gender' ->> 'female')::numeric));--> statement-breakpoint
-- When retention or a GDPR erasure deletes a creator's newest snapshot, the next newest one becomes current.
CREATE FUNCTION "creator_current_stats_refill"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM "creator_current_stats" c USING old_rows o WHERE c."snapshot_id" = o."id";
  INSERT INTO "creator_current_stats" (
    "user_id", "platform", "followers", "engagement_rate", "authenticity_score",
    "fake_follower_risk", "fake_follower_risk_score", "snapshot_id", "snapshot_at"
  )
  SELECT DISTINCT ON (h."user_id", h."platform")
    h."user_id", h."platform", h."followers", h."engagement_rate", h."authenticity_score",
    h."fake_follower_risk", h."fake_follower_risk_score", h."id", h."snapshot_at"
  FROM "influencer_stats_history" h
  WHERE (h."user_id", h."platform") IN (SELECT DISTINCT o."user_id", o."platform" FROM old_rows o)
  ORDER BY h."user_id", h."platform", h."snapshot_at" DESC
  ON CONFLICT ("user_id", "platform") DO NOTHING;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER "influencer_stats_history_current_stats_refill"
  AFTER DELETE ON "influencer_stats_history"
  REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "creator_current_stats_refill"();
