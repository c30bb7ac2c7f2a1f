-- 005: counts kept on write, so that a question about a whole year reads a few thousand
-- rows instead of every incident of the year (issue 7).
--
-- An answer counts the incidents of each statement's lead article (the same statement
-- reported by two outlets counts once). Three tables hold exactly that, summed:
--   counted_days        per kind, day and province: an answer's counts per day
--   counted_months      per kind, month and place (with its spelling): the counts per place
--                       of the whole months in a question's period
--   counted_statements  per statement, kind, day and province (admin1 NULL: the row that
--                       stands for "anywhere"), with the statement's number of articles and
--                       its latest article: the reports an answer rests on. ``prev_day`` is
--                       the statement's previous day with the same kind and province
--                       (``prev_day_any``: of any kind), so that a statement's first row in a
--                       period, the one to count, is the row with no previous day inside it.
-- In counted_days and counted_months a missing province, place or spelling is the empty
-- blob x'' (a primary key holds no NULL; a blob never equals a name, not even ''); ``n``
-- is how many lead incidents a row sums, and the row goes when it reaches 0 (a count of 0
-- is a real count). Triggers on incidents, statements and articles keep the three tables
-- exact inside whatever transaction changes those rows, whoever writes them.

CREATE TABLE counted_days (
    kind TEXT NOT NULL,
    day TEXT NOT NULL,
    admin1 TEXT NOT NULL,              -- x'' for none
    count INTEGER NOT NULL,
    n INTEGER NOT NULL,
    PRIMARY KEY (kind, day, admin1)
) WITHOUT ROWID;
CREATE INDEX counted_days_admin1 ON counted_days(admin1, kind, day);

CREATE TABLE counted_months (
    kind TEXT NOT NULL,
    month TEXT NOT NULL,               -- 'YYYY-MM'
    admin1 TEXT NOT NULL,              -- x'' for none (also below)
    location_key TEXT NOT NULL,
    location TEXT NOT NULL,
    count INTEGER NOT NULL,
    n INTEGER NOT NULL,
    PRIMARY KEY (kind, month, location_key, admin1, location)
) WITHOUT ROWID;
CREATE INDEX counted_months_admin1 ON counted_months(admin1, kind, month);

CREATE TABLE counted_statements (
    statement_id INTEGER NOT NULL,
    kind TEXT NOT NULL,
    day TEXT NOT NULL,
    admin1 TEXT,                       -- NULL: the statement's row for every place at once
    prev_day TEXT,                     -- the row before, same kind and province (NULL: none)
    prev_day_any TEXT,                 -- the row before, same province, any kind (by day, kind)
    articles INTEGER NOT NULL,         -- reports of the statement
    latest_day TEXT,                   -- its latest article in the order answers list reports:
    latest_published TEXT,             --   COALESCE(statement_day, published), published, id
    latest_id INTEGER
);
CREATE INDEX counted_statements_question ON counted_statements(
    kind, admin1, day, prev_day, prev_day_any, articles, latest_day, latest_published, latest_id, statement_id
);
CREATE INDEX counted_statements_statement ON counted_statements(statement_id);

-- Back-fill from what is stored.
INSERT INTO counted_days (kind, day, admin1, count, n)
SELECT i.kind, i.day, COALESCE(i.admin1, x''), SUM(i.count), COUNT(*)
FROM incidents AS i CROSS JOIN statements AS s ON s.lead_article_id = i.article_id
GROUP BY 1, 2, 3;

INSERT INTO counted_months (kind, month, admin1, location_key, location, count, n)
SELECT i.kind, substr(i.day, 1, 7), COALESCE(i.admin1, x''), COALESCE(i.location_key, x''),
    COALESCE(i.location, x''), SUM(i.count), COUNT(*)
FROM incidents AS i CROSS JOIN statements AS s ON s.lead_article_id = i.article_id
GROUP BY 1, 2, 3, 4, 5;

