package dev.stride.adapter.in.rest.dto;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.stride.adapter.in.rest.http.StrictJson;
import dev.stride.domain.activity.Activity;
import dev.stride.domain.activity.ActivityDetails;
import dev.stride.domain.activity.ActivityType;
import dev.stride.domain.activity.Tags;
import dev.stride.domain.paging.Page;
import dev.stride.domain.user.UserId;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ActivityJsonTest {

    private static final Instant T0 = Instant.parse("2026-11-30T07:15:00.123456Z");
    private static final UserId OWNER = UserId.newId();

    private final ActivityJson json = new ActivityJson();
    /** As the application's mapper is made, with and without the kept encodings. */
    private final ObjectMapper plain = mapper();
    private final ObjectMapper keeping = mapper();

    ActivityJsonTest() {
        json.customize(keeping);
    }

    private static ObjectMapper mapper() {
        ObjectMapper mapper = new ObjectMapper().registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
        new StrictJson().customize(mapper);
        return mapper;
    }

    private static ActivityResponse activity(String notes, String distanceKm) {
        ActivityDetails details = new ActivityDetails(new ActivityType("running"), 42,
                distanceKm == null ? null : new BigDecimal(distanceKm), notes, LocalDate.of(2026, 11, 30),
                new Tags(List.of("easy", "morning")));
        return ActivityResponse.from(Activity.log(OWNER, details, T0));
    }

    @Test
    void encodesAsJacksonDoesFirstAndAgain() throws Exception {
        ActivityResponse activity = activity("by the \"river\" \u00e9", "10.500");

        String expected = plain.writeValueAsString(activity);
        assertThat(keeping.writeValueAsString(activity)).isEqualTo(expected);
        assertThat(keeping.writeValueAsString(activity)).isEqualTo(expected);
        assertThat(keeping.writeValueAsBytes(activity)).isEqualTo(plain.writeValueAsBytes(activity));
        assertThat(json.kept()).isEqualTo(1);
    }

    @Test
    void encodesPagesAsJacksonDoes() throws Exception {
        List<ActivityResponse> items = List.of(activity("one", "1E+1"), activity(null, null), activity("one", "1E+1"));
        PageResponse<ActivityResponse> page = PageResponse.from(new Page<>(items, 1, 20, 3), item -> item);

        assertThat(keeping.writeValueAsString(page)).isEqualTo(plain.writeValueAsString(page));
        assertThat(keeping.writeValueAsString(page)).isEqualTo(plain.writeValueAsString(page));
    }

    @Test
    void anyChangedFieldIsEncodedAfresh() throws Exception {
        ActivityResponse before = activity("before", "5.0");
        ActivityResponse after = new ActivityResponse(before.id(), before.activityType(), before.durationMinutes(),
                before.distanceKm(), before.notes(), before.activityDate(), before.tags(), before.createdAt(),
                before.updatedAt(), T0.plusSeconds(60));
        keeping.writeValueAsString(before);

        assertThat(keeping.writeValueAsString(after)).isEqualTo(plain.writeValueAsString(after))
                .contains("\"deletedAt\":\"2026-11-30T07:16:00.123456Z\"");
        assertThat(json.kept()).isEqualTo(2);
    }

    @Test
    void keepsABoundedNumber() throws Exception {
        for (int i = 0; i < 3 * ActivityJson.MOST_KEPT; i++) {
            keeping.writeValueAsString(activity("one of many", null));
        }

        assertThat(json.kept()).isLessThanOrEqualTo(ActivityJson.MOST_KEPT);
    }
}
