-- Protocol 1.2: system messages (msg_type 100) do not count as unread. Each one also gets a row
-- here numbered 1, 2, 3, ... per conversation (system_no), so that the number of system messages
-- above any seq is two index seeks, however long the conversation: the newest system_no minus
-- the system_no at or below that seq.
CREATE TABLE system_messages (
  conversation_id VARCHAR(100) NOT NULL,
  seq             BIGINT       NOT NULL,
  system_no       BIGINT       NOT NULL,
  PRIMARY KEY (conversation_id, seq),
  CONSTRAINT uk_system_messages_no UNIQUE (conversation_id, system_no)
) ${table_options};
