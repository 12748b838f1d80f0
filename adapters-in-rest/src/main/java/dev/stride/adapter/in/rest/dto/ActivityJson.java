package dev.stride.adapter.in.rest.dto;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import dev.stride.domain.activity.Activity;
import dev.stride.domain.activity.ActivityId;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.ws.rs.core.MediaType;
import java.io.UncheckedIOException;
import java.util.concurrent.ConcurrentHashMap;

/**
 * An activity's JSON as the API answers it, kept for the versions read most recently: a cached read is answered
 * without encoding it again. Jackson's encoding was a fifth of the CPU of a cached {@code GET /activities/{id}}
 * (bench/results profile).
 *
 * <p>An activity's id and version name its content: every change raises the version (and the ETag that is the
 * version), so a kept encoding can never be stale, only unused. The bytes are those of the application's own
 * {@link ObjectMapper}, the one Quarkus REST encodes every other answer with.
 *
 * <p>Kept in two generations of at most {@value #PER_GENERATION} encodings (about 300 bytes each): when the current
 * one is full it becomes the previous one and the oldest are dropped, so memory stays bounded without a lock or an
 * LRU list on the hot path; one read from the previous generation brings an encoding back to the current one.
 */
@Singleton
public class ActivityJson {

    /** As Quarkus REST labels the JSON it encodes itself. */
    public static final MediaType MEDIA_TYPE = MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8");
    static final int PER_GENERATION = 4096;

    private record Version(ActivityId id, long version) {
    }

    private final ObjectWriter writer;
    private volatile ConcurrentHashMap<Version, byte[]> current = new ConcurrentHashMap<>();
    private volatile ConcurrentHashMap<Version, byte[]> previous = new ConcurrentHashMap<>();

    @Inject
    public ActivityJson(ObjectMapper mapper) {
        this.writer = mapper.writerFor(ActivityResponse.class);
    }

    /** The JSON of {@code activity} as {@code GET /activities/{id}} answers it. Callers must not change the array. */
    public byte[] of(Activity activity) {
        Version version = new Version(activity.id(), activity.version());
        byte[] encoded = current.get(version);
        if (encoded != null) {
            return encoded;
        }
        encoded = previous.get(version);
        if (encoded == null) {
            encoded = encode(activity);
        }
        keep(version, encoded);
        return encoded;
    }

    private byte[] encode(Activity activity) {
        try {
            return writer.writeValueAsBytes(ActivityResponse.from(activity));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void keep(Version version, byte[] encoded) {
        ConcurrentHashMap<Version, byte[]> generation = current;
        generation.put(version, encoded);
        if (generation.size() >= PER_GENERATION) {
            startGeneration(generation);
        }
    }

    private synchronized void startGeneration(ConcurrentHashMap<Version, byte[]> full) {
        if (current == full) {
            previous = full;
            current = new ConcurrentHashMap<>();
        }
    }

    /** How many encodings are kept, both generations together. */
    int kept() {
        return current.size() + previous.size();
    }
}
