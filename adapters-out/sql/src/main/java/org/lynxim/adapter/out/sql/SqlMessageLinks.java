package org.lynxim.adapter.out.sql;

import io.helidon.dbclient.DbClient;
import io.helidon.dbclient.DbTransaction;
import java.util.List;
import org.lynxim.domain.conversation.Amendment;
import org.lynxim.domain.conversation.FileReference;

/**
 * The records in this database that follow stored messages: the files each message names, and for a
 * recalled message its references dropped and its saved favorites emptied. {@link SqlMessageStore}
 * writes them in its own transaction; a timeline kept elsewhere has them written here through
 * {@link #apply}.
 */
public final class SqlMessageLinks {
  private static final String INSERT_REFERENCES =
      "INSERT INTO file_references (file_id, conversation_id, seq) VALUES ";
  private static final String DROP_REFERENCES =
      "DELETE FROM file_references WHERE conversation_id = ? AND seq = ?";

  private final DbClient db;

  SqlMessageLinks(DbClient db) {
    this.db = db;
  }

  /** Records the references and the recalls in one transaction. */
  public void apply(List<FileReference> references, List<Amendment.Target> recalled) {
    if (references.isEmpty() && recalled.isEmpty()) {
      return;
    }
    SqlFailures.inTransaction(
        db,
        tx -> {
          reference(tx, references);
          recalled.forEach(target -> recalled(tx, target));
          return null;
        });
  }

  static void reference(DbTransaction tx, List<FileReference> references) {
    if (!references.isEmpty()) {
      tx.createInsert(INSERT_REFERENCES + SqlDialect.valueRows(references.size(), 3))
          .params(SqlFileCatalogue.referenceRows(references))
          .execute();
    }
  }

  static void recalled(DbTransaction tx, Amendment.Target target) {
    tx.dml(DROP_REFERENCES, target.conversation().value(), target.seq());
    SqlFavorites.emptySnapshots(tx, target.conversation(), target.seq());
  }
}
