-- Protocol 1.2: each user's own settings per conversation (pinned, muted, draft) and what it
-- deleted for itself (cleared_seq; hidden keeps the conversation off its list until something
-- newer comes or a setting changes).
CREATE TABLE conversation_settings (
  user_id         VARCHAR(32)   NOT NULL,
  conversation_id VARCHAR(100)  NOT NULL,
  pinned_at       BIGINT        NULL,
  muted           BOOLEAN       NOT NULL,
  draft           VARCHAR(4096) NULL,
  cleared_seq     BIGINT        NOT NULL,
  hidden          BOOLEAN       NOT NULL,
  changed_at      BIGINT        NOT NULL,
  PRIMARY KEY (user_id, conversation_id)
) ${table_options};
