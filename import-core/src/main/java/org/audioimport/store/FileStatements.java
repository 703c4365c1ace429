package org.audioimport.store;

import static org.audioimport.store.schema.Tables.FILE;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Query;
import org.jooq.impl.DSL;

/**
 * The statements of one file's write, rendered to SQL text and bind values when they are added, so
 * that the transaction itself only binds and steps prepared statements: building and rendering jOOQ
 * queries took several times longer than SQLite took to run them, and it held the write lock meanwhile.
 * Every statement names the file by its path, never by an id read earlier, so none depends on another's
 * result and the list can be rendered before the reads that precede the transaction.
 */
final class FileStatements {
    private final DSLContext sql;
    private final List<Rendered> rendered = new ArrayList<>();

    FileStatements(DSLContext sql) {
        this.sql = sql;
    }

    /** The id of the file row at {@code path}, as a subquery SQLite runs once per statement. */
    static Field<Long> fileId(String path) {
        return DSL.field(DSL.select(FILE.ID).from(FILE).where(FILE.PATH.eq(path)));
    }

    void add(Query query) {
        rendered.add(new Rendered(sql.render(query), sql.extractBindValues(query)));
    }

    /** Appends {@code later}'s statements after these. */
    void addAll(FileStatements later) {
        rendered.addAll(later.rendered);
    }

    int size() {
        return rendered.size();
    }

    /** Runs the statement at {@code index}. */
    void run(int index, PreparedStatements prepared) throws SQLException {
        Rendered statement = rendered.get(index);
        PreparedStatement jdbc = prepared.of(statement.sql());
        List<Object> binds = statement.binds();
        for (int i = 0; i < binds.size(); i++) {
            jdbc.setObject(i + 1, binds.get(i));
        }
        jdbc.executeUpdate();
    }

    private record Rendered(String sql, List<Object> binds) {}
}
