-- Metric families: metrics of the legacy, 2019 and 2021 editions that count the same thing, held as data
-- so that a series can run from 2008 to today over one code. Members with the same definition number mean
-- exactly the same; a higher number is a later definition, and its difference says what changed. The
-- rows themselves are in R__metric_families.sql (repeatable, like the catalogue).
create table metric_family (
    code        text primary key check (code like 'family.%'),
    name_zh     text not null,
    name_en     text not null,
    description text
);

create table metric_family_member (
    family     text not null references metric_family (code),
    metric     text not null references metric (code),
    definition int  not null check (definition >= 1),
    difference text, -- what a higher definition changed, stated on its members
    primary key (family, metric),
    unique (metric)  -- a metric belongs to one family at most
);
