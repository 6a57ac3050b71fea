-- The write API (issue 4): idempotent submissions, and the ledger's append-only rule enforced by
-- the database itself, not only by the code that writes it.

-- A POST with an Idempotency-Key header is answered once; a retry with the same key (from the same
-- caller) gets the first answer again. The key is claimed by inserting this row in the transaction
-- that records the report, so a concurrent retry waits for that transaction and then replays its
-- answer; a failed request rolls its claim back and may be retried with the same key.
create table idempotency_record (
    caller         text        not null,  -- token subject: keys are scoped per caller
    idem_key       text        not null check (length(idem_key) between 1 and 200),
    request_sha256 text        not null check (request_sha256 ~ '^[0-9a-f]{64}$'),
    status         int,                   -- null only inside the claiming transaction
    location       text,
    etag           text,
    body           text,
    created_at     timestamptz not null default now(),
    primary key (caller, idem_key)
);

-- Nothing of a recorded revision ever changes: a correction or a retraction is the next revision.
create function ledger_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception '% rows are append-only: record a new revision instead of % on %', tg_table_name, lower(tg_op), tg_table_name
        using errcode = 'restrict_violation';
end
$$;

create trigger report_revision_append_only before update or delete on report_revision
    for each row execute function ledger_is_append_only();
create trigger observation_append_only before update or delete on observation
    for each row execute function ledger_is_append_only();
