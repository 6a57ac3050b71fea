package org.disclosurestats.rest;

import io.quarkus.runtime.configuration.MemorySize;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Serialized totals answers, kept by the dataset version they state: the same version, query and
 * representation always give the same bytes (the rule the ETag already rests on), so a kept body is exact
 * for as long as the version lasts, and a new version (any commit, here or on another instance) is a new
 * key. Bounded by bytes, least recently used first out; bodies above the entry limit are never kept. Off
 * with a limit of 0.
 */
@ApplicationScoped
public class AnswerCache {

    /** A key's share of memory besides its body: the map entry and the text of the key. */
    private static final int ENTRY_OVERHEAD = 128;

    @ConfigProperty(name = "disclosure.answer-cache.max-bytes", defaultValue = "4M")
    MemorySize maxBytes;
    @ConfigProperty(name = "disclosure.answer-cache.max-entry-bytes", defaultValue = "1M")
    MemorySize maxEntryBytes;

    private final LinkedHashMap<String, byte[]> entries = new LinkedHashMap<>(64, 0.75f, true);
    private long bytes;
    private final AtomicLong hits = new AtomicLong();
    private final AtomicLong misses = new AtomicLong();

    boolean enabled() {
        return maxBytes.asLongValue() > 0;
    }

    long maxEntryBytes() {
        return Math.min(maxEntryBytes.asLongValue(), maxBytes.asLongValue());
    }

    /**
     * The key of an answer: the dataset version it states, its representation, and the request's path with
     * its parameters in a canonical order (by name; the values of a repeated name keep their order, which the
     * answer follows).
     */
    static String key(String version, String representation, String path, Map<String, ? extends Iterable<String>> parameters) {
        StringBuilder key = new StringBuilder(96).append(version).append('|').append(representation).append('|').append(path);
        for (Map.Entry<String, ? extends Iterable<String>> parameter : new TreeMap<>(parameters).entrySet()) {
            for (String value : parameter.getValue()) {
                // lengths first: no value can pass for a separator
                key.append('|').append(parameter.getKey().length()).append(':').append(parameter.getKey())
                        .append('=').append(value.length()).append(':').append(value);
            }
        }
        return key.toString();
    }

    /** The kept body, or null. */
    byte[] get(String key) {
        byte[] body;
        synchronized (this) {
            body = entries.get(key);
        }
        (body == null ? misses : hits).incrementAndGet();
        return body;
    }

    void put(String key, byte[] body) {
        long size = size(key, body);
        if (body.length > maxEntryBytes() || size > maxBytes.asLongValue()) {
            return;
        }
        synchronized (this) {
            byte[] previous = entries.put(key, body);
            bytes += size - (previous == null ? 0 : size(key, previous));
            for (Iterator<Map.Entry<String, byte[]>> eldest = entries.entrySet().iterator(); bytes > maxBytes.asLongValue() && eldest.hasNext(); ) {
                Map.Entry<String, byte[]> out = eldest.next();
                bytes -= size(out.getKey(), out.getValue());
                eldest.remove();
            }
        }
    }

    private static long size(String key, byte[] body) {
        return body.length + 2L * key.length() + ENTRY_OVERHEAD;
    }

    /** Answers served from the cache since start. */
    public long hits() {
        return hits.get();
    }

    /** Cacheable requests that found nothing kept. */
    public long misses() {
        return misses.get();
    }

    synchronized long bytesKept() {
        return bytes;
    }
}
