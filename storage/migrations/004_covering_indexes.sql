-- 004: covering indexes for questions. An answer reads, per matching incident, the
-- article (to find its statement's lead), the place, the province and the count; with
-- those in the index the table row is never visited (issue 7). Same names, wider keys.

DROP INDEX IF EXISTS incidents_admin1;
CREATE INDEX incidents_admin1 ON incidents(admin1, kind, day, article_id, location_key, count, location);

DROP INDEX IF EXISTS incidents_location;
CREATE INDEX incidents_location ON incidents(location_key, kind, day, article_id, admin1, count, location);

DROP INDEX IF EXISTS incidents_kind_day;
CREATE INDEX incidents_kind_day ON incidents(kind, day, article_id, location_key, admin1, count, location);

-- Questions about every kind at once.
DROP INDEX IF EXISTS incidents_day;
CREATE INDEX incidents_day ON incidents(day, article_id, kind, location_key, admin1, count, location);

-- Statement linking reads a candidate lead's incidents by article: kept narrow on purpose
-- (incidents_article stays as it is).

-- An answer lists its latest reports and counts all of them: the ordering columns in
-- the index spare a read of every report's article row (the row id comes with it).
DROP INDEX IF EXISTS articles_statement;
CREATE INDEX articles_statement ON articles(statement_id, statement_day, published);
