package dev.stride.bootstrap.api;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;

/** Small helpers the API tests share: accounts, tokens and activity bodies. */
final class Api {

    static final String ADMIN_EMAIL = "admin@stride.test";
    static final String PASSWORD = "correct horse battery";

    private Api() {
    }

    static String uniqueEmail() {
        return "user-" + UUID.randomUUID() + "@example.com";
    }

    static ValidatableResponse register(String email, String password) {
        return given().contentType(ContentType.JSON)
                .body("{\"email\":\"" + email + "\",\"password\":\"" + password + "\"}")
                .post("/api/v1/auth/register")
                .then();
    }

    static ValidatableResponse login(String email, String password) {
        return given().contentType(ContentType.JSON)
                .body("{\"email\":\"" + email + "\",\"password\":\"" + password + "\"}")
                .post("/api/v1/auth/login")
                .then();
    }

    /** Registers a fresh account and returns its access token. */
    static String newUserToken() {
        String email = uniqueEmail();
        register(email, PASSWORD).statusCode(201);
        return login(email, PASSWORD).statusCode(200).extract().path("accessToken");
    }

    /**
     * The admin account of the test configuration (stride.admin-emails), which the service created at start-up
     * with stride.admin-initial-password.
     */
    static String adminToken() {
        return login(ADMIN_EMAIL, PASSWORD).statusCode(200).extract().path("accessToken");
    }

    /** Registers a fresh account, logs in, and returns the login's body: accessToken, refreshToken and the rest. */
    static Map<String, Object> newUserLogin() {
        String email = uniqueEmail();
        register(email, PASSWORD).statusCode(201);
        return login(email, PASSWORD).statusCode(200).extract().jsonPath().getMap("");
    }

    static ValidatableResponse refresh(String refreshToken) {
        return given().contentType(ContentType.JSON)
                .body("{\"refreshToken\":\"" + refreshToken + "\"}")
                .post("/api/v1/auth/refresh")
                .then();
    }

    static ValidatableResponse logout(String refreshToken) {
        return given().contentType(ContentType.JSON)
                .body("{\"refreshToken\":\"" + refreshToken + "\"}")
                .post("/api/v1/auth/logout")
                .then();
    }

    /** The claims of a JWT, read without checking it: what a client could see. */
    static Map<String, Object> claims(String jwt) {
        String payload = new String(Base64.getUrlDecoder().decode(jwt.split("\\.")[1]), StandardCharsets.UTF_8);
        return JsonPath.from(payload).getMap("");
    }

    static RequestSpecification as(String token) {
        return given().header("Authorization", "Bearer " + token).contentType(ContentType.JSON);
    }

    static String activity(String type, int minutes, String date) {
        return "{\"activityType\":\"" + type + "\",\"durationMinutes\":" + minutes + ",\"distanceKm\":5.25,"
                + "\"notes\":\"easy\",\"activityDate\":\"" + date + "\",\"tags\":[\"Morning\",\"park\",\"morning\"]}";
    }

    /** Creates an activity and returns its id. */
    static String createActivity(String token, String body) {
        return as(token).body(body).post("/api/v1/activities").then().statusCode(201).extract().path("id");
    }
}
