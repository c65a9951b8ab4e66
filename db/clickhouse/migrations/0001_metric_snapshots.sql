CREATE TABLE IF NOT EXISTS metric_snapshots (
  id UUID,
  campaign_id UUID,
  platform String,
  metric_type String,
  metric_value Float32,
  data JSON,
  provenance JSON,
  created_at DateTime
)
ENGINE = MergeTree()
PARTITION BY toYYYYMM(created_at)
ORDER BY (campaign_id, created_at)
