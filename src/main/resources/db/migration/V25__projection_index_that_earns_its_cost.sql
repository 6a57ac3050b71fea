-- Every write inserts its figures into each index of current_figure. current_figure_by_division
-- (metric, division, year) served a read of one division's figures that the roll-up maintainer made
-- before it moved totals by increments (V11); nothing reads the projection that way any more: reads go
-- by region (current_figure_by_region), by report (the primary key) or to the aggregate figures
-- (current_figure_aggregates). Its entries landed at random places of a large index, one per written
-- figure, which made it the costliest part of projecting a bulk upload (issue 16).
drop index if exists current_figure_by_division;
