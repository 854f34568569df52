package dev.cachedcompletion.support;

import java.util.Arrays;

/**
 * What every key of one method starts with: its identity and the canonical bytes of identity,
 * version, model, value shape and labels. One per {@link MethodSite}; keys point here rather than at
 * the site, which is generated code and would keep its class loader alive in a store.
 */
final class KeyPrefix {

    final String identity;
    final byte[] bytes;
    final int hash;

    KeyPrefix(String identity, byte[] bytes) {
        this.identity = identity;
        this.bytes = bytes;
        this.hash = Arrays.hashCode(bytes);
    }

    /** Whether keys with these prefixes mean the same method. */
    boolean sameAs(KeyPrefix other) {
        return this == other || (hash == other.hash && Arrays.equals(bytes, other.bytes));
    }
}
