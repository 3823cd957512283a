-- Protocol 1.2: a message may answer an earlier one of its conversation (reply_to, a seq).
ALTER TABLE messages ADD COLUMN reply_to BIGINT NULL;
