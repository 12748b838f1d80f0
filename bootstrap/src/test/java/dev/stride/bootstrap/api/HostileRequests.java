package dev.stride.bootstrap.api;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Makes hostile HTTP requests for the operations of the OpenAPI document, from a seeded random source: the same
 * seed gives the same sequence. Most values are hostile; some are real (a valid token, an existing id, a
 * well-formed body), so that requests also get past authentication, look-ups and parsing.
 */
final class HostileRequests {

    /** One operation: method, path template, its declared query and header parameters, and whether it has a body. */
    record Operation(String method, String path, List<String> query, List<String> headers, boolean hasBody) {
    }

    /** Real things a request may name: tokens (a user's, an admin's), a refresh token, an email, ids. */
    record World(List<String> tokens, String refreshToken, String email, List<String> activityIds, String userId) {
    }

    /** A request ready to send. */
    record Generated(String method, String target, Map<String, String> headers, String body) {

        String describe() {
            String shownBody = body == null ? "" : body.length() > 300 ? body.substring(0, 300) + "..." : body;
            String shownTarget = target.length() > 300 ? target.substring(0, 300) + "..." : target;
            return method + " " + shownTarget + " " + headers + " " + shownBody;
        }
    }

    private static final String[] BODY_KEYS = {"activityType", "durationMinutes", "distanceKm", "notes",
        "activityDate", "tags", "email", "password", "displayName", "refreshToken", "tier"};
    private static final String[] NUMBERS = {"0", "-1", "1", "1440", "1441", "2147483647", "2147483648",
        "-2147483649", "9223372036854775808", "123456789012345678901234567890", "1e308", "-1e308", "1e-320",
        "0.0005", "1000.001", "999.999", "1.0000000000000000001", "-0", "1E400", "3.4028235E39"};
    private static final String[] DATES = {"2026-01-01", "2026-02-30", "9999-12-31", "0000-01-01", "-999999999-01-01",
        "+999999999-12-31", "2026-13-01", "2026-1-1", "20260101", "2026-01-01T00:00:00Z", "yesterday", ""};
    private static final String[] CONTENT_TYPES = {"application/json", "application/json", "application/json",
        "application/json; charset=ISO-8859-1", "application/json; charset=nonsense", "text/plain",
        "application/xml", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", "*/*",
        "application/problem+json", "garbage", "application/json;;;"};
    private static final String[] ACCEPTS = {"application/json", "*/*", "application/xml", "text/html",
        "application/json;q=0", "garbage/garbage", ""};
    private static final String ALG_NONE = "eyJhbGciOiJub25lIiwidHlwIjoiSldUIn0.eyJzdWIiOiJ4IiwiZ3JvdXBzIjpbImFkbWluIl19.";

    private final SplittableRandom random;
    private final List<Operation> operations;
    private final World world;

    HostileRequests(SplittableRandom random, List<Operation> operations, World world) {
        this.random = random;
        this.operations = operations;
        this.world = world;
    }

    Generated next() {
        Operation operation = operations.get(random.nextInt(operations.size()));
        Map<String, String> headers = new LinkedHashMap<>();
        // Deleting the accounts whose tokens the other requests use would leave only 401s to test.
        boolean destroysAccount = operation.method().equals("DELETE") && operation.path().endsWith("/me");
        authorization().filter(value -> !destroysAccount || !world.tokens().stream().anyMatch(value::contains))
                .ifPresent(value -> headers.put("Authorization", value));
        if (chance(0.4)) {
            headers.put("X-Forwarded-For", forwardedFor());
        }
        if (chance(0.2)) {
            headers.put("X-Request-ID", headerText());
        }
        if (chance(0.2)) {
            headers.put("Accept", pick(ACCEPTS));
        }
        for (String declared : operation.headers()) {
            if (chance(0.5)) {
                headers.put(declared, chance(0.5) ? "\"" + headerText() + "\"" : headerText());
            }
        }
        String body = null;
        if (operation.hasBody() || chance(0.1)) {
            if (chance(0.9)) {
                headers.put("Content-Type", pick(CONTENT_TYPES));
            }
            body = body();
        }
        String method = chance(0.03) ? pick(new String[] {"PATCH", "OPTIONS", "HEAD", "TRACE", "PROPFIND"})
                : operation.method();
        return new Generated(method, target(operation), headers, body);
    }

    // ---- the request line ------------------------------------------------------------------------------------

