-- Protocol 1.2: each device's push token, for the offline push webhook (part 3).
CREATE TABLE device_push_tokens (
  user_id    VARCHAR(32)   NOT NULL,
  device_id  VARCHAR(64)   NOT NULL,
  platform   VARCHAR(16)   NOT NULL,
  token      VARCHAR(4096) NOT NULL,
  updated_at BIGINT        NOT NULL,
  PRIMARY KEY (user_id, device_id)
) ${table_options};
