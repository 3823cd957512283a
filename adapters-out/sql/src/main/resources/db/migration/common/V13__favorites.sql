-- Protocol 1.2: favorites. A saved message keeps a snapshot of itself (snap_*) as it was when
-- saved; message_key ('conversation#seq') keeps one favorite per message and user (NULL for
-- notes, and NULLs never collide).
CREATE TABLE favorites (
  favorite_id     VARCHAR(64)   NOT NULL,
  user_id         VARCHAR(32)   NOT NULL,
  kind            VARCHAR(8)    NOT NULL,
  conversation_id VARCHAR(100)  NULL,
  seq             BIGINT        NULL,
  message_key     VARCHAR(130)  NULL,
  snap_msg_id     VARCHAR(64)   NULL,
  snap_sender     VARCHAR(32)   NULL,
  snap_type       INT           NULL,
  snap_content    VARCHAR(4096) NULL,
  snap_send_time  BIGINT        NULL,
  snap_recalled   BOOLEAN       NULL,
  snap_edited_at  BIGINT        NULL,
  snap_reply_to   BIGINT        NULL,
  title           VARCHAR(128)  NULL,
  content         VARCHAR(4096) NULL,
  note            VARCHAR(4096) NULL,
  created_at      BIGINT        NOT NULL,
  PRIMARY KEY (favorite_id),
  CONSTRAINT uk_favorites_message UNIQUE (user_id, message_key)
) ${table_options};
CREATE INDEX ix_favorites_newest ON favorites (user_id, created_at, favorite_id);
CREATE INDEX ix_favorites_message ON favorites (conversation_id, seq);

CREATE TABLE favorite_tags (
  favorite_id VARCHAR(64) NOT NULL,
  user_id     VARCHAR(32) NOT NULL,
  tag         VARCHAR(64) NOT NULL,
  position    INT         NOT NULL,
  PRIMARY KEY (favorite_id, tag)
) ${table_options};
CREATE INDEX ix_favorite_tags_user ON favorite_tags (user_id, tag);
