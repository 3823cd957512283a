package org.lynxim.adapter.out.sql;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The few statements that differ between H2, MariaDB/MySQL and PostgreSQL. All take "insert, or
 * move a column up to the larger value": MariaDB as {@code ON DUPLICATE KEY UPDATE ... GREATEST},
 * PostgreSQL as {@code ON CONFLICT ... DO UPDATE}, H2 as a standard {@code MERGE}, since H2 runs
 * {@code ON DUPLICATE KEY} by throwing and catching an exception per existing row. The schema's few
 * differences are in the migrations: {@code db/migration/common} and each database's own.
 */
enum SqlDialect {
  H2,
  MARIADB,
  POSTGRESQL;

  record Column(String name, String type) {}

  /** {@code (?, ?), (?, ?)}: {@code count} rows of {@code width} parameters, for multi-row SQL. */
  static String valueRows(int count, int width) {
    String row = "(" + String.join(", ", Collections.nCopies(width, "?")) + ")";
    return String.join(", ", Collections.nCopies(count, row));
  }

  static SqlDialect of(String jdbcUrl) {
    if (jdbcUrl.startsWith("jdbc:h2:")) {
      return H2;
    }
    return jdbcUrl.startsWith("jdbc:postgresql:") ? POSTGRESQL : MARIADB;
  }

  /**
   * A hint naming the index to read by, where the planner needs one (H2 and MariaDB); PostgreSQL
   * has no hints and picks the unique index by itself.
   */
  String useIndex(String index) {
    return this == POSTGRESQL ? "" : " USE INDEX (" + index + ")";
  }

  /** Where this database's migrations are: the shared ones and its own versions of the rest. */
  List<String> migrations() {
    return List.of(
        "classpath:db/migration/common",
        "classpath:db/migration/" + (this == POSTGRESQL ? "postgresql" : "mariadb"));
  }

  /**
   * Inserts {@code rows} rows of (keys, max, insertOnly) parameters; an existing row only has its
   * {@code max} column raised, never lowered.
   */
  String upsertKeepingMax(
      String table, List<Column> keys, Column max, List<Column> insertOnly, int rows) {
    String name = max.name();
    return upsert(
        table,
        keys,
        max,
        insertOnly,
        rows,
        name + " = GREATEST(" + name + ", VALUES(" + name + "))",
        name + " = GREATEST(" + table + "." + name + ", EXCLUDED." + name + ")",
        " AND s." + name + " > t." + name,
        "s." + name);
  }

  /**
   * Inserts {@code rows} rows of (keys, added, insertOnly) parameters; an existing row has the
   * {@code added} value added to its column instead. One write per row, which also locks it.
   */
  String upsertAdding(
      String table, List<Column> keys, Column added, List<Column> insertOnly, int rows) {
    String name = added.name();
    return upsert(
        table,
        keys,
        added,
        insertOnly,
        rows,
        name + " = " + name + " + VALUES(" + name + ")",
        name + " = " + table + "." + name + " + EXCLUDED." + name,
        "",
        "t." + name + " + s." + name);
  }

  /**
   * A multi-row insert that, for a row whose key exists, only sets {@code column}: MariaDB's {@code
   * ON DUPLICATE KEY UPDATE mariaDbUpdate}, or H2's {@code MERGE ... USING} (H2 runs {@code ON
   * DUPLICATE KEY} by throwing and catching per existing row) setting it to {@code h2NewValue} from
   * the target {@code t} and source {@code s} rows, when {@code h2Condition}.
   */
  private String upsert(
      String table,
      List<Column> keys,
      Column column,
      List<Column> insertOnly,
      int rows,
      String mariaDbUpdate,
      String postgresUpdate,
      String h2Condition,
      String h2NewValue) {
    List<Column> all = new ArrayList<>(keys);
    all.add(column);
    all.addAll(insertOnly);
    String names = all.stream().map(Column::name).collect(Collectors.joining(", "));
    return switch (this) {
      case MARIADB ->
          "INSERT INTO "
              + table
              + " ("
              + names
              + ") VALUES "
              + valueRows(rows, all.size())
              + " ON DUPLICATE KEY UPDATE "
              + mariaDbUpdate;
      case POSTGRESQL ->
          "INSERT INTO "
              + table
              + " ("
              + names
              + ") VALUES "
              + valueRows(rows, all.size())
              + " ON CONFLICT ("
              + keys.stream().map(Column::name).collect(Collectors.joining(", "))
              + ") DO UPDATE SET "
              + postgresUpdate;
      case H2 ->
          "MERGE INTO "
              + table
              + " t USING (VALUES "
              + typedValueRows(all, rows)
              + ") AS s("
              + names
              + ") ON "
              + keys.stream()
                  .map(key -> "t." + key.name() + " = s." + key.name())
                  .collect(Collectors.joining(" AND "))
              + " WHEN MATCHED"
              + h2Condition
              + " THEN UPDATE SET "
              + column.name()
              + " = "
              + h2NewValue
              + " WHEN NOT MATCHED THEN INSERT ("
              + names
              + ") VALUES ("
              + all.stream().map(c -> "s." + c.name()).collect(Collectors.joining(", "))
              + ")";
    };
  }

  /** Value rows whose first names the types, so that H2 can type the parameters of them all. */
  private static String typedValueRows(List<Column> columns, int rows) {
    String typedRow =
        columns.stream()
            .map(column -> "CAST(? AS " + column.type() + ")")
            .collect(Collectors.joining(", ", "(", ")"));
    List<String> valueRows =
        new ArrayList<>(Collections.nCopies(rows, valueRows(1, columns.size())));
    valueRows.set(0, typedRow);
    return String.join(", ", valueRows);
  }
}
