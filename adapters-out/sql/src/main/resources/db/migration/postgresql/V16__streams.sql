-- Protocol 1.2: streaming messages. A message is a stream (1 open, 2 ended) or not (0); a stream's
-- whole content may pass a sent message's 4096 bytes, up to the stream limit, so content (and the
-- snapshot a favorite keeps of it) widens. open_streams lists the open ones, so that those whose
-- buffer was lost are found without a scan of the timeline.
ALTER TABLE messages ADD COLUMN stream SMALLINT NOT NULL DEFAULT 0;
ALTER TABLE messages ALTER COLUMN content TYPE ${long_text};
ALTER TABLE favorites ALTER COLUMN snap_content TYPE ${long_text};

CREATE TABLE open_streams (
  conversation_id VARCHAR(100) NOT NULL,
  seq             BIGINT       NOT NULL,
  opened_at       BIGINT       NOT NULL,
  PRIMARY KEY (conversation_id, seq)
) ${table_options};
CREATE INDEX ix_open_streams_opened ON open_streams (opened_at);
