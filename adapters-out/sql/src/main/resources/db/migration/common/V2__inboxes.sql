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
-- No index on added_at: each entry would cost one more B-tree insert on the send path, and the
-- hourly trim can afford a scan.

-- How far each conversation's messages were filled into inboxes: locked by every fill of the
-- conversation, so fills are idempotent, and compared with conversation_heads to find lost fills.
CREATE TABLE inbox_fills (
  conversation_id VARCHAR(100) NOT NULL,
  filled_seq      BIGINT       NOT NULL,
  PRIMARY KEY (conversation_id)
) ${table_options};