    private String target(Operation operation) {
        String path = operation.path();
        while (path.contains("{")) {
            int open = path.indexOf('{');
            int close = path.indexOf('}', open);
            path = path.substring(0, open) + pathValue(path.substring(open + 1, close)) + path.substring(close + 1);
        }
        if (chance(0.05)) {
            path = path + pick(new String[] {"/", ";x", ";jsessionid=1", "/..", "%2F..", "%00", "//", "/."});
        }
        if (chance(0.02)) {
            path = path.toUpperCase();
        }
        StringBuilder query = new StringBuilder();
        for (String name : operation.query()) {
            if (chance(0.6)) {
                appendQuery(query, name, queryValue(name));
            }
        }
        if (chance(0.1)) {
            appendQuery(query, encode(text(20)), encode(text(20)));
        }
        if (chance(0.05) && !operation.query().isEmpty()) {
            String name = operation.query().get(0);
            appendQuery(query, name, "1");
            appendQuery(query, name, "2");
        }
        return query.isEmpty() ? path : path + "?" + query;
    }

    private String pathValue(String name) {
        double choice = random.nextDouble();
        if (choice < 0.3 && name.equals("id") && !world.activityIds().isEmpty()) {
            return chance(0.5) ? pick(world.activityIds().toArray(new String[0])) : world.userId();
        }
        if (choice < 0.5) {
            return UUID.randomUUID().toString();
        }
        // Longer would pass the server's request-line limit (4 KiB), which the HTTP decoder answers itself.
        return encode(text(chance(0.05) ? 200 : 40));
    }

    private String queryValue(String name) {
        if (name.equals("from") || name.equals("to")) {
            return encode(chance(0.7) ? pick(DATES) : text(30));
        }
        if (name.equals("page") || name.equals("limit")) {
            return encode(chance(0.7) ? pick(NUMBERS) : text(10));
        }
        if (name.equals("period") || name.equals("weekStart")) {
            return encode(chance(0.5) ? pick(new String[] {"day", "week", "month", "monday", "sunday", "WEEK"})
                    : text(15));
        }
        return encode(chance(0.5) ? pick(new String[] {"running", "easy", "a", "", "-", "RUN"}) : text(40));
    }

    private static void appendQuery(StringBuilder query, String name, String value) {
        if (!query.isEmpty()) {
            query.append('&');
        }
        query.append(name).append('=').append(value);
    }

