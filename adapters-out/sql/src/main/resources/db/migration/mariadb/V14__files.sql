-- Protocol 1.2: files. An upload (files) names stored bytes by their sha256; the same bytes are
-- stored once (file_bytes tracks when they were last used and their thumbnail). A message that
-- names a file has a file_references row until it is recalled.
CREATE TABLE files (
  file_id      VARCHAR(64)  NOT NULL,
  uploader_id  VARCHAR(32)  NOT NULL,
  name         VARCHAR(255) NOT NULL,
  content_type VARCHAR(255) NOT NULL,
  size         BIGINT       NOT NULL,
  sha256       CHAR(64)     NOT NULL,
  image_format VARCHAR(8)   NULL,
  created_at   BIGINT       NOT NULL,
  PRIMARY KEY (file_id)
) ${table_options};
CREATE INDEX ix_files_uploader ON files (uploader_id, created_at, file_id);
CREATE INDEX ix_files_created ON files (created_at);
CREATE INDEX ix_files_sha256 ON files (sha256);

CREATE TABLE file_references (
  file_id         VARCHAR(64)  NOT NULL,
  conversation_id VARCHAR(100) NOT NULL,
  seq             BIGINT       NOT NULL,
  PRIMARY KEY (file_id, conversation_id, seq)
) ${table_options};
CREATE INDEX ix_file_references_message ON file_references (conversation_id, seq);

CREATE TABLE file_bytes (
  sha256           CHAR(64)   NOT NULL,
  used_at          BIGINT     NOT NULL,
  thumbnail_state  VARCHAR(8) NULL,
  thumbnail_sha256 CHAR(64)   NULL,
  thumbnail_size   BIGINT     NULL,
  PRIMARY KEY (sha256)
) ${table_options};
CREATE INDEX ix_file_bytes_used ON file_bytes (used_at);
CREATE INDEX ix_file_bytes_thumbnail ON file_bytes (thumbnail_sha256);

CREATE INDEX ix_users_avatar ON users (avatar_file_id);

-- The bytes themselves, when the database keeps them (the cluster's default): written in chunks
-- under an upload id, and made visible by one file_contents row once complete. An upload cut
-- short leaves only a file_uploads row and chunks, removed later.
CREATE TABLE file_uploads (
  upload_id  VARCHAR(32) NOT NULL,
  started_at BIGINT      NOT NULL,
  PRIMARY KEY (upload_id)
) ${table_options};

CREATE TABLE file_chunks (
  upload_id VARCHAR(32) NOT NULL,
  chunk_no  INT         NOT NULL,
  bytes     MEDIUMBLOB  NOT NULL,
  PRIMARY KEY (upload_id, chunk_no)
) ${table_options};

CREATE TABLE file_contents (
  sha256    CHAR(64)    NOT NULL,
  upload_id VARCHAR(32) NOT NULL,
  size      BIGINT      NOT NULL,
  PRIMARY KEY (sha256)
) ${table_options};
CREATE INDEX ix_file_contents_upload ON file_contents (upload_id);
