-- Creates sent with an Idempotency-Key: one row per user and key. The row is claimed (claim_token, until
-- claimed_until) in a transaction of its own before the work starts, and finished, with the activity as it was
-- first answered, in the transaction that creates the activity. Rows are removed 24 hours after created_at.

create table idempotency_keys (
    owner_id            uuid                        not null,
    idempotency_key     varchar(255)                not null,
    -- SHA-256 of the request's fields, hex
    fingerprint         varchar(64)                 not null,
    claim_token         uuid                        not null,
    created_at          timestamp(6) with time zone not null,
    claimed_until       timestamp(6) with time zone not null,
    -- the created activity as first answered; all null until the create committed
    activity_id         uuid,
    activity_type       varchar(32),
    duration_minutes    integer,
    distance_km         numeric(7, 3),
    notes               varchar(4000),
    activity_date       date,
    -- comma-separated: a tag is [a-z0-9-]
    tags                varchar(400),
    activity_created_at timestamp(6) with time zone,
    activity_updated_at timestamp(6) with time zone,
    activity_version    bigint,
    constraint pk_idempotency_keys primary key (owner_id, idempotency_key),
    constraint fk_idempotency_keys_owner foreign key (owner_id) references users (id)
);

-- The retention job's range.
create index ix_idempotency_keys_created on idempotency_keys (created_at);
