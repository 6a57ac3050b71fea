-- Stored roll-ups hold only metrics whose figures add across divisions (counts and stocks). A stated
-- percentage (cap.training_rate, pro.full_text_rate, ...) or any other ratio summed over divisions
-- means nothing; ratios are derived from the stored totals of their parts when read. Earlier writes
-- stored such sums: they go, and the write path no longer produces them.
delete from rollup_total t
using metric m
where m.code = t.metric_code and m.aggregation = 'ratio';
