-- Stored roll-ups follow writes by increments instead of being recomputed from every figure below a
-- division (a write's cost no longer grows with the reports already stored there).
--
-- 1. Each row counts the parts of its computed figure: the division's own (self-scope) figures and,
--    of those and the contributing children's best figures, the approximate ones. With
--    contributing_units, they tell when the computed figure becomes absent again and whether it is
--    still approximate after a part leaves, without reading the other parts.
alter table rollup_total
    add column self_figures      integer not null default 0,
    add column approximate_parts integer not null default 0;

-- 2. Rows exist for every division where something is stated at or below it, counties included: a
--    county's own figures must be summed somewhere for a write to move its prefecture by the change of
--    the county's best figure. Reads still ask only for provinces and prefectures.
--
-- 3. A write locks the rows it moves, creating a missing one empty first (the row lock is what
--    serialises two writers under the same division), and deletes it again in the same transaction
--    if nothing is stated there any more. An empty row is therefore never committed, but must be
--    allowed while the transaction runs.
alter table rollup_total drop constraint if exists rollup_total_check;

-- 4. When an aggregate report changes, its division's reported figure (the earliest aggregate report
--    stating the metric) is read again: from this index, never from the division's self-scope figures.
create index current_figure_aggregates on current_figure (division_code, year, metric_code, report_id)
    include (value, approximate) where scope = 'aggregate';

-- Rows stored before this migration lack the counts and the county rows: rebuilt at the next start.
update rollup_state set valid = not exists (select 1 from current_figure);
