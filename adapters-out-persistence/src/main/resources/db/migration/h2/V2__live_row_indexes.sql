-- H2 has no partial indexes: the same columns over all rows (see the PostgreSQL version).

create index ix_activities_live on activities (user_id, activity_date desc, created_at desc, id desc);

create index ix_activities_trash on activities (user_id, deleted_at desc, id desc);
