-- Every change of the data is a new report revision (issue 6). Each instance of the service keeps the
-- dataset version in memory and listens on this channel, so that a read needs no query to know the
-- version, and a write through any instance reaches every instance's ETags at its commit.
-- NOTIFY is transactional: it is delivered when, and only if, the inserting transaction commits,
-- and the notices of one transaction are folded into one.
create function notify_dataset_changed() returns trigger language plpgsql as $$
begin
    -- The payload names the schema: instances serving another schema of the same database ignore it.
    perform pg_notify('dataset_changed', tg_table_schema);
    return null;
end
$$;

create trigger report_revision_notifies_change after insert on report_revision
    for each statement execute function notify_dataset_changed();
