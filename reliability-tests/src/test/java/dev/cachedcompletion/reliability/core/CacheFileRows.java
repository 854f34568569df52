package dev.cachedcompletion.reliability.core;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Raw JDBC on a cache file, as another process, a bad disk or an attacker would write it: reads and
 * replaces the value column of the {@code cc_entry} row of one key digest (values under 1 KB, as here, are stored as given).
 */
final class CacheFileRows implements AutoCloseable {

    private final Connection connection;

    CacheFileRows(Path file) throws SQLException {
        this.connection = DriverManager.getConnection("jdbc:sqlite:" + file);
    }

    /** The stored value bytes under {@code digest}, or null if there is no row. */
    byte[] value(byte[] digest) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement("SELECT value FROM cc_entry WHERE key = ?")) {
            s.setBytes(1, digest);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? rs.getBytes(1) : null;
            }
        }
    }

    /** Overwrites the value of the existing row of {@code digest}; fails if there is no such row. */
    void replaceValue(byte[] digest, byte[] value) throws SQLException {
        String update = "UPDATE cc_entry SET value = ? WHERE key = ?";
        try (PreparedStatement s = connection.prepareStatement(update)) {
            s.setBytes(1, value);
            s.setBytes(2, digest);
            if (s.executeUpdate() != 1) {
                throw new IllegalStateException("no row for this key digest: the test would damage nothing");
            }
        }
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }
}
