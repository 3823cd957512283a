-- Protocol 1.2: friends and friend requests.
-- A friendship is a row for each side, each with its own private remark.
CREATE TABLE friends (
  user_id   VARCHAR(32)  NOT NULL,
  friend_id VARCHAR(32)  NOT NULL,
  remark    VARCHAR(128) NULL,
  since     BIGINT       NOT NULL,
  PRIMARY KEY (user_id, friend_id)
) ${table_options};

-- pending_pair is 'from:to' while the request waits and NULL once answered: the unique index keeps
-- one pending request per direction even when two asks race (NULLs never collide).
CREATE TABLE friend_requests (
  request_id   VARCHAR(64)  NOT NULL,
  from_id      VARCHAR(32)  NOT NULL,
  to_id        VARCHAR(32)  NOT NULL,
  message      VARCHAR(512) NULL,
  status       VARCHAR(16)  NOT NULL,
  created_at   BIGINT       NOT NULL,
  pending_pair VARCHAR(65)  NULL,
  PRIMARY KEY (request_id)
) ${table_options};

CREATE UNIQUE INDEX ux_friend_requests_pending ON friend_requests (pending_pair);
CREATE INDEX ix_friend_requests_to ON friend_requests (to_id, status, created_at);
CREATE INDEX ix_friend_requests_from ON friend_requests (from_id, status, created_at);
