package dev.stride.adapter.in.rest;

import dev.stride.adapter.in.rest.dto.CreatedWebhookResponse;
import dev.stride.adapter.in.rest.dto.DeliveryResponse;
import dev.stride.adapter.in.rest.dto.PageResponse;
import dev.stride.adapter.in.rest.dto.WebhookRequest;
import dev.stride.adapter.in.rest.dto.WebhookResponse;
import dev.stride.adapter.in.rest.http.CurrentCaller;
import dev.stride.adapter.in.rest.http.Paging;
import dev.stride.adapter.in.rest.problem.MissingBodyException;
import dev.stride.application.port.in.CreateWebhookCommand;
import dev.stride.application.port.in.CreateWebhookUseCase;
import dev.stride.application.port.in.DeleteWebhookUseCase;
import dev.stride.application.port.in.DeliveryNotFoundException;
import dev.stride.application.port.in.ListDeliveriesUseCase;
import dev.stride.application.port.in.ListWebhooksUseCase;
import dev.stride.application.port.in.RedeliverUseCase;
import dev.stride.application.port.in.WebhookNotFoundException;
import dev.stride.domain.webhook.Delivery;
import dev.stride.domain.webhook.DeliveryId;
import dev.stride.domain.webhook.Subscription;
import dev.stride.domain.webhook.SubscriptionId;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path(WebhookResource.PATH)
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Webhooks")
@SecurityRequirement(name = StrideApi.BEARER)
@APIResponse(responseCode = "401", ref = StrideApi.UNAUTHORIZED)
public class WebhookResource {

    static final String PATH = StrideApi.BASE_PATH + "/webhooks";

    @Inject
    CurrentCaller caller;
    @Inject
    CreateWebhookUseCase createWebhook;
    @Inject
    ListWebhooksUseCase listWebhooks;
    @Inject
    DeleteWebhookUseCase deleteWebhook;
    @Inject
    ListDeliveriesUseCase listDeliveries;
    @Inject
    RedeliverUseCase redeliver;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createWebhook", summary = "Subscribe a URL to activity events",
            description = "Deliveries follow the Standard Webhooks specification: a POST of {type, timestamp, data}"
                    + " with webhook-id, webhook-timestamp and webhook-signature (v1, HMAC-SHA256 over"
                    + " id.timestamp.body keyed with the secret's decoded bytes). The secret is shown only in this"
                    + " answer. At most 10 subscriptions per user.")
    @APIResponse(responseCode = "201", description = "Created; the answer holds the signing secret",
            headers = @Header(name = HttpHeaders.LOCATION, description = "/api/v1/webhooks/{id}",
                    schema = @Schema(type = SchemaType.STRING, format = "uri-reference")),
            content = @Content(schema = @Schema(implementation = CreatedWebhookResponse.class)))
    @APIResponse(responseCode = "400", ref = StrideApi.BAD_REQUEST)
    @APIResponse(responseCode = "409", ref = StrideApi.CONFLICT,
            description = "The caller has 10 subscriptions already")
    @APIResponse(responseCode = "413", ref = StrideApi.TOO_LARGE)
    @APIResponse(responseCode = "415", ref = StrideApi.UNSUPPORTED)
    public Response create(WebhookRequest body) {
        WebhookRequest request = MissingBodyException.require(body);
        Subscription subscription = createWebhook.create(new CreateWebhookCommand(caller.id(), request.url(),
                request.events(), request.description()));
        return Response.status(Response.Status.CREATED)
                .header(HttpHeaders.LOCATION, PATH + "/" + subscription.id())
                .entity(CreatedWebhookResponse.from(subscription))
                .build();
    }

    @GET
    @Operation(operationId = "listWebhooks", summary = "List the caller's webhook subscriptions",
            description = "Oldest first; secrets are never shown again.")
    @APIResponse(responseCode = "200", description = "A page")
    @APIResponse(responseCode = "400", ref = StrideApi.BAD_REQUEST)
    public PageResponse<WebhookResponse> list(
            @Parameter(description = "1-based page", schema = @Schema(minimum = "1", defaultValue = "1"))
            @QueryParam("page") String page,
            @Parameter(schema = @Schema(minimum = "1", maximum = "100", defaultValue = "20"))
            @QueryParam("limit") String limit) {
        return PageResponse.from(listWebhooks.list(caller.id(), Paging.of(page, limit)), WebhookResponse::from);
    }

    @DELETE
    @Path("/{id}")
    @Operation(operationId = "deleteWebhook", summary = "Delete a webhook subscription",
            description = "Its pending deliveries are dropped: nothing more is sent to it.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", ref = StrideApi.NOT_FOUND)
    public void delete(@PathParam("id") String id) {
        deleteWebhook.delete(caller.id(), subscriptionId(id));
    }

    @GET
    @Path("/{id}/deliveries")
    @Operation(operationId = "listWebhookDeliveries", summary = "List a subscription's deliveries",
            description = "Newest first; delivered and failed deliveries are kept for 30 days by default.")
    @APIResponse(responseCode = "200", description = "A page")
    @APIResponse(responseCode = "400", ref = StrideApi.BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = StrideApi.NOT_FOUND)
    public PageResponse<DeliveryResponse> deliveries(@PathParam("id") String id,
            @Parameter(description = "1-based page", schema = @Schema(minimum = "1", defaultValue = "1"))
            @QueryParam("page") String page,
            @Parameter(schema = @Schema(minimum = "1", maximum = "100", defaultValue = "20"))
            @QueryParam("limit") String limit) {
        SubscriptionId subscription = subscriptionId(id);
        return PageResponse.from(listDeliveries.list(caller.id(), subscription, Paging.of(page, limit)),
                DeliveryResponse::from);
    }

    @POST
    @Path("/{id}/deliveries/{deliveryId}/redeliver")
    @Operation(operationId = "redeliverWebhook", summary = "Send a delivery again",
            description = "Whatever its state: it is due at once, with the whole retry schedule ahead of it again,"
                    + " and keeps its webhook-id, so a receiver that has it already can tell.")
    @APIResponse(responseCode = "202", description = "Queued",
            content = @Content(schema = @Schema(implementation = DeliveryResponse.class)))
    @APIResponse(responseCode = "404", ref = StrideApi.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = StrideApi.CONFLICT,
            description = "The subscription is disabled (its receiver answered 410 Gone)")
    public Response redeliver(@PathParam("id") String id, @PathParam("deliveryId") String deliveryId) {
        SubscriptionId subscription = subscriptionId(id);
        DeliveryId delivery = DeliveryId.parse(deliveryId).orElseThrow(DeliveryNotFoundException::new);
        Delivery queued = redeliver.redeliver(caller.id(), subscription, delivery);
        return Response.accepted(DeliveryResponse.from(queued)).build();
    }

    private static SubscriptionId subscriptionId(String raw) {
        return SubscriptionId.parse(raw).orElseThrow(WebhookNotFoundException::new);
    }
}
