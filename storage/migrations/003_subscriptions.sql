-- 003: daily summaries. Per-chat time zones, one subscription per chat, and the
-- arrival order of articles that summaries use as their watermark.

-- Every stored article gets an arrival number that is never reused (AUTOINCREMENT),
-- even when the newest article is deleted and its rowid handed out again. A summary
-- covers the arrivals after its chat's watermark, so a late report is counted once.
CREATE TABLE article_arrivals (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    article_id INTEGER NOT NULL UNIQUE REFERENCES articles(id) ON DELETE CASCADE,
    arrived_at TEXT NOT NULL
);

INSERT INTO article_arrivals (article_id, arrived_at) SELECT id, added_at FROM articles ORDER BY id;

CREATE TRIGGER article_arrival AFTER INSERT ON articles
BEGIN
    INSERT INTO article_arrivals (article_id, arrived_at) VALUES (NEW.id, NEW.added_at);
END;

-- A chat's own time zone (/timezone); chats without a row use TRUCEWATCH_TIMEZONE.
CREATE TABLE chat_settings (
    chat_id INTEGER PRIMARY KEY,
    timezone TEXT NOT NULL,            -- IANA name, checked against the tz database when set
    updated_at TEXT NOT NULL
);

-- At most one subscription per chat: subscribing again updates it.
CREATE TABLE subscriptions (
    chat_id INTEGER PRIMARY KEY,
    chat_title TEXT,
    at_time TEXT NOT NULL,             -- 'HH:MM' local time in the chat's zone
    place_name TEXT,                   -- NULL: every place
    place_level TEXT CHECK (place_level IS NULL OR place_level IN ('admin1', 'location')),
    place_key TEXT,
    quiet INTEGER NOT NULL DEFAULT 0,  -- 1: say nothing on a day without new reports
    created_by INTEGER,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,          -- last change of time, place or zone (no catch-up before it)
    last_seq INTEGER NOT NULL,         -- watermark: the next summary covers arrivals after this
    last_sent_at TEXT                  -- when the last summary went out (or was skipped as quiet)
);

-- What each summary covered: written in the same transaction that moves the watermark.
CREATE TABLE summaries (
    id INTEGER PRIMARY KEY,
    chat_id INTEGER NOT NULL,
    sent_at TEXT NOT NULL,
    from_seq INTEGER NOT NULL,         -- covered arrivals: from_seq < seq <= to_seq
    to_seq INTEGER NOT NULL,
    violations INTEGER NOT NULL,
    reports INTEGER NOT NULL,
    messages INTEGER NOT NULL          -- 0 when a quiet subscription had nothing to say
);

CREATE INDEX summaries_chat ON summaries(chat_id, id);
