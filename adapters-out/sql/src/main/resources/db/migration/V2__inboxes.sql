-- Each user's inbox: entries point at messages by (conversation, seq). The head row is locked by
-- every append to the user's inbox, so inbox_seqs are taken and committed in order.
CREATE TABLE inbox_heads (
  user_id        VARCHAR(32) NOT NULL,
  last_inbox_seq BIGINT      NOT NULL,
  first_kept     BIGINT      NOT NULL,
  PRIMARY KEY (user_id)
) ${table_options};

CREATE TABLE inbox_entries (
  user_id         VARCHAR(32)  NOT NULL,
  inbox_seq       BIGINT       NOT NULL,
  conversation_id VARCHAR(100) NOT NULL,
  seq             BIGINT       NOT NULL,
  added_at        BIGINT       NOT NULL,
  PRIMARY KEY (user_id, inbox_seq)
) ${table_options};
CREATE INDEX idx_inbox_entries_added ON inbox_entries (added_at);