-- A statement's rows, from its lead's incidents (articles filled in just after). The
-- previous days are subqueries, not window functions, so that a WHERE on statement_id
-- reaches inside this view and a rewrite reads one statement, not all of them; the unary
-- + keeps those subqueries on incidents_article (the lead's few rows).
CREATE VIEW counted_statement_rows (statement_id, kind, day, admin1, prev_day, prev_day_any) AS
SELECT s.id, i.kind, i.day, NULL,
    (SELECT MAX(p.day) FROM incidents AS p WHERE p.article_id = s.lead_article_id
        AND +p.kind = i.kind AND +p.day < i.day),
    (SELECT MAX(p.day) FROM incidents AS p WHERE p.article_id = s.lead_article_id
        AND (+p.day < i.day OR (+p.day = i.day AND +p.kind < i.kind)))
FROM statements AS s CROSS JOIN incidents AS i ON i.article_id = s.lead_article_id
GROUP BY s.id, i.kind, i.day
UNION ALL
SELECT s.id, i.kind, i.day, i.admin1,
    (SELECT MAX(p.day) FROM incidents AS p WHERE p.article_id = s.lead_article_id
        AND +p.admin1 = i.admin1 AND +p.kind = i.kind AND +p.day < i.day),
    (SELECT MAX(p.day) FROM incidents AS p WHERE p.article_id = s.lead_article_id
        AND +p.admin1 = i.admin1 AND (+p.day < i.day OR (+p.day = i.day AND +p.kind < i.kind)))
FROM statements AS s CROSS JOIN incidents AS i ON i.article_id = s.lead_article_id
WHERE i.admin1 IS NOT NULL
GROUP BY s.id, i.kind, i.day, i.admin1;

INSERT INTO counted_statements (statement_id, kind, day, admin1, prev_day, prev_day_any, articles)
SELECT statement_id, kind, day, admin1, prev_day, prev_day_any, 0 FROM counted_statement_rows;

UPDATE counted_statements SET
    articles = (SELECT COUNT(*) FROM articles AS a WHERE a.statement_id = counted_statements.statement_id),
    (latest_day, latest_published, latest_id) = (
        SELECT COALESCE(a.statement_day, a.published), a.published, a.id FROM articles AS a
        WHERE a.statement_id = counted_statements.statement_id
        ORDER BY 1 DESC, 2 DESC, 3 DESC LIMIT 1
    );

-- The triggers below act by inserting into these views; their INSTEAD OF triggers are the
-- one place that knows each step.

-- A statement's number of reports and latest report, copied onto each of its rows.
CREATE VIEW counted_refresh (statement_id) AS SELECT NULL WHERE 0;
CREATE TRIGGER counted_refresh_apply INSTEAD OF INSERT ON counted_refresh
BEGIN
    UPDATE counted_statements SET
        articles = (SELECT COUNT(*) FROM articles WHERE statement_id = NEW.statement_id),
        (latest_day, latest_published, latest_id) = (
            SELECT COALESCE(statement_day, published), published, id FROM articles
            WHERE statement_id = NEW.statement_id
            ORDER BY 1 DESC, 2 DESC, 3 DESC LIMIT 1
        )
    WHERE statement_id = NEW.statement_id;
END;

-- A statement's rows rewritten from its lead's incidents (none when the statement is gone).
CREATE VIEW counted_restate (statement_id) AS SELECT NULL WHERE 0;
CREATE TRIGGER counted_restate_apply INSTEAD OF INSERT ON counted_restate
BEGIN
    DELETE FROM counted_statements WHERE statement_id = NEW.statement_id;
    INSERT INTO counted_statements (
        statement_id, kind, day, admin1, prev_day, prev_day_any,
        articles, latest_day, latest_published, latest_id
    )
    SELECT r.statement_id, r.kind, r.day, r.admin1, r.prev_day, r.prev_day_any,
        (SELECT COUNT(*) FROM articles WHERE statement_id = NEW.statement_id), l.d, l.p, l.id
    FROM counted_statement_rows AS r LEFT JOIN (
        SELECT COALESCE(statement_day, published) AS d, published AS p, id FROM articles
        WHERE statement_id = NEW.statement_id
        ORDER BY 1 DESC, 2 DESC, 3 DESC LIMIT 1
    ) AS l ON 1
    WHERE r.statement_id = NEW.statement_id;
END;

-- Every incident of an article enters (sign 1) or leaves (sign -1) the day and month counts.
CREATE VIEW counted_article (article_id, sign) AS SELECT NULL, NULL WHERE 0;
CREATE TRIGGER counted_article_apply INSTEAD OF INSERT ON counted_article
BEGIN
    INSERT INTO counted_days (kind, day, admin1, count, n)
    SELECT kind, day, COALESCE(admin1, x''), NEW.sign * SUM(count), NEW.sign * COUNT(*)
    FROM incidents WHERE article_id = NEW.article_id
    GROUP BY 1, 2, 3
    ON CONFLICT (kind, day, admin1) DO UPDATE SET count = count + excluded.count, n = n + excluded.n;
    DELETE FROM counted_days WHERE NEW.sign < 0 AND n = 0 AND (kind, day, admin1) IN (
        SELECT kind, day, COALESCE(admin1, x'') FROM incidents WHERE article_id = NEW.article_id
    );
    INSERT INTO counted_months (kind, month, admin1, location_key, location, count, n)
    SELECT kind, substr(day, 1, 7), COALESCE(admin1, x''), COALESCE(location_key, x''),
        COALESCE(location, x''), NEW.sign * SUM(count), NEW.sign * COUNT(*)
    FROM incidents WHERE article_id = NEW.article_id
    GROUP BY 1, 2, 3, 4, 5
    ON CONFLICT (kind, month, location_key, admin1, location)
    DO UPDATE SET count = count + excluded.count, n = n + excluded.n;
    DELETE FROM counted_months WHERE NEW.sign < 0 AND n = 0
    AND (kind, month, location_key, admin1, location) IN (
        SELECT kind, substr(day, 1, 7), COALESCE(location_key, x''), COALESCE(admin1, x''),
            COALESCE(location, x'')
        FROM incidents WHERE article_id = NEW.article_id
    );
END;

-- One incident row enters or leaves the day and month counts.
CREATE VIEW counted_incident (kind, day, admin1, location_key, location, count, sign) AS
SELECT NULL, NULL, NULL, NULL, NULL, NULL, NULL WHERE 0;
CREATE TRIGGER counted_incident_apply INSTEAD OF INSERT ON counted_incident
BEGIN
    INSERT INTO counted_days (kind, day, admin1, count, n)
    VALUES (NEW.kind, NEW.day, COALESCE(NEW.admin1, x''), NEW.sign * NEW.count, NEW.sign)
    ON CONFLICT (kind, day, admin1) DO UPDATE SET count = count + excluded.count, n = n + excluded.n;
    DELETE FROM counted_days WHERE NEW.sign < 0 AND n = 0
    AND kind = NEW.kind AND day = NEW.day AND admin1 = COALESCE(NEW.admin1, x'');
    INSERT INTO counted_months (kind, month, admin1, location_key, location, count, n)
    VALUES (
        NEW.kind, substr(NEW.day, 1, 7), COALESCE(NEW.admin1, x''), COALESCE(NEW.location_key, x''),
        COALESCE(NEW.location, x''), NEW.sign * NEW.count, NEW.sign
    )
    ON CONFLICT (kind, month, location_key, admin1, location)
    DO UPDATE SET count = count + excluded.count, n = n + excluded.n;
    DELETE FROM counted_months WHERE NEW.sign < 0 AND n = 0
    AND kind = NEW.kind AND month = substr(NEW.day, 1, 7) AND location_key = COALESCE(NEW.location_key, x'')
    AND admin1 = COALESCE(NEW.admin1, x'') AND location = COALESCE(NEW.location, x'');
END;

-- A statement starts, changes its lead, or goes: its lead's incidents move with it.
-- (The Store writes an article's incidents before its statement, so this is the usual way in.)
CREATE TRIGGER counted_statement_insert AFTER INSERT ON statements
BEGIN
    INSERT INTO counted_article (article_id, sign) VALUES (NEW.lead_article_id, 1);
    INSERT INTO counted_restate (statement_id) VALUES (NEW.id);
END;

CREATE TRIGGER counted_statement_delete AFTER DELETE ON statements
BEGIN
    INSERT INTO counted_article (article_id, sign) VALUES (OLD.lead_article_id, -1);
    DELETE FROM counted_statements WHERE statement_id = OLD.id;
END;

CREATE TRIGGER counted_statement_update AFTER UPDATE OF id, lead_article_id ON statements
BEGIN
    INSERT INTO counted_article (article_id, sign) VALUES (OLD.lead_article_id, -1);
    INSERT INTO counted_article (article_id, sign) VALUES (NEW.lead_article_id, 1);
    DELETE FROM counted_statements WHERE statement_id = OLD.id;
    INSERT INTO counted_restate (statement_id) VALUES (NEW.id);
END;

-- Incidents of a lead article enter and leave the counts with their rows.
CREATE TRIGGER counted_incident_insert AFTER INSERT ON incidents
WHEN EXISTS (SELECT 1 FROM statements WHERE lead_article_id = NEW.article_id)
BEGIN
    INSERT INTO counted_incident
    VALUES (NEW.kind, NEW.day, NEW.admin1, NEW.location_key, NEW.location, NEW.count, 1);
    INSERT INTO counted_restate (statement_id)
    SELECT id FROM statements WHERE lead_article_id = NEW.article_id;
END;

CREATE TRIGGER counted_incident_delete AFTER DELETE ON incidents
WHEN EXISTS (SELECT 1 FROM statements WHERE lead_article_id = OLD.article_id)
BEGIN
    INSERT INTO counted_incident
    VALUES (OLD.kind, OLD.day, OLD.admin1, OLD.location_key, OLD.location, OLD.count, -1);
    INSERT INTO counted_restate (statement_id)
    SELECT id FROM statements WHERE lead_article_id = OLD.article_id;
END;

CREATE TRIGGER counted_incident_update
AFTER UPDATE OF article_id, kind, day, admin1, location_key, location, count ON incidents
WHEN EXISTS (SELECT 1 FROM statements WHERE lead_article_id IN (OLD.article_id, NEW.article_id))
BEGIN
    INSERT INTO counted_incident
    SELECT OLD.kind, OLD.day, OLD.admin1, OLD.location_key, OLD.location, OLD.count, -1
    WHERE EXISTS (SELECT 1 FROM statements WHERE lead_article_id = OLD.article_id);
    INSERT INTO counted_incident
    SELECT NEW.kind, NEW.day, NEW.admin1, NEW.location_key, NEW.location, NEW.count, 1
    WHERE EXISTS (SELECT 1 FROM statements WHERE lead_article_id = NEW.article_id);
END;

-- A statement's rows depend on its lead's kinds, days and provinces only (not on places:
-- re-keyed towns leave them alone).
CREATE TRIGGER counted_incident_restate AFTER UPDATE OF article_id, kind, day, admin1 ON incidents
WHEN EXISTS (SELECT 1 FROM statements WHERE lead_article_id IN (OLD.article_id, NEW.article_id))
BEGIN
    INSERT INTO counted_restate (statement_id)
    SELECT id FROM statements WHERE lead_article_id IN (OLD.article_id, NEW.article_id);
END;

-- An article joins or leaves a statement, or its dates change: the statement's reports move.
CREATE TRIGGER counted_article_insert AFTER INSERT ON articles WHEN NEW.statement_id IS NOT NULL
BEGIN
    INSERT INTO counted_refresh (statement_id) VALUES (NEW.statement_id);
END;

CREATE TRIGGER counted_article_delete AFTER DELETE ON articles WHEN OLD.statement_id IS NOT NULL
BEGIN
    INSERT INTO counted_refresh (statement_id) VALUES (OLD.statement_id);
END;

CREATE TRIGGER counted_article_update AFTER UPDATE OF statement_id, statement_day, published ON articles
BEGIN
    INSERT INTO counted_refresh (statement_id) SELECT OLD.statement_id WHERE OLD.statement_id IS NOT NULL;
    INSERT INTO counted_refresh (statement_id)
    SELECT NEW.statement_id WHERE NEW.statement_id IS NOT NULL AND NEW.statement_id IS NOT OLD.statement_id;
END;
