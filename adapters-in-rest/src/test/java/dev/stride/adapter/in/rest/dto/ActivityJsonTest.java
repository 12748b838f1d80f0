package dev.stride.adapter.in.rest.dto;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.stride.domain.activity.Activity;
import dev.stride.domain.activity.ActivityDetails;
import dev.stride.domain.activity.ActivityType;
import dev.stride.domain.activity.Tags;
import dev.stride.domain.user.UserId;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ActivityJsonTest {

    private static final Instant T0 = Instant.parse("2026-11-30T07:15:00.123456Z");
    private static final UserId OWNER = UserId.newId();

    private final ObjectMapper mapper = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    private final ActivityJson json = new ActivityJson(mapper);

    private static ActivityDetails details(String notes) {
        return new ActivityDetails(new ActivityType("running"), 42, new BigDecimal("10.500"), notes,
                LocalDate.of(2026, 11, 30), new Tags(List.of("easy", "morning")));
    }

    @Test
    void encodesAsTheMapperEncodesTheResponse() throws Exception {
        Activity activity = Activity.log(OWNER, details("by the river"), T0);

        assertThat(json.of(activity)).isEqualTo(mapper.writeValueAsBytes(ActivityResponse.from(activity)));
    }

    @Test
    void aVersionReadAgainIsNotEncodedAgain() {
        Activity activity = Activity.log(OWNER, details(null), T0);

        assertThat(json.of(activity)).isSameAs(json.of(activity));
    }

    @Test
    void everyChangeIsEncodedAfresh() throws Exception {
        Activity first = Activity.log(OWNER, details("before"), T0);
        byte[] before = json.of(first);
        Activity revised = first.revise(details("after"), T0.plusSeconds(60));
        Activity deleted = revised.softDelete(T0.plusSeconds(120));

        assertThat(json.of(revised)).isEqualTo(mapper.writeValueAsBytes(ActivityResponse.from(revised)))
                .isNotEqualTo(before);
        assertThat(json.of(deleted)).isEqualTo(mapper.writeValueAsBytes(ActivityResponse.from(deleted)));
        assertThat(json.of(first)).isEqualTo(before);
    }

    @Test
    void keepsABoundedNumberAndASetThatFitsStaysPut() {
        List<Activity> often = new ArrayList<>();
        for (int i = 0; i < ActivityJson.MOST_KEPT; i++) {
            often.add(Activity.log(OWNER, details("read often"), T0));
        }
        List<byte[]> first = often.stream().map(json::of).toList();
        for (int round = 0; round < 3; round++) {
            for (int i = 0; i < often.size(); i++) {
                assertThat(json.of(often.get(i))).isSameAs(first.get(i));
            }
        }

        for (int i = 0; i < 3 * ActivityJson.MOST_KEPT; i++) {
            json.of(Activity.log(OWNER, details("one of many"), T0));
        }
        assertThat(json.kept()).isLessThanOrEqualTo(ActivityJson.MOST_KEPT);
    }
}
