-- What the workers poll for: pending deliveries by due time. Partial, so the index holds only the backlog, not
-- the history of delivered and failed rows.
create index ix_webhook_deliveries_due on webhook_deliveries (next_attempt_at) where status = 'pending';
