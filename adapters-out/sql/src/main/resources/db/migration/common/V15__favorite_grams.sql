-- Favorites are searched by any substring: a trigram index (the three-code-point runs of each
-- favorite's folded text) narrows a search to the favorites holding all of a query's trigrams.
-- Favorites saved before this are indexed once at start (grams_indexed).
CREATE TABLE favorite_grams (
  user_id     VARCHAR(32) NOT NULL,
  gram        VARCHAR(12) NOT NULL,
  favorite_id VARCHAR(64) NOT NULL,
  PRIMARY KEY (user_id, gram, favorite_id)
) ${table_options};
CREATE INDEX ix_favorite_grams_favorite ON favorite_grams (favorite_id);

ALTER TABLE favorites ADD COLUMN grams_indexed BOOLEAN NOT NULL DEFAULT FALSE;
CREATE INDEX ix_favorites_unindexed ON favorites (grams_indexed);
