-- Webhooks: the subscriptions, and the outbox of their deliveries. A delivery row is written in the transaction of
-- the activity change that caused it; the delivery workers of every replica claim due rows for a lease.

create table webhook_subscriptions (
    id          uuid                        not null,
    owner_id    uuid                        not null,
    url         varchar(2048)               not null,
    -- the event codes, comma-separated (activity.created,activity.deleted)
    events      varchar(200)                not null,
    -- 256 code points at most; twice that in UTF-16 units, which is what H2 counts
    description varchar(512),
    -- needed in the clear to sign every delivery; never shown again after creation
    secret      varchar(64)                 not null,
    created_at  timestamp(6) with time zone not null,
    -- set when the receiver answered 410 Gone
    disabled_at timestamp(6) with time zone,
    constraint pk_webhook_subscriptions primary key (id),
    constraint fk_webhook_subscriptions_owner foreign key (owner_id) references users (id)
);

create index ix_webhook_subscriptions_owner on webhook_subscriptions (owner_id, created_at, id);

create table webhook_deliveries (
    id               uuid                        not null,
    subscription_id  uuid                        not null,
    owner_id         uuid                        not null,
    event_type       varchar(32)                 not null,
    payload          varchar(16000)              not null,
    request_id       varchar(64),
    status           varchar(16)                 not null,
    attempts         integer                     not null,
    last_status_code integer,
    last_error       varchar(500),
    -- set exactly while the delivery is pending
    next_attempt_at  timestamp(6) with time zone,
    created_at       timestamp(6) with time zone not null,
    delivered_at     timestamp(6) with time zone,
    -- the worker holding the delivery, until lease_until; both null when nobody does
    claimed_by       varchar(100),
    lease_until      timestamp(6) with time zone,
    constraint pk_webhook_deliveries primary key (id),
    constraint fk_webhook_deliveries_subscription foreign key (subscription_id)
        references webhook_subscriptions (id) on delete cascade
);

-- A subscription's deliveries, newest first, straight from the index.
create index ix_webhook_deliveries_list on webhook_deliveries (subscription_id, created_at desc, id desc);
