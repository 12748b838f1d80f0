-- The two lists a user pages through, each served in order straight from an index. Partial indexes keep the
-- live list's index free of trash rows and the trash index free of live ones.

create index ix_activities_live on activities (user_id, activity_date desc, created_at desc, id desc)
    where deleted_at is null;

create index ix_activities_trash on activities (user_id, deleted_at desc, id desc)
    where deleted_at is not null;
