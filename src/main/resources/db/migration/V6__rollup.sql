-- Stored roll-ups (issue 6): the RollUp rule's result for every (metric, year, division) that totals
-- are asked for at province or prefecture level, so that such a total is one index range scan
-- instead of a walk over every figure below it. The write path keeps the rows exact in the writing
-- transaction (RollupMaintainer); a full rebuild recomputes them (RollupRebuild).
--
-- A row exists for a division that has children in the year or is a province or prefecture (a
-- prefecture without counties, such as 东莞, is asked for at prefecture level too), and only when
-- the reported or the computed figure is non-null: no row means no report states the metric there
-- or below. County totals are computed from current_figure (a county has nothing below it).
create table rollup_total (
    metric_code          text           not null references metric (code),
    division_code        varchar(6)     not null,
    year                 smallint       not null,
    province_code        varchar(6)     not null,
    level                text           not null check (level in ('province', 'prefecture', 'county')),
    reported             numeric(24, 6),
    reported_approximate boolean        not null,
    computed             numeric(24, 6),
    computed_approximate boolean        not null,
    contributing_units   integer        not null,
    primary key (metric_code, year, division_code),
    check (reported is not null or computed is not null)
);
-- The read path: one metric, one province (or all), one level, a range of years; covering, so the
-- totals endpoint reads the index only.
create index rollup_total_by_region on rollup_total (metric_code, province_code, level, year)
    include (division_code, reported, reported_approximate, computed, computed_approximate, contributing_units);

-- Whether rollup_total matches current_figure. A bulk load that writes current_figure directly (the
-- dataset generator) sets it false; the service rebuilds the rows at start-up and sets it true.
-- A schema migrated with figures already in it has no rows yet, hence invalid; an empty one is valid.
create table rollup_state (
    only_row boolean primary key default true check (only_row),
    valid    boolean not null
);
insert into rollup_state (valid) select not exists (select 1 from current_figure);
