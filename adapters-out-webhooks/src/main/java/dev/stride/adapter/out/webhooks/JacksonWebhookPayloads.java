package dev.stride.adapter.out.webhooks;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stride.application.port.out.WebhookPayloads;
import dev.stride.domain.activity.Activity;
import dev.stride.domain.activity.ActivityDetails;
import dev.stride.domain.activity.Distances;
import dev.stride.domain.webhook.WebhookEventType;
import io.quarkus.runtime.annotations.RegisterForReflection;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The event body, {@code {type, timestamp, data}}, with the activity as data in the same shape as the API shows
 * it, written by the application's own ObjectMapper so dates and numbers read exactly as in API responses.
 */
public class JacksonWebhookPayloads implements WebhookPayloads {

    private final ObjectMapper json;

    public JacksonWebhookPayloads(ObjectMapper json) {
        this.json = json;
    }

    @Override
    public String encode(WebhookEventType type, Instant occurredAt, Activity activity) {
        try {
            return json.writeValueAsString(new EventBody(type.code(), occurredAt, ActivityData.from(activity)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an event body is plain data and always serialises", e);
        }
    }

    @RegisterForReflection
    record EventBody(String type, Instant timestamp, ActivityData data) {
    }

    @RegisterForReflection
    record ActivityData(String id, String activityType, int durationMinutes, BigDecimal distanceKm, String notes,
            LocalDate activityDate, List<String> tags, Instant createdAt, Instant updatedAt, Instant deletedAt) {

        static ActivityData from(Activity activity) {
            ActivityDetails details = activity.details();
            return new ActivityData(activity.id().toString(), details.type().value(), details.durationMinutes(),
                    Distances.plain(details.distanceKm()), details.notes(), details.activityDate(),
                    details.tags().values(), activity.createdAt(), activity.updatedAt(), activity.deletedAt());
        }
    }
}
