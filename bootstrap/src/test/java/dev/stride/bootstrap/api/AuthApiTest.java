package dev.stride.bootstrap.api;

import static dev.stride.bootstrap.api.Api.PASSWORD;
import static dev.stride.bootstrap.api.Api.login;
import static dev.stride.bootstrap.api.Api.register;
import static dev.stride.bootstrap.api.Api.uniqueEmail;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@QuarkusTest
class AuthApiTest {

    @Test
    void registersWithANormalisedEmail() {
        String email = uniqueEmail();
        given().contentType(ContentType.JSON)
                .body("{\"email\":\"  " + email.toUpperCase() + " \",\"password\":\"" + PASSWORD
                        + "\",\"displayName\":\" Ada \"}")
                .post("/api/v1/auth/register")
                .then()
                .statusCode(201)
                .contentType(ContentType.JSON)
                .body("id", matchesPattern("[0-9a-f-]{36}"))
                .body("email", equalTo(email))
                .body("displayName", equalTo("Ada"))
                .body("tier", equalTo("free"))
                .body("createdAt", matchesPattern("\\d{4}-\\d\\d-\\d\\dT.*Z"))
                .body("password", nullValue());
    }

    /** The service created the configured admin at start-up; nobody can take the address by registering it. */
    @Test
    void aConfiguredAdminAddressIsTakenAndItsAccountExists() {
        register(" ADMIN@stride.test", PASSWORD).statusCode(409).contentType("application/problem+json");
        String token = login(Api.ADMIN_EMAIL, PASSWORD).statusCode(200).extract().path("accessToken");
        given().auth().oauth2(token).get("/api/v1/me").then().statusCode(200).body("tier", equalTo("admin"));
    }

    @Test
    void refusesATakenEmailWhateverItsCase() {
        String email = uniqueEmail();
        register(email, PASSWORD).statusCode(201);
        register(email.toUpperCase(), PASSWORD)
                .statusCode(409)
                .contentType("application/problem+json")
                .body("status", equalTo(409));
    }

    @ParameterizedTest
    @ValueSource(strings = {"not-an-email", "two@@example.com", "spaces in@example.com", "nodomain@", ""})
    void refusesMalformedEmails(String email) {
        register(email, PASSWORD).statusCode(400).body("errors.field", hasItem("email"));
    }

    @Test
    void refusesAnEmailOver254Characters() {
        String email = "a".repeat(64) + "@" + ("b".repeat(40) + ".").repeat(5) + "com";
        register(email, PASSWORD).statusCode(400).body("errors.field", hasItem("email"));
    }

    @Test
    void refusesPasswordsOutside10To128Characters() {
        register(uniqueEmail(), "123456789").statusCode(400).body("errors.field", hasItem("password"));
        register(uniqueEmail(), "x".repeat(129)).statusCode(400).body("errors.field", hasItem("password"));
        register(uniqueEmail(), "x".repeat(10)).statusCode(201);
        register(uniqueEmail(), "x".repeat(128)).statusCode(201);
    }

    @Test
    void listsEveryBrokenRuleAtOnce() {
        given().contentType(ContentType.JSON)
                .body("{\"email\":\"nope\",\"password\":\"short\",\"displayName\":\"" + "n".repeat(101) + "\"}")
                .post("/api/v1/auth/register")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("email"))
                .body("errors.field", hasItem("password"))
                .body("errors.field", hasItem("displayName"));
    }

    @Test
    void logsInWithABearerToken() {
        String email = uniqueEmail();
        register(email, PASSWORD).statusCode(201);
        login(" " + email.toUpperCase(), PASSWORD)
                .statusCode(200)
                .body("accessToken", notNullValue())
                .body("tokenType", equalTo("Bearer"))
                .body("expiresIn", equalTo(900));
    }

    @Test
    void answersUnknownEmailsAndWrongPasswordsAlike() {
        String email = uniqueEmail();
        register(email, PASSWORD).statusCode(201);
        var wrongPassword = login(email, "wrong password!").statusCode(401)
                .header("WWW-Authenticate", "Bearer").extract();
        var unknownEmail = login(uniqueEmail(), PASSWORD).statusCode(401).extract();
        org.assertj.core.api.Assertions.assertThat(wrongPassword.<String>path("detail"))
                .isEqualTo(unknownEmail.<String>path("detail"));
        org.assertj.core.api.Assertions.assertThat(wrongPassword.<String>path("title"))
                .isEqualTo(unknownEmail.<String>path("title"));
    }

    @Test
    void refusesLoginWithoutCredentials() {
        given().contentType(ContentType.JSON).body("{\"email\":\"\"}")
                .post("/api/v1/auth/login")
                .then().statusCode(400)
                .body("errors.field", hasItem("email"))
                .body("errors.field", hasItem("password"));
    }

    @Test
    void issuesTokensThatExpireIn15Minutes() {
        String email = uniqueEmail();
        register(email, PASSWORD).statusCode(201);
        login(email, PASSWORD).body("expiresIn", greaterThan(0));
    }
}
