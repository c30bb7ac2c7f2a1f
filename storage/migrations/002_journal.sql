-- The update journal: every Telegram update is written here before it is
-- confirmed to Telegram, and marked done once its handlers have run, so a
-- crash between the two neither loses nor repeats an update (bot/polling.py).
CREATE TABLE IF NOT EXISTS update_journal (
    update_id   INTEGER PRIMARY KEY,          -- Telegram's update_id (duplicates ignored)
    payload     TEXT    NOT NULL,             -- the raw update, JSON as Telegram sent it
    received_at TEXT    NOT NULL,             -- ISO-8601 UTC, when it was journalled
    attempts    INTEGER NOT NULL DEFAULT 0,   -- processing starts (a crash loop gives up after a few)
    done_at     TEXT                          -- ISO-8601 UTC; NULL while still to be processed
);
CREATE INDEX IF NOT EXISTS update_journal_pending ON update_journal (received_at, update_id)
    WHERE done_at IS NULL;
