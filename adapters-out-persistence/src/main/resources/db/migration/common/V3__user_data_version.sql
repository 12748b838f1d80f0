-- The version of a user's activity data, bumped in the transaction of every write of the user's activities.
-- Caches tag what they derive from the activities with it, and serve an entry only while it is current.
alter table users add column data_version bigint default 0 not null;
