-- Preparing distribution by province (src/docs/decisions/0008-citus-by-province.md): a distributed
-- table's unique keys must contain the distribution column. Where a table already carries the province,
-- its keys now include it; the province is a function of the division code, so no key accepts or
-- refuses anything it did not before.

-- The report identity (one report per issuer, division, year and scope) keeps its name: the write path
-- recognises a duplicate by it. The report's province is stored beside it for the same reason: the
-- reports and, later, everything below them will be placed by it.
alter table report add column province_code varchar(6) generated always as (left(division_code, 2) || '0000') stored;
alter table report drop constraint report_identity,
    add constraint report_identity unique (issuer_name, division_code, year, scope, province_code);

-- The stored totals: one row per metric, year and division, the division's province included.
alter table rollup_total drop constraint rollup_total_pkey,
    add constraint rollup_total_pkey primary key (metric_code, year, division_code, province_code);

-- The projection: the key keeps its leading columns, so deleting a report's rows still uses it.
alter table current_figure drop constraint current_figure_pkey,
    add constraint current_figure_pkey primary key (report_id, metric_code, province_code);
