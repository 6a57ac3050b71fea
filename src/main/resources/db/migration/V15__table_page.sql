-- The page a table cell of a PDF stands on: with the section, row and column it locates the cell a figure was read from.
alter table observation add column table_page int check (table_page > 0);
