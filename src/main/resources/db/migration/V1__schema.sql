-- disclosure-stats schema. Flyway owns it; Hibernate only validates it.
--
-- The record of truth is a ledger: report (identity) -> report_revision (every version ever
-- published) -> observation (the figures of one revision). Rows of the ledger are only ever
-- inserted; the single mutable column is report.current_revision_no, the pointer to the
-- newest revision. current_figure is a projection of the ledger (current revision, issuer's
-- own figures) that the write path rebuilds in the same transaction; aggregates read it.

-- Administrative divisions, GB/T 2260 codes with validity years (see V2 for the data).
-- A code may have several rows (renamed under the same code); rows of one code never overlap.
create table division (
    id              serial primary key,
    code            varchar(6)  not null check (code ~ '^[0-9]{6}$'),
    name            text        not null,
    level           text        not null check (level in ('province', 'prefecture', 'county', 'zone')),
    parent_code     varchar(6),
    prefecture_code varchar(6),
    province_code   varchar(6)  not null,
    valid_from      smallint,   -- null: valid before 2008 (the first snapshot)
    valid_to        smallint,   -- null: still valid
    source          text        not null,
    constraint division_code_period unique nulls not distinct (code, valid_from),
    constraint division_valid_range check (valid_from is null or valid_to is null or valid_from <= valid_to)
);
-- Resolution by (code, year) and listing of children by (parent, year): both tiny scans.
create index division_by_parent on division (parent_code);

-- The metric catalogue (filled by the repeatable migrations R__metric_catalogue*.sql).
-- The aggregation kind belongs to the metric: sum (a year's flow), stock (a level at a point
-- in time: adds across divisions within a year, never across years), ratio (never added;
-- recomputed from its parts, named by formula).
create table metric (
    code          text primary key check (code ~ '^[a-z][a-z0-9_]*(\.[a-z0-9_]+)*$'),
    name_zh       text     not null,
    name_en       text     not null,
    unit          text     not null,
    section       text     not null,
    aggregation   text     not null check (aggregation in ('sum', 'stock', 'ratio')),
    formula       text,
    editions      text[]   not null check (editions <@ array['legacy', '2019', '2021']::text[] and cardinality(editions) > 0),
    integral      boolean  not null,
    signed        boolean  not null default false, -- only year-on-year changes (本年增/减) may be negative
    equivalent_to text,    -- the metric of another edition that means the same thing
    table_row     text,    -- the row label of the standard table, for table cells
    table_column  text,    -- the column label of the standard table, for table cells
    description   text,
    sort_order    int      not null,
    constraint metric_ratio_has_percent check (aggregation <> 'ratio' or unit = '%'),
    constraint metric_formula_only_for_ratios check (formula is null or aggregation = 'ratio')
);

create table report (
    id                  bigserial primary key,
    issuer_name         text        not null,
    issuer_kind         text        not null check (issuer_kind in ('government', 'department', 'office', 'zone')),
    division_code       varchar(6)  not null,
    year                smallint    not null check (year between 2000 and 2100),
    scope               text        not null check (scope in ('self', 'aggregate')),
    current_revision_no int         not null,
    created_at          timestamptz not null default now(),
    -- one report per issuer, division, year and scope: a correction is a revision, not a new report
    constraint report_identity unique (issuer_name, division_code, year, scope)
);
create index report_by_division_year on report (division_code, year);
create index report_by_year on report (year, id);

create table report_revision (
    id           bigserial primary key,
    report_id    bigint      not null references report (id),
    revision_no  int         not null check (revision_no > 0),
    status       text        not null check (status in ('published', 'retracted')),
    edition      text        not null check (edition in ('legacy', '2019', '2021')),
    title        text        not null,
    source_url   text,
    published_on date,
    source_text  text,
    text_sha256  text check (text_sha256 ~ '^[0-9a-f]{64}$'),
    recorded_at  timestamptz not null default clock_timestamp(),
    recorded_by  text        not null,
    change_note  text,
    constraint revision_number unique (report_id, revision_no),
    constraint revision_text_hash check ((source_text is null) = (text_sha256 is null))
);
-- asOf reads pick, per report, the newest revision recorded at or before the instant.
create index revision_by_report_time on report_revision (report_id, recorded_at);
create index revision_by_text_hash on report_revision (text_sha256);
-- The dataset version (ETags, Last-Modified) is the newest revision, now or as of an instant.
create index revision_by_time on report_revision (recorded_at);

-- A figure a report never states has no row: absence means "not reported", never 0.
-- status 'blank' is a table cell the report left empty (also not 0, but known to exist).
create table observation (
    id                    bigserial primary key,
    revision_id           bigint        not null references report_revision (id),
    metric_code           text          not null references metric (code),
    breakdown             text          not null default '',  -- a report's own category label (e.g. a website column), '' for the metric itself
    subject_name          text,         -- set when the figure is about another unit than the issuer
    subject_division_code varchar(6),
    value                 numeric(24, 6),
    qualifier             text          not null check (qualifier in ('exact', 'approximate')),
    status                text          not null check (status in ('reported', 'blank')),
    source_kind           text          not null check (source_kind in ('sentence', 'table_cell', 'submitted')),
    quote                 text,         -- the sentence (or cell text) the figure was read from
    quote_start           int,          -- character offsets of the quote in report_revision.source_text
    quote_end             int,
    written_as            text,         -- the figure exactly as written, e.g. '24.8萬條'
    table_section         text,
    table_row             text,
    table_column          text,
    constraint observation_blank_has_no_value check ((status = 'blank') = (value is null)),
    constraint observation_offsets check ((quote_start is null) = (quote_end is null) and (quote_start is null or quote_start <= quote_end))
);
create unique index observation_identity on observation (revision_id, metric_code, breakdown, coalesce(subject_name, ''));
-- Flat extraction pages by id within a metric (keyset: metric, id).
create index observation_by_metric on observation (metric_code, id);

-- Projection of the ledger for aggregates: the current published revision's own figures
-- (subject = issuer, no breakdown, reported). Rebuilt for a report in the transaction that
-- writes it. At national scale (3,200 divisions x 18 years x ~400 metrics, 10M+ rows) every
-- aggregate reads it by (metric, province, year) or (metric, year, division): both are
-- index range scans returning only the rows of one metric and region.
create table current_figure (
    report_id       bigint        not null references report (id),
    metric_code     text          not null references metric (code),
    division_code   varchar(6)    not null,
    province_code   varchar(6)    not null,
    year            smallint      not null,
    scope           text          not null,
    value           numeric(24, 6) not null,
    approximate     boolean       not null,
    primary key (report_id, metric_code)
);
create index current_figure_by_region on current_figure (metric_code, province_code, year) include (division_code, scope, value, approximate, report_id);
create index current_figure_by_division on current_figure (metric_code, division_code, year);
