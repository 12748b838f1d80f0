package dev.stride.bootstrap.api;

import static dev.stride.bootstrap.api.Api.activity;
import static dev.stride.bootstrap.api.Api.adminToken;
import static dev.stride.bootstrap.api.Api.as;
import static dev.stride.bootstrap.api.Api.createActivity;
import static dev.stride.bootstrap.api.Api.newUserToken;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AdminApiTest {

    @Test
    void registersConfiguredAdminEmailsAsAdmins() {
        String admin = adminToken();
        as(admin).get("/api/v1/admin/audit").then().statusCode(200);
    }

    @Test
    void refusesNonAdminsWith403() {
        String user = newUserToken();
        String id = createActivity(user, activity("running", 30, "2026-01-01"));
        as(user).delete("/api/v1/admin/activities/" + id).then().statusCode(403)
                .contentType("application/problem+json");
        as(user).get("/api/v1/admin/audit").then().statusCode(403).contentType("application/problem+json");
        as(user).get("/api/v1/activities/" + id).then().statusCode(200);
    }

    @Test
    void refusesAnonymousCallersWith401() {
        io.restassured.RestAssured.given().get("/api/v1/admin/audit").then().statusCode(401)
                .header("WWW-Authenticate", "Bearer");
    }

    @Test
    void purgesAnyActivityForGoodAndAuditsIt() {
        String user = newUserToken();
        String admin = adminToken();
        String id = createActivity(user, activity("running", 30, "2026-01-01"));
        as(user).delete("/api/v1/activities/" + id).then().statusCode(204);

        as(admin).delete("/api/v1/admin/activities/" + id).then().statusCode(204);

        as(user).get("/api/v1/activities/trash").then().body("total", equalTo(0));
        as(user).post("/api/v1/activities/" + id + "/restore").then().statusCode(404);
        as(admin).delete("/api/v1/admin/activities/" + id).then().statusCode(404);
        as(admin).get("/api/v1/admin/audit?limit=100").then().statusCode(200)
                .body("items.targetId", hasItem(id))
                .body("items.find { it.targetId == '" + id + "' }.action", equalTo("activity.purged"))
                .body("items.find { it.targetId == '" + id + "' }.targetType", equalTo("activity"))
                .body("items.find { it.targetId == '" + id + "' }.actorId", notNullValue())
                .body("items.find { it.targetId == '" + id + "' }.at", notNullValue())
                .body("items.find { it.targetId == '" + id + "' }.details.wasDeleted", equalTo("true"));
    }

    @Test
    void purgesLiveActivitiesToo() {
        String user = newUserToken();
        String id = createActivity(user, activity("running", 30, "2026-01-01"));
        as(adminToken()).delete("/api/v1/admin/activities/" + id).then().statusCode(204);
        as(user).get("/api/v1/activities/" + id).then().statusCode(404);
    }

    @Test
    void answers404ForActivitiesThatNeverExisted() {
        as(adminToken()).delete("/api/v1/admin/activities/" + UUID.randomUUID()).then().statusCode(404);
        as(adminToken()).delete("/api/v1/admin/activities/garbage").then().statusCode(404);
    }

    @Test
    void pagesTheAuditTrailNewestFirst() {
        String admin = adminToken();
        String user = newUserToken();
        String first = createActivity(user, activity("running", 30, "2026-01-01"));
        String second = createActivity(user, activity("running", 30, "2026-01-01"));
        as(admin).delete("/api/v1/admin/activities/" + first).then().statusCode(204);
        as(admin).delete("/api/v1/admin/activities/" + second).then().statusCode(204);
        as(admin).get("/api/v1/admin/audit?page=1&limit=2").then().statusCode(200)
                .body("items[0].targetId", equalTo(second))
                .body("items[1].targetId", equalTo(first))
                .body("limit", equalTo(2));
        as(admin).get("/api/v1/admin/audit?limit=101").then().statusCode(400);
    }
}
