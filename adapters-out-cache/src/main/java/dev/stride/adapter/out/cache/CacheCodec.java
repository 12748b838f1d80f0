package dev.stride.adapter.out.cache;

/**
 * Turns a cached value into text and back. Explicit per type (see {@link CacheCodecs}): no reflection, so the
 * native image needs nothing registered. {@link #decode} throws on anything it cannot read.
 */
public interface CacheCodec<V> {

    String encode(long version, V value);

    Decoded<V> decode(String text);

    record Decoded<V>(long version, V value) {
    }
}
