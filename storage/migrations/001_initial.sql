-- 001: articles, the statements they report, their incidents, and learned places.
-- Dates are ISO-8601 text ('YYYY-MM-DD'); timestamps are ISO-8601 with offset.

CREATE TABLE statements (
    id INTEGER PRIMARY KEY,
    reporter_key TEXT,                 -- folded reporter name, NULL when the article names none
    day TEXT,                          -- the day the statement was issued
    lead_article_id INTEGER            -- the first stored article: only its incidents are counted
);

CREATE TABLE articles (
    id INTEGER PRIMARY KEY,
    text TEXT NOT NULL,
    content_hash TEXT NOT NULL UNIQUE, -- sha256 of the text with case and whitespace normalised
    published TEXT,
    reporter TEXT,
    reported_total INTEGER,
    statement_day TEXT,
    language TEXT NOT NULL DEFAULT 'en',
    source TEXT,
    source_url TEXT,
    origin_chat_id INTEGER,
    origin_message_id INTEGER,
    origin_date TEXT,
    added_by INTEGER,
    chat_id INTEGER,
    message_id INTEGER,
    added_at TEXT NOT NULL,
    statement_id INTEGER REFERENCES statements(id) ON DELETE SET NULL
);

CREATE TABLE incidents (
    id INTEGER PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    kind TEXT NOT NULL CHECK (kind <> ''),
    location TEXT,                     -- NULL: a province total without named places
    location_key TEXT,                 -- extraction.places.place_key(location)
    admin1 TEXT,
    country TEXT,
    count INTEGER NOT NULL CHECK (count >= 0),
    day TEXT NOT NULL,
    killed INTEGER CHECK (killed IS NULL OR killed >= 0),
    injured INTEGER CHECK (injured IS NULL OR injured >= 0)
);

CREATE TABLE learned_places (
    location_key TEXT PRIMARY KEY,
    location TEXT NOT NULL,            -- the latest spelling seen
    admin1 TEXT NOT NULL,
    country TEXT,
    seen INTEGER NOT NULL DEFAULT 1,
    updated_at TEXT NOT NULL
);

CREATE INDEX articles_statement ON articles(statement_id, id);
CREATE INDEX articles_message ON articles(chat_id, message_id);
CREATE INDEX articles_added_by ON articles(added_by, id);
CREATE UNIQUE INDEX statements_lead ON statements(lead_article_id);
CREATE INDEX statements_day ON statements(day);
CREATE INDEX incidents_article ON incidents(article_id);
CREATE INDEX incidents_kind_day ON incidents(kind, day);
CREATE INDEX incidents_day ON incidents(day);
CREATE INDEX incidents_admin1 ON incidents(admin1, kind, day);
CREATE INDEX incidents_location ON incidents(location_key, kind, day);
