package dev.stride.bootstrap.it;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.http.ContentType;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Two replicas on one PostgreSQL and one Redis: a replica that keeps serving a user's activity from its cache
 * without reading the data version again (its version watch vouches for it) still answers the change another
 * replica made, as soon as that change has been answered.
 */
class CacheAcrossReplicasIT {

    private static final Pattern VERSION_READS = Pattern.compile(
            "db_calls_seconds_count\\{[^}]*operation=\"version.read\"[^}]*} ([0-9.E]+)");

    private static TwoReplicas replicas;
    private static ServiceProcess reader;
    private static ServiceProcess writer;

    @BeforeAll
    static void startTwoReplicas() throws Exception {
        // Limits off: the test reads more often than a free user may.
        replicas = TwoReplicas.start(Map.of("stride.rate-limit.enabled", "false"));
        reader = replicas.first;
        writer = replicas.second;
    }

    @AfterAll
    static void stop() throws Exception {
        if (replicas != null) {
            replicas.close();
        }
    }

    @Test
    void cachedReadsNeedNoVersionReadAndAWriteOnAnotherReplicaShowsAtOnce() {
        String token = reader.newUserToken();
        String location = given().port(writer.port).auth().oauth2(token).contentType(ContentType.JSON)
                .body(activity(1)).post("/api/v1/activities").then().statusCode(201).extract().header("Location");
        String path = location.substring(location.indexOf("/api/"));
        for (int i = 0; i < 20; i++) {
            read(path, token);
        }

        double before = versionReads(reader);
        for (int i = 0; i < 200; i++) {
            assertThat(read(path, token)).isEqualTo(1);
        }
        assertThat(versionReads(reader) - before).as("version reads for 200 cached reads").isLessThan(20);

        for (int minutes = 2; minutes <= 31; minutes++) {
            given().port(writer.port).auth().oauth2(token).contentType(ContentType.JSON).body(activity(minutes))
                    .put(path).then().statusCode(200);
            assertThat(read(path, token)).as("the reader's first answer after write %d returned", minutes)
                    .isEqualTo(minutes);
            for (int i = 0; i < 5; i++) {
                read(path, token);
            }
        }
    }

    private static int read(String path, String token) {
        return given().port(reader.port).auth().oauth2(token).get(path).then().statusCode(200).extract()
                .path("durationMinutes");
    }

    private static String activity(int minutes) {
        return "{\"activityType\":\"running\",\"durationMinutes\":" + minutes + ",\"activityDate\":\"2026-11-01\"}";
    }

    private static double versionReads(ServiceProcess replica) {
        String metrics = given().port(replica.managementPort).get("/q/metrics").then().statusCode(200).extract()
                .asString();
        double total = 0;
        Matcher matcher = VERSION_READS.matcher(metrics);
        while (matcher.find()) {
            total += Double.parseDouble(matcher.group(1));
        }
        return total;
    }
}
