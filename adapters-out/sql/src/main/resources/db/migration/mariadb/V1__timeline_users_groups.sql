-- ${table_options} makes MariaDB tables utf8mb4 with binary (case-sensitive) collation, so
-- msg_id "Ab" and "aB" are different keys; H2 compares case-sensitively already.

CREATE TABLE users (
  user_id       VARCHAR(32)  NOT NULL,
  password_hash VARCHAR(100) NOT NULL,
  nickname      VARCHAR(128) NULL,
  created_at    BIGINT       NOT NULL,
  PRIMARY KEY (user_id)
) ${table_options};

CREATE TABLE chat_groups (
  group_id   VARCHAR(64)  NOT NULL,
  name       VARCHAR(128) NOT NULL,
  owner_id   VARCHAR(32)  NOT NULL,
  created_at BIGINT       NOT NULL,
  PRIMARY KEY (group_id),
  CONSTRAINT fk_chat_groups_owner FOREIGN KEY (owner_id) REFERENCES users (user_id)
) ${table_options};

-- member_no keeps the order of joining; a member who leaves and comes back gets a new row.
CREATE TABLE group_members (
  member_no BIGINT      NOT NULL AUTO_INCREMENT,
  group_id  VARCHAR(64) NOT NULL,
  user_id   VARCHAR(32) NOT NULL,
  role      VARCHAR(16) NOT NULL,
  join_seq  BIGINT      NOT NULL,
  joined_at BIGINT      NOT NULL,
  PRIMARY KEY (member_no),
  CONSTRAINT uk_group_members UNIQUE (group_id, user_id),
  CONSTRAINT fk_group_members_group FOREIGN KEY (group_id) REFERENCES chat_groups (group_id),
  CONSTRAINT fk_group_members_user FOREIGN KEY (user_id) REFERENCES users (user_id)
) ${table_options};
CREATE INDEX idx_group_members_user ON group_members (user_id);

-- The timeline: one row per message, found by (conversation, seq) and by the idempotency key.
-- The key's columns start with sender_id so that no other index competes with the primary key
-- for reading a conversation in seq order; lookups by key name this index.
CREATE TABLE messages (
  conversation_id VARCHAR(100)  NOT NULL,
  seq             BIGINT        NOT NULL,
  msg_id          VARCHAR(64)   NOT NULL,
  sender_id       VARCHAR(32)   NOT NULL,
  msg_type        SMALLINT      NOT NULL,
  content         VARCHAR(4096) NOT NULL,
  send_time       BIGINT        NOT NULL,
  PRIMARY KEY (conversation_id, seq)
) ${table_options};
CREATE UNIQUE INDEX uk_messages_msg_id ON messages (sender_id, msg_id, conversation_id);

-- Each conversation's newest seq, written in the same transaction as the message; a direct
-- chat's two users are kept so a user's direct chats are found by index.
CREATE TABLE conversation_heads (
  conversation_id VARCHAR(100) NOT NULL,
  last_seq        BIGINT       NOT NULL,
  party_low       VARCHAR(32)  NULL,
  party_high      VARCHAR(32)  NULL,
  PRIMARY KEY (conversation_id)
) ${table_options};
CREATE INDEX idx_heads_party_low ON conversation_heads (party_low);
CREATE INDEX idx_heads_party_high ON conversation_heads (party_high);

CREATE TABLE read_positions (
  user_id         VARCHAR(32)  NOT NULL,
  conversation_id VARCHAR(100) NOT NULL,
  last_ack_seq    BIGINT       NOT NULL,
  PRIMARY KEY (user_id, conversation_id)
) ${table_options};
