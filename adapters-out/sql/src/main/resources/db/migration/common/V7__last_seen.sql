-- Protocol 1.2: when each user's last device left (presence's last_seen), epoch ms; NULL: never.
ALTER TABLE users ADD COLUMN last_seen BIGINT NULL;
