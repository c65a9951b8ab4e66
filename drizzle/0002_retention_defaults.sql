-- Defaults from the design's retention table. Years are counted as 365 days.
INSERT INTO "retention_policies" ("resource", "region", "retention_days", "configurable") VALUES
  ('audit_logs', 'default', 1095, true),
  ('influencer_stats_history', 'default', 730, true),
  ('metric_snapshots', 'default', 365, true),
  ('payments', 'default', 2555, false),
  ('contracts', 'default', NULL, false),
  ('profiles', 'default', NULL, false)
ON CONFLICT ("resource", "region") DO NOTHING;