    /** Percent-encodes every byte that is not unreserved, control characters and NUL included. */
    private static String encode(String text) {
        StringBuilder encoded = new StringBuilder();
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '_'
                    || c == '.' || c == '~') {
                encoded.append((char) c);
            } else {
                encoded.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
            }
        }
        return encoded.toString();
    }

    // ---- headers ---------------------------------------------------------------------------------------------

    private Optional<String> authorization() {
        double choice = random.nextDouble();
        if (choice < 0.35) {
            return Optional.of("Bearer " + world.tokens().get(0));
        }
        if (choice < 0.45) {
            return Optional.of("Bearer " + world.tokens().get(1));
        }
        if (choice < 0.65) {
            return Optional.empty();
        }
        return Optional.of(pick(new Supplier[] {
            () -> "Bearer " + ALG_NONE,
            () -> "Bearer " + headerText(),
            () -> "Bearer",
            () -> "bearer " + world.tokens().get(0),
            () -> "Basic YWRtaW46YWRtaW4=",
            () -> "Bearer " + world.tokens().get(0).substring(0, world.tokens().get(0).length() - 5) + "AAAAA",
            () -> "Bearer " + "a".repeat(3000),
            () -> "Bearer x.y.z",
            () -> "Bearer " + world.tokens().get(0) + " " + world.tokens().get(1),
            () -> headerText()
        }).get().toString());
    }

    private String forwardedFor() {
        return pick(new Supplier[] {
            () -> "203.0.113." + random.nextInt(256),
            () -> "2001:db8::" + Integer.toHexString(random.nextInt(65536)),
            () -> "[2001:db8::1]:" + random.nextInt(70000),
            () -> "203.0.113.9:" + random.nextInt(99999),
            () -> "unknown, _hidden, 999.999.999.999",
            () -> "localhost",
            () -> ",,,,",
            () -> headerText(),
            () -> "1.1.1.1, ".repeat(250) + "2.2.2.2"
        }).get().toString();
    }

    /** A header value the HTTP client will send: tab, visible ASCII and Latin-1, but no CR or LF. */
    private String headerText() {
        // Long, but all headers together stay below the server's header limit (20 KiB), which the HTTP decoder
        // answers itself.
        int length = chance(0.05) ? 2500 : 1 + random.nextInt(40);
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < length; i++) {
            int choice = random.nextInt(10);
            text.append(choice == 0 ? '\t' : choice < 8 ? (char) (0x21 + random.nextInt(0x5e))
                    : (char) (0xa0 + random.nextInt(0x60)));
        }
        return text.toString().strip().isEmpty() ? "x" : text.toString().strip();
    }

    // ---- bodies ----------------------------------------------------------------------------------------------

    private String body() {
        double choice = random.nextDouble();
        if (choice < 0.35) {
            return hostileObject();
        }
        if (choice < 0.5) {
            return nearlyValidActivity();
        }
        if (choice < 0.6) {
            int depth = 100 + random.nextInt(5000);
            return chance(0.5) ? "[".repeat(depth) + "]".repeat(depth)
                    : "{\"notes\":".repeat(depth) + "1" + "}".repeat(depth);
        }
        if (choice < 0.7) {
            String key = pick(BODY_KEYS);
            return "{\"" + key + "\":" + jsonValue(1) + ",\"" + key + "\":" + jsonValue(1) + "}";
        }
        if (choice < 0.8) {
            return pick(new Supplier[] {
                () -> "", () -> "null", () -> "[]", () -> "\"text\"", () -> "{", () -> "{\"a\":1}}", () -> "{} {}",
                () -> text(200), () -> "{\"email\":\"" + world.email() + "\",\"password\":", () -> "\u0000",
                () -> "{\"refreshToken\":\"" + world.refreshToken() + "\"}"
            }).get().toString();
        }
        if (choice < 0.85) {
            return "{\"notes\":\"" + "x".repeat(200_000) + "\"}";
        }
        return jsonValue(0);
    }

    private String hostileObject() {
        StringBuilder object = new StringBuilder("{");
        int fields = random.nextInt(BODY_KEYS.length + 1);
        for (int i = 0; i < fields; i++) {
            if (i > 0) {
                object.append(',');
            }
            object.append(jsonString(chance(0.9) ? pick(BODY_KEYS) : text(10))).append(':').append(jsonValue(1));
        }
        return object.append('}').toString();
    }

    private String nearlyValidActivity() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("activityType", "\"running\"");
        fields.put("durationMinutes", "30");
        fields.put("distanceKm", "5.5");
        fields.put("notes", "\"fine\"");
        fields.put("activityDate", "\"2026-01-15\"");
        fields.put("tags", "[\"easy\"]");
        String mutated = pick(fields.keySet().toArray(new String[0]));
        fields.put(mutated, jsonValue(1));
        StringBuilder object = new StringBuilder("{");
        fields.forEach((name, value) -> object.append(object.length() > 1 ? "," : "").append('"').append(name)
                .append("\":").append(value));
        return object.append('}').toString();
    }

    private String jsonValue(int depth) {
        int choice = random.nextInt(depth > 3 ? 6 : 9);
        return switch (choice) {
            case 0 -> "null";
            case 1 -> chance(0.5) ? "true" : "false";
            case 2 -> pick(NUMBERS);
            case 3, 4 -> jsonString(chance(0.3) ? pick(DATES) : text(chance(0.02) ? 20_000 : 30));
            case 5 -> jsonString(pick(new String[] {"running", "premium", "admin", "free", world.email(), "",
                "a".repeat(33), "RUNNING", "x_y"}));
            case 6 -> {
                StringBuilder array = new StringBuilder("[");
                int items = chance(0.05) ? 50_000 : random.nextInt(15);
                for (int i = 0; i < items; i++) {
                    array.append(i > 0 ? "," : "").append(items > 100 ? "\"\"" : jsonValue(depth + 1));
                }
                yield array.append(']').toString();
            }
            case 7 -> "{" + jsonString(pick(BODY_KEYS)) + ":" + jsonValue(depth + 1) + "}";
            default -> jsonString(text(5)) + "garbage";
        };
    }

    /** A JSON string literal of {@code text}, with control characters escaped as JSON requires. */
    private static String jsonString(String text) {
        StringBuilder literal = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            if (c == '"' || c == '\\') {
                literal.append('\\').append(c);
            } else if (c < 0x20) {
                literal.append(String.format("\\u%04x", (int) c));
            } else {
                literal.append(c);
            }
        }
        return literal.append('"').toString();
    }

    /** Text of any kind: ASCII, control characters, combining marks, right-to-left, emoji, lone surrogates. */
    private String text(int maxLength) {
        int length = random.nextInt(maxLength + 1);
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < length; i++) {
            int choice = random.nextInt(10);
            if (choice < 4) {
                text.append((char) (0x20 + random.nextInt(0x5f)));
            } else if (choice == 4) {
                text.append((char) random.nextInt(0x20));
            } else if (choice == 5) {
                text.append((char) (0x300 + random.nextInt(0x70)));
            } else if (choice == 6) {
                text.append(pick(new String[] {"\u202e", "\u200b", "\ufeff", "\u00a0", "\u2028", "\uffff"}));
            } else if (choice == 7) {
                text.appendCodePoint(0x1f600 + random.nextInt(0x50));
            } else if (choice == 8) {
                text.append((char) (0xd800 + random.nextInt(0x800)));
            } else {
                text.append((char) (0x4e00 + random.nextInt(0x5000)));
            }
        }
        return text.toString();
    }

    private boolean chance(double probability) {
        return random.nextDouble() < probability;
    }

    private <T> T pick(T[] choices) {
        return choices[random.nextInt(choices.length)];
    }
}
