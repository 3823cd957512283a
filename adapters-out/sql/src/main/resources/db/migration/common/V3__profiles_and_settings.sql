-- Protocol 1.2: a user's avatar and own settings live on the user's row; the defaults are those
-- of a new user (PROTOCOL.md, "Users, profiles and settings").
ALTER TABLE users ADD COLUMN avatar_file_id VARCHAR(64) NULL;
ALTER TABLE users ADD COLUMN direct_messages VARCHAR(16) NOT NULL DEFAULT 'everyone';
ALTER TABLE users ADD COLUMN read_receipts BOOLEAN NOT NULL DEFAULT TRUE;
ALTER TABLE users ADD COLUMN push_preview BOOLEAN NOT NULL DEFAULT TRUE;
