-- What the workers poll for: pending deliveries by due time (H2 has no partial indexes).
create index ix_webhook_deliveries_due on webhook_deliveries (status, next_attempt_at);
