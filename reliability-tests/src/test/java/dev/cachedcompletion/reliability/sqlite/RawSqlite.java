package dev.cachedcompletion.reliability.sqlite;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** The file seen through plain sqlite-jdbc, bypassing the store: what any other tool would find. */
final class RawSqlite {

    private RawSqlite() {
    }

    static Connection open(Path file) throws SQLException {
        return DriverManager.getConnection("jdbc:sqlite:" + file);
    }

    /** {@code PRAGMA integrity_check}: "ok", or SQLite's list of problems. */
    static String integrityCheck(Path file) throws SQLException {
        List<String> problems = new ArrayList<>();
        try (Connection c = open(file); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("PRAGMA integrity_check")) {
            while (rs.next()) {
                problems.add(rs.getString(1));
            }
        }
        return String.join("\n", problems);
    }

    static long entryCount(Path file) throws SQLException {
        try (Connection c = open(file); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT count(*) FROM cc_entry")) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
