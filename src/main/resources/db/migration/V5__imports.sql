-- Importing report documents (HTML, plain text, PDF) into drafts.
--
-- A draft is a report_revision with status 'draft'. Reads and aggregates only ever show the revision
-- numbered report.current_revision_no with status 'published', and a draft never becomes current, so
-- drafts stay invisible until published (a report identity created by an import has
-- current_revision_no = 0 until then). Drafts take revision numbers too: a new revision is numbered
-- max(revision_no) + 1 of its report, not current_revision_no + 1.
alter table report_revision drop constraint report_revision_status_check;
alter table report_revision add constraint report_revision_status_check
    check (status in ('published', 'retracted', 'draft'));

-- One row per imported document: what was detected, what could not be mapped, what was checked.
create table report_import (
    id                bigserial primary key,
    report_id         bigint      not null references report (id),
    revision_no       int         not null,             -- the draft revision this import produced
    text_sha256       text        not null check (text_sha256 ~ '^[0-9a-f]{64}$'),  -- of the uploaded bytes
    media_type        text        not null,
    detected_edition  text        not null check (detected_edition in ('legacy', '2019', '2021')),
    detected_metadata jsonb       not null,             -- issuer, division, year, scope, title: value and where it came from
    unmapped          jsonb       not null,             -- figures recognised but not mapped to a metric
    validation        jsonb       not null,             -- identities checked (I1-I4), labels that did not match
    figure_notes      jsonb       not null,             -- per figure of the draft: confidence (high/low) and the reader's note
    created_by        text        not null,
    created_at        timestamptz not null default clock_timestamp(),
    constraint import_revision unique (report_id, revision_no)
);
-- A re-import of the same document is recognised by its hash.
create index report_import_by_hash on report_import (text_sha256);
