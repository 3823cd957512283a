-- Protocol 1.2: who blocked whom. The reverse index serves "did the peer block me" on sends.
CREATE TABLE blocks (
  blocker_id VARCHAR(32) NOT NULL,
  blocked_id VARCHAR(32) NOT NULL,
  since      BIGINT      NOT NULL,
  PRIMARY KEY (blocker_id, blocked_id)
) ${table_options};

CREATE INDEX ix_blocks_blocked ON blocks (blocked_id, blocker_id);
