package dev.stride.adapter.in.rest.dto;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationConfig;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.BeanSerializerModifier;
import com.fasterxml.jackson.databind.ser.ContextualSerializer;
import com.fasterxml.jackson.databind.ser.ResolvableSerializer;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.StringWriter;
import java.util.Iterator;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Activities' JSON, kept once encoded: an activity answered again (a cached read, a page of a cached list) costs no
 * encoding, only a copy of its bytes. Jackson's encoding was a fifth of the CPU of a cached
 * {@code GET /activities/{id}} (bench/results profile). It applies wherever the API answers an
 * {@link ActivityResponse}.
 *
 * <p>The key is the answer itself (a record: every field takes part in its equality), so a kept encoding is that of
 * exactly these values and can never be stale. The encoding is Jackson's own serializer for the record, with the
 * application mapper's settings, so the bytes are those it would have written.
 *
 * <p>At most {@value #MOST_KEPT} encodings are kept (about 300 bytes each). When that many are, a tenth of them
 * (in no particular order) make room: a set of activities read often that fits stays put, and nothing is copied
 * or dropped on each read. (Two generations rotating as they filled did that: with 5,000 activities read in turn
 * they made about a megabyte a second of second-old garbage, which filled the old generation of a 64 MB heap and
 * brought a full collection, 130-170 ms, every 12 s.)
 */
@Singleton
public class ActivityJson implements ObjectMapperCustomizer {

    static final int MOST_KEPT = 8192;

    private final ConcurrentHashMap<ActivityResponse, SerializedString> kept = new ConcurrentHashMap<>();

    @Override
    public void customize(ObjectMapper mapper) {
        SimpleModule module = new SimpleModule("stride-activity-json");
        mapper.registerModule(module.setSerializerModifier(new BeanSerializerModifier() {
            @Override
            @SuppressWarnings("unchecked")
            public JsonSerializer<?> modifySerializer(SerializationConfig config, BeanDescription description,
                    JsonSerializer<?> serializer) {
                return description.getBeanClass() == ActivityResponse.class
                        ? new KeptEncoding((JsonSerializer<Object>) serializer) : serializer;
            }
        }));
    }

    /** How many encodings are kept. */
    int kept() {
        return kept.size();
    }

    private void keep(ActivityResponse activity, SerializedString json) {
        if (kept.size() >= MOST_KEPT) {
            Iterator<ActivityResponse> some = kept.keySet().iterator();
            for (int i = 0; i < MOST_KEPT / 10 && some.hasNext(); i++) {
                some.next();
                some.remove();
            }
        }
        kept.put(activity, json);
    }

    /**
     * Wraps Jackson's own serializer of the record, which it still resolves and contextualizes through this one
     * (without that it would, for one, leave out null fields).
     */
    private final class KeptEncoding extends StdSerializer<ActivityResponse>
            implements ResolvableSerializer, ContextualSerializer {

        private final JsonSerializer<Object> encoder;

        KeptEncoding(JsonSerializer<Object> encoder) {
            super(ActivityResponse.class);
            this.encoder = encoder;
        }

        @Override
        public void resolve(SerializerProvider provider) throws JsonMappingException {
            if (encoder instanceof ResolvableSerializer resolvable) {
                resolvable.resolve(provider);
            }
        }

        @Override
        @SuppressWarnings("unchecked")
        public JsonSerializer<?> createContextual(SerializerProvider provider, BeanProperty property)
                throws JsonMappingException {
            if (encoder instanceof ContextualSerializer contextual) {
                JsonSerializer<?> specific = contextual.createContextual(provider, property);
                return specific == encoder ? this : new KeptEncoding((JsonSerializer<Object>) specific);
            }
            return this;
        }

        @Override
        public void serialize(ActivityResponse activity, JsonGenerator out, SerializerProvider provider)
                throws IOException {
            SerializedString json = kept.get(activity);
            if (json == null) {
                json = encode(activity, out, provider);
                keep(activity, json);
            }
            out.writeRawValue(json);
        }

        private SerializedString encode(ActivityResponse activity, JsonGenerator out, SerializerProvider provider)
                throws IOException {
            StringWriter text = new StringWriter(512);
            try (JsonGenerator own = out.getCodec().getFactory().createGenerator(text)) {
                // The mapper's generator settings (WRITE_BIGDECIMAL_AS_PLAIN...), as it applies them to `out`.
                provider.getConfig().initialize(own);
                encoder.serialize(activity, own, provider);
            }
            return new SerializedString(text.toString());
        }
    }
}
