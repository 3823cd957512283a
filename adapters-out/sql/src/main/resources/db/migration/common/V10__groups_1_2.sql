-- Protocol 1.2, groups: an announcement, mute-all, open to join, dissolved; members may be muted
-- until a time (epoch ms). Members joining are first written with join_seq at its largest value
-- (pending) and get their real join seq once their member_added message is stored.
ALTER TABLE chat_groups ADD COLUMN announcement VARCHAR(1024) NOT NULL DEFAULT '';
ALTER TABLE chat_groups ADD COLUMN muted_all BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE chat_groups ADD COLUMN joinable BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE chat_groups ADD COLUMN dissolved BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE group_members ADD COLUMN muted_until BIGINT NULL;
