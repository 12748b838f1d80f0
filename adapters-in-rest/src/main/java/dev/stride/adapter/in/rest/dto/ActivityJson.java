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
import java.util.Iterator;
import java.util.concurrent.ConcurrentHashMap;

/**
 * An activity's JSON as the API answers it, kept once encoded: a cached read of the same version is answered
 * without encoding it again. Jackson's encoding was a fifth of the CPU of a cached {@code GET /activities/{id}}
 * (bench/results profile).
 *
 * <p>An activity's id and version name its content: every change raises the version (and the ETag that is the
 * version), so a kept encoding can never be stale, only unused. The bytes are those of the application's own
 * {@link ObjectMapper}, the one Quarkus REST encodes every other answer with.
 *
 * <p>At most {@value #MOST_KEPT} encodings are kept (about 300 bytes each). When that many are, a tenth of them
 * (in no particular order) make room: a set of activities read often that fits stays put, and nothing is copied
 * or dropped on each read. (Two rotating generations did that: with 5,000 activities read in turn they made about a
 * megabyte a second of second-old garbage, which filled the old generation of a 64 MB heap and brought a full
 * collection, 130-170 ms, every 12 s.)
 */
@Singleton
public class ActivityJson {

    /** As Quarkus REST labels the JSON it encodes itself. */
    public static final MediaType MEDIA_TYPE = MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8");
    static final int MOST_KEPT = 8192;

    private record Version(ActivityId id, long version) {
    }

    private final ObjectWriter writer;
    private final ConcurrentHashMap<Version, byte[]> kept = new ConcurrentHashMap<>();

    @Inject
    public ActivityJson(ObjectMapper mapper) {
        this.writer = mapper.writerFor(ActivityResponse.class);
    }

    /** The JSON of {@code activity} as {@code GET /activities/{id}} answers it. Callers must not change the array. */
    public byte[] of(Activity activity) {
        Version version = new Version(activity.id(), activity.version());
        byte[] encoded = kept.get(version);
        if (encoded == null) {
            encoded = encode(activity);
            if (kept.size() >= MOST_KEPT) {
                makeRoom();
            }
            kept.put(version, encoded);
        }
        return encoded;
    }

    private byte[] encode(Activity activity) {
        try {
            return writer.writeValueAsBytes(ActivityResponse.from(activity));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void makeRoom() {
        Iterator<Version> some = kept.keySet().iterator();
        for (int i = 0; i < MOST_KEPT / 10 && some.hasNext(); i++) {
            some.next();
            some.remove();
        }
    }

    /** How many encodings are kept. */
    int kept() {
        return kept.size();
    }
}
