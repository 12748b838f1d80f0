package dev.stride.bootstrap.api;

import static dev.stride.bootstrap.api.Api.PASSWORD;
import static dev.stride.bootstrap.api.Api.activity;
import static dev.stride.bootstrap.api.Api.adminToken;
import static dev.stride.bootstrap.api.Api.as;
import static dev.stride.bootstrap.api.Api.claims;
import static dev.stride.bootstrap.api.Api.createActivity;
import static dev.stride.bootstrap.api.Api.login;
import static dev.stride.bootstrap.api.Api.refresh;
import static dev.stride.bootstrap.api.Api.register;
import static dev.stride.bootstrap.api.Api.uniqueEmail;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** GET and DELETE /me, and the admins' restore and tier change, end to end. */
@QuarkusTest
class AccountApiTest {

    /** A fresh account: its id, email and first login. */
    private record Account(String id, String email, String accessToken, String refreshToken) {
    }

    private static Account newAccount() {
        String email = uniqueEmail();
        String id = register(email, PASSWORD).statusCode(201).extract().path("id");
        Map<String, Object> tokens = login(email, PASSWORD).statusCode(200).extract().jsonPath().getMap("");
        return new Account(id, email, (String) tokens.get("accessToken"), (String) tokens.get("refreshToken"));
    }

    private static String tierIn(String accessToken) {
        @SuppressWarnings("unchecked")
        List<String> groups = (List<String>) claims(accessToken).get("groups");
        return groups.get(0);
    }

    @Test
    void meIsTheCallersAccount() {
        Account ann = newAccount();
        as(ann.accessToken()).get("/api/v1/me").then().statusCode(200)
                .body("id", equalTo(ann.id()))
                .body("email", equalTo(ann.email()))
                .body("displayName", nullValue())
                .body("tier", equalTo("free"))
                .body("createdAt", matchesPattern("\\d{4}-\\d\\d-\\d\\dT.*Z"))
                .body("password", nullValue())
                .body("passwordHash", nullValue());
    }

    @Test
    void meNeedsAValidToken() {
        given().get("/api/v1/me").then().statusCode(401).header("WWW-Authenticate", "Bearer")
                .contentType("application/problem+json");
        given().delete("/api/v1/me").then().statusCode(401);
    }

    @Test
    void deletingMyAccountRefusesItsLoginTokensAndRefreshAtOnceAndKeepsTheEmailTaken() {
        Account ann = newAccount();
        String activityId = createActivity(ann.accessToken(), activity("running", 30, "2026-01-01"));

        as(ann.accessToken()).delete("/api/v1/me").then().statusCode(204);

        as(ann.accessToken()).get("/api/v1/me").then().statusCode(401).header("WWW-Authenticate", "Bearer")
                .contentType("application/problem+json");
        as(ann.accessToken()).get("/api/v1/activities/" + activityId).then().statusCode(401);
        as(ann.accessToken()).delete("/api/v1/me").then().statusCode(401);
        login(ann.email(), PASSWORD).statusCode(401);
        refresh(ann.refreshToken()).statusCode(401);
        register(ann.email(), PASSWORD).statusCode(409);
    }

    @Test
    void anAdminRestoresADeletedAccountWithItsDataAndItIsAudited() {
        Account ann = newAccount();
        String activityId = createActivity(ann.accessToken(), activity("running", 30, "2026-01-01"));
        as(ann.accessToken()).delete("/api/v1/me").then().statusCode(204);
        String admin = adminToken();

        as(admin).post("/api/v1/admin/users/" + ann.id() + "/restore").then().statusCode(200)
                .body("id", equalTo(ann.id()))
                .body("email", equalTo(ann.email()))
                .body("tier", equalTo("free"));

        String again = login(ann.email(), PASSWORD).statusCode(200).extract().path("accessToken");
        as(again).get("/api/v1/activities/" + activityId).then().statusCode(200);
        // The sessions revoked at deletion stay revoked.
        refresh(ann.refreshToken()).statusCode(401);
        as(admin).get("/api/v1/admin/audit?limit=100").then().statusCode(200)
                .body("items.find { it.targetId == '" + ann.id() + "' }.action", equalTo("user.restored"))
                .body("items.find { it.targetId == '" + ann.id() + "' }.targetType", equalTo("user"))
                .body("items.find { it.targetId == '" + ann.id() + "' }.actorId",
                        equalTo(claims(admin).get("sub")));
    }

