-- current_figure is a projection: each row is derived, in the writing transaction, from observation
-- rows whose own foreign keys (revision -> report, metric) already hold, and reports are never
-- deleted. Its two foreign keys checked the same facts again for every projected row, about a third
-- of the cost of rebuilding the projection of a bulk upload (issue 6).
alter table current_figure drop constraint if exists current_figure_report_id_fkey;
alter table current_figure drop constraint if exists current_figure_metric_code_fkey;
