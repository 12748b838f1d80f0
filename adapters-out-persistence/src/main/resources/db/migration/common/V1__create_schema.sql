-- Stride's schema, shared by PostgreSQL and H2: only SQL both understand belongs here.
-- Instants are timestamp(6) with time zone: microseconds, as TimeSource promises, and no zone ambiguity.

create table users (
    id            uuid                        not null,
    email         varchar(254)                not null,
    password_hash varchar(255)                not null,
    -- 100 code points at most; twice that in UTF-16 units, which is what H2 counts
    display_name  varchar(200),
    tier          varchar(16)                 not null,
    created_at    timestamp(6) with time zone not null,
    -- soft deletion: the row, and so its email, stays
    deleted_at    timestamp(6) with time zone,
    constraint pk_users primary key (id)
);

-- Over deleted accounts too: an email is never free again. The adapter recognises this name.
create unique index ux_users_email on users (email);

create table activities (
    id               uuid                        not null,
    user_id          uuid                        not null,
    activity_type    varchar(32)                 not null,
    duration_minutes integer                     not null,
    distance_km      numeric(7, 3),
    -- 2000 code points at most; twice that in UTF-16 units, which is what H2 counts
    notes            varchar(4000),
    activity_date    date                        not null,
    created_at       timestamp(6) with time zone not null,
    updated_at       timestamp(6) with time zone not null,
    deleted_at       timestamp(6) with time zone,
    version          bigint                      not null,
    constraint pk_activities primary key (id),
    constraint fk_activities_user foreign key (user_id) references users (id)
);

create table activity_tags (
    activity_id uuid        not null,
    position    integer     not null,
    tag         varchar(32) not null,
    constraint pk_activity_tags primary key (activity_id, position),
    constraint fk_activity_tags_activity foreign key (activity_id) references activities (id) on delete cascade
);

-- The tag filter: which of a user's activities carry a tag.
create index ix_activity_tags_tag on activity_tags (tag, activity_id);

create table audit_entries (
    id          uuid                        not null,
    -- no foreign key: the trail outlives whatever it names
    actor_id    uuid                        not null,
    action      varchar(64)                 not null,
    target_type varchar(32)                 not null,
    target_id   varchar(64)                 not null,
    occurred_at timestamp(6) with time zone not null,
    constraint pk_audit_entries primary key (id)
);

create index ix_audit_entries_newest on audit_entries (occurred_at desc, id desc);

create table audit_entry_details (
    audit_entry_id uuid          not null,
    detail_key     varchar(64)   not null,
    detail_value   varchar(1000) not null,
    constraint pk_audit_entry_details primary key (audit_entry_id, detail_key),
    constraint fk_audit_entry_details_entry foreign key (audit_entry_id) references audit_entries (id)
        on delete cascade
);