    @Test
    void restoringALiveOrUnknownAccountIsRefused() {
        Account ann = newAccount();
        String admin = adminToken();

        as(admin).post("/api/v1/admin/users/" + ann.id() + "/restore").then().statusCode(409)
                .contentType("application/problem+json");
        as(admin).post("/api/v1/admin/users/" + UUID.randomUUID() + "/restore").then().statusCode(404)
                .contentType("application/problem+json");
        as(admin).post("/api/v1/admin/users/garbage/restore").then().statusCode(404);
    }

    @Test
    void aTierChangeShowsAtOnceInMeAndInTheNextTokensAndIsAudited() {
        Account ann = newAccount();
        String admin = adminToken();

        as(admin).body("{\"tier\":\"premium\"}").put("/api/v1/admin/users/" + ann.id() + "/tier").then()
                .statusCode(200)
                .body("id", equalTo(ann.id()))
                .body("tier", equalTo("premium"));

        as(ann.accessToken()).get("/api/v1/me").then().statusCode(200).body("tier", equalTo("premium"));
        String refreshed = refresh(ann.refreshToken()).statusCode(200).extract().path("accessToken");
        assertThat(tierIn(refreshed)).isEqualTo("premium");
        assertThat(tierIn(login(ann.email(), PASSWORD).statusCode(200).extract().path("accessToken")))
                .isEqualTo("premium");
        as(admin).get("/api/v1/admin/audit?limit=100").then()
                .body("items.find { it.targetId == '" + ann.id() + "' }.action", equalTo("user.tier_changed"))
                .body("items.find { it.targetId == '" + ann.id() + "' }.details.from", equalTo("free"))
                .body("items.find { it.targetId == '" + ann.id() + "' }.details.to", equalTo("premium"));

        as(admin).body("{\"tier\":\"free\"}").put("/api/v1/admin/users/" + ann.id() + "/tier").then()
                .statusCode(200).body("tier", equalTo("free"));
        as(ann.accessToken()).get("/api/v1/me").then().body("tier", equalTo("free"));
    }

    @Test
    void aTierChangeIsCheckedAndAdminsAreConfigurationNotADecision() {
        Account ann = newAccount();
        String admin = adminToken();
        String path = "/api/v1/admin/users/" + ann.id() + "/tier";

        as(admin).body("{\"tier\":\"admin\"}").put(path).then().statusCode(400).body("errors.field", hasItem("tier"));
        as(admin).body("{\"tier\":\"gold\"}").put(path).then().statusCode(400).body("errors.field", hasItem("tier"));
        as(admin).body("{}").put(path).then().statusCode(400).body("errors.field", hasItem("tier"));
        as(admin).body("{\"tier\":\"premium\",\"extra\":1}").put(path).then().statusCode(400);
        as(admin).put(path).then().statusCode(400);
        as(admin).body("{\"tier\":\"premium\"}").put("/api/v1/admin/users/" + UUID.randomUUID() + "/tier").then()
                .statusCode(404);
        String adminId = (String) claims(admin).get("sub");
        as(admin).body("{\"tier\":\"free\"}").put("/api/v1/admin/users/" + adminId + "/tier").then()
                .statusCode(409);
        as(ann.accessToken()).get("/api/v1/me").then().body("tier", equalTo("free"));
    }

    @Test
    void nonAdminsAreRefused() {
        Account ann = newAccount();
        Account bob = newAccount();
        as(bob.accessToken()).delete("/api/v1/me").then().statusCode(204);

        as(ann.accessToken()).body("{\"tier\":\"premium\"}").put("/api/v1/admin/users/" + ann.id() + "/tier")
                .then().statusCode(403).contentType("application/problem+json");
        as(ann.accessToken()).post("/api/v1/admin/users/" + bob.id() + "/restore").then().statusCode(403);
        given().contentType("application/json").body("{\"tier\":\"premium\"}")
                .put("/api/v1/admin/users/" + ann.id() + "/tier").then().statusCode(401);
        given().post("/api/v1/admin/users/" + bob.id() + "/restore").then().statusCode(401);

        as(ann.accessToken()).get("/api/v1/me").then().body("tier", equalTo("free"));
        login(bob.email(), PASSWORD).statusCode(401);
    }

    @Test
    void aDeletedAdminsTokenOpensNoAdminEndpoint() {
        // A premium user deleted while their token lives: the admin endpoints answer 401, not 403.
        Account ann = newAccount();
        as(ann.accessToken()).delete("/api/v1/me").then().statusCode(204);

        as(ann.accessToken()).get("/api/v1/admin/audit").then().statusCode(401);
    }
}
