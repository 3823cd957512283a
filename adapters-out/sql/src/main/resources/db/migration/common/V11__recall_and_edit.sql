-- Protocol 1.2: a recalled message keeps its seq and reads as empty; an edited one carries when.
ALTER TABLE messages ADD COLUMN recalled BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE messages ADD COLUMN edited_at BIGINT NULL;
