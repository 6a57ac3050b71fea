-- observation's two foreign keys (revision_id -> report_revision, metric_code -> metric) ran two
-- lookups per inserted row, as a trigger each; for a bulk upload that was about as much time as the
-- whole COPY of the rows into a table without them (issue 16). The same facts are now checked once per
-- statement, over the distinct values the statement inserted (a few hundred revisions and metrics for
-- tens of thousands of rows). What the keys also prevented on the other side stays prevented:
-- revisions can be neither deleted nor updated (V3: the ledger is append-only), and a metric code that
-- observations use can be neither deleted nor renamed (the trigger on metric below).
alter table observation drop constraint if exists observation_revision_id_fkey;
alter table observation drop constraint if exists observation_metric_code_fkey;

create function observation_references_exist() returns trigger language plpgsql as $$
declare
    missing text;
begin
    select coalesce(
        (select 'revision ' || n.revision_id from (select distinct revision_id from inserted_observation) n
         where not exists (select 1 from report_revision rv where rv.id = n.revision_id) limit 1),
        (select 'metric ' || n.metric_code from (select distinct metric_code from inserted_observation) n
         where not exists (select 1 from metric m where m.code = n.metric_code) limit 1))
    into missing;
    if missing is not null then
        raise exception 'insert on table "observation" violates its reference: no %', missing
            using errcode = 'foreign_key_violation';
    end if;
    return null;
end
$$;

create trigger observation_references after insert on observation
    referencing new table as inserted_observation
    for each statement execute function observation_references_exist();

create function metric_code_in_use_stays() returns trigger language plpgsql as $$
begin
    if (tg_op = 'DELETE' or new.code is distinct from old.code)
            and exists (select 1 from observation o where o.metric_code = old.code) then
        raise exception 'metric % is used by observations: it can be neither deleted nor renamed', old.code
            using errcode = 'foreign_key_violation';
    end if;
    return case tg_op when 'DELETE' then old else new end;
end
$$;

create trigger metric_code_in_use before delete or update of code on metric
    for each row execute function metric_code_in_use_stays();
