package dev.cachedcompletion.internal.key;

import java.util.Arrays;

/**
 * A record inside a key: its canonical type name and its components in declaration order, each
 * already canonical. Compared by value, never by the record's own {@code equals}, which a user may
 * have overridden.
 */
public final class KeyRecord {

    private final String type;
    private final Object[] components;
    private final int hash;

    /** Takes ownership of {@code components}. */
    public KeyRecord(String type, Object[] components) {
        this.type = type;
        this.components = components;
        this.hash = 31 * type.hashCode() + Arrays.hashCode(components);
    }

    String type() {
        return type;
    }

    Object[] components() {
        return components;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof KeyRecord)) {
            return false;
        }
        KeyRecord other = (KeyRecord) o;
        return hash == other.hash && type.equals(other.type) && Arrays.equals(components, other.components);
    }

    @Override
    public int hashCode() {
        return hash;
    }

    @Override
    public String toString() {
        return type + Arrays.toString(components);
    }
}
