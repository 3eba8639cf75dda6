package org.newskg.serve;

import java.util.function.Supplier;

/** One value computed from the store, kept until the store's {@link StoreVersion} changes. */
final class PerVersion<T> {

    private Object key;
    private T value;

    /** The value for {@code version}, computing it with {@code compute} only when the version is new. */
    synchronized T get(Object version, Supplier<T> compute) {
        if (value == null || !version.equals(key)) {
            value = compute.get();
            key = version;
        }
        return value;
    }
}
