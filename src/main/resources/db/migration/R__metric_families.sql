-- Metric families across editions (see V14). Definition 1 is the earliest; a member of a higher definition
-- states how its definition differs from the one before. Members of one family share unit and aggregation
-- (checked at start-up). Repeatable: rows are upserted, members no longer listed are removed.
insert into metric_family (code, name_zh, name_en, description) values
('family.requests_received', '收到/新收政府信息公开申请数', 'disclosure requests received', 'Legacy 收到申请数, then the tables'' 一、本年新收 (总计).'),
('family.requests_granted', '予以公开/同意公开数', 'requests granted in full', 'Legacy 同意公开答复数, then the tables'' （一）予以公开 (总计).'),
('family.requests_partly_granted', '部分公开数', 'requests granted in part', 'Legacy 同意部分公开答复数, then the tables'' （二）部分公开 (总计).'),
('family.normative_docs_issued', '制发规范性文件数', 'normative documents issued', 'Legacy 制发规范性文件总数, 2019 本年新制作数量, 2021 本年制发件数.'),
('family.rules_issued', '制发规章数', 'rules issued', '2019 本年新制作数量 and 2021 本年制发件数: the same count.'),
('family.reconsiderations', '行政复议数量', 'administrative reconsiderations', 'Legacy 因政府信息公开申请行政复议数量, then the tables'' 行政复议总计.'),
('family.reconsiderations_upheld', '行政复议维持数', 'reconsiderations upheld', 'Legacy 维持具体行政行为数, then 行政复议结果维持.'),
('family.reconsiderations_corrected', '行政复议纠正数', 'reconsiderations corrected', 'Legacy 被依法纠错数, then 行政复议结果纠正.'),
-- Session 7: the 2019+ metrics read from prose where the legacy edition had a row. Lawsuits and the request
-- channels count the same thing on both sides of 2019 (only which cases or requests fall in the year changed), so
-- a series may follow them across the break. Not joined: req.denied.total (legacy 不同意公开 counted 不是《条例》所指政府信息,
-- which is no 不予公开 ground from 2019, and 2019's 行政查询事项 ground took requests the legacy tables answered as
-- 告知通过其他途径办理: the category itself was redrawn); interact.letters.received (letters of the public, not requests by letter).
('family.lawsuits', '行政诉讼数量', 'lawsuits about disclosure', 'Legacy 因政府信息公开申请提起行政诉讼数量, then 行政诉讼 direct and after reconsideration together (appeal.suit.total: stated in prose only; the tables give the two apart).'),
('family.requests_in_person', '当面申请数', 'requests received in person', 'Legacy 当面申请数, then the in-person requests that 2019+ prose states (no table row).'),
('family.requests_online', '网络申请数', 'requests received online', 'Legacy 网络申请数, then the online requests that 2019+ prose states (no table row).'),
('family.requests_letter', '信函申请数', 'requests received by letter', 'Legacy 信函申请数, then the requests by letter that 2019+ prose states (no table row).')
on conflict (code) do update set name_zh = excluded.name_zh, name_en = excluded.name_en, description = excluded.description;

create temporary table family_member_rows (family text, metric text, definition int, difference text) on commit drop;
insert into family_member_rows values
('family.requests_received', 'lreq.received', 1, null),
('family.requests_received', 'req.new.total', 2, 'From 2019 the tables count the requests newly received in the year; requests carried over from the year before are counted apart (二、上年结转).'),
('family.requests_granted', 'lreq.answered.granted', 1, null),
('family.requests_granted', 'req.granted.total', 2, 'From 2019 outcomes cover every request handled in the year, new and carried over; legacy tables counted answers given.'),
('family.requests_partly_granted', 'lreq.answered.partly_granted', 1, null),
('family.requests_partly_granted', 'req.partly_granted.total', 2, 'From 2019 outcomes cover every request handled in the year, new and carried over; legacy tables counted answers given.'),
('family.normative_docs_issued', 'pro.normative_docs.issued_total', 1, null),
('family.normative_docs_issued', 'pro.normative_docs.made', 2, 'From 2019 the tables count the documents made in the year; the legacy figure had no fixed definition of the period.'),
('family.normative_docs_issued', 'pro.normative_docs.issued', 2, null),
('family.rules_issued', 'pro.rules.made', 1, null),
('family.rules_issued', 'pro.rules.issued', 1, null),
('family.reconsiderations', 'lappeal.review', 1, null),
('family.reconsiderations', 'appeal.review.total', 2, 'From 2019 the total counts reconsiderations with a result in the year plus those pending (尚未审结).'),
('family.reconsiderations_upheld', 'lappeal.review.upheld', 1, null),
('family.reconsiderations_upheld', 'appeal.review.upheld', 2, 'From 2019 pending cases are counted apart (尚未审结).'),
('family.reconsiderations_corrected', 'lappeal.review.corrected', 1, null),
('family.reconsiderations_corrected', 'appeal.review.corrected', 2, 'From 2019 pending cases are counted apart (尚未审结).'),
('family.lawsuits', 'lappeal.suit', 1, null),
('family.lawsuits', 'appeal.suit.total', 2, 'From 2019 the total counts lawsuits with a result in the year plus those pending (尚未审结), filed directly or after reconsideration.'),
('family.requests_in_person', 'lreq.received.in_person', 1, null),
('family.requests_in_person', 'req.channel.in_person', 2, 'From 2019 no table counts requests by channel: the figure is as the prose states it, of the requests newly received in the year (the tables count requests carried over apart).'),
('family.requests_online', 'lreq.received.online', 1, null),
('family.requests_online', 'req.channel.online', 2, 'From 2019 no table counts requests by channel: the figure is as the prose states it, of the requests newly received in the year (the tables count requests carried over apart); e-mail may be counted as online.'),
('family.requests_letter', 'lreq.received.letter', 1, null),
('family.requests_letter', 'req.channel.letter', 2, 'From 2019 no table counts requests by channel: the figure is as the prose states it, of the requests newly received in the year (the tables count requests carried over apart).');

delete from metric_family_member m where not exists
    (select 1 from family_member_rows r where r.family = m.family and r.metric = m.metric);
insert into metric_family_member (family, metric, definition, difference)
select family, metric, definition, difference from family_member_rows
on conflict (family, metric) do update set definition = excluded.definition, difference = excluded.difference;
