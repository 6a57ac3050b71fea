-- In a year of change the code list keeps both codes valid (吐鲁番地区 652100 and 吐鲁番市 650400 in 2015). Roll-ups
-- now count the old code as its successor in such a year (service/Successions.java), so stored totals built before
-- may hold the old code as a unit of its own: rebuild them at the next start wherever figures exist.
update rollup_state set valid = false where exists (select 1 from current_figure);
