package dev.stride.adapter.in.rest;

import dev.stride.adapter.in.rest.dto.ActivityJson;
import dev.stride.adapter.in.rest.dto.ActivityRequest;
import dev.stride.adapter.in.rest.dto.ActivityResponse;
import dev.stride.adapter.in.rest.dto.PageResponse;
import dev.stride.adapter.in.rest.http.AtHandOrBlocking;
import dev.stride.adapter.in.rest.http.CurrentCaller;
import dev.stride.adapter.in.rest.http.EntityTags;
import dev.stride.adapter.in.rest.http.Paging;
import dev.stride.adapter.in.rest.problem.MissingBodyException;
import dev.stride.adapter.in.rest.problem.ProblemDetail;
import dev.stride.adapter.in.rest.problem.Problems;
import dev.stride.application.port.in.ActivityInput;
import dev.stride.application.port.in.ActivityNotFoundException;
import dev.stride.application.port.in.CreateActivityIdempotentlyUseCase;
import dev.stride.application.port.in.CreateActivityUseCase;
import dev.stride.application.port.in.CreatedActivity;
import dev.stride.application.port.in.DeleteActivityUseCase;
import dev.stride.application.port.in.GetActivityUseCase;
import dev.stride.application.port.in.ListActivitiesQuery;
import dev.stride.application.port.in.ListActivitiesUseCase;
import dev.stride.application.port.in.ListTrashUseCase;
import dev.stride.application.port.in.RestoreActivityUseCase;
import dev.stride.application.port.in.UpdateActivityCommand;
import dev.stride.application.port.in.UpdateActivityUseCase;
import dev.stride.domain.activity.Activity;
import dev.stride.domain.activity.ActivityId;
import dev.stride.domain.idempotency.IdempotencyKey;
import dev.stride.domain.user.UserId;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path(ActivityResource.PATH)
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Activities")
@SecurityRequirement(name = StrideApi.BEARER)
@APIResponse(responseCode = "401", ref = StrideApi.UNAUTHORIZED)
public class ActivityResource {

    static final String PATH = StrideApi.BASE_PATH + "/activities";
    static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    static final String IDEMPOTENT_REPLAYED = "Idempotent-Replayed";

    @Inject
    CurrentCaller caller;
    @Inject
    CreateActivityUseCase createActivity;
    @Inject
    CreateActivityIdempotentlyUseCase createIdempotently;
    @Inject
    GetActivityUseCase getActivity;
    @Inject
    ListActivitiesUseCase listActivities;
    @Inject
    ListTrashUseCase listTrash;
    @Inject
    UpdateActivityUseCase updateActivity;
    @Inject
    DeleteActivityUseCase deleteActivity;
    @Inject
    RestoreActivityUseCase restoreActivity;
    @Inject
    ActivityJson json;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createActivity", summary = "Log an activity",
            description = "Tags are lower-cased and duplicates collapse; activityDate may be at most tomorrow (UTC)."
                    + " With an Idempotency-Key, repeating the request (same key, same body, within 24 hours)"
                    + " creates nothing more and replays the first response with Idempotent-Replayed: true.")
    @APIResponse(responseCode = "201", description = "Created, or replayed",
            headers = {
                    @Header(name = HttpHeaders.LOCATION, description = "/api/v1/activities/{id}",
                            schema = @Schema(type = SchemaType.STRING, format = "uri-reference")),
                    @Header(name = HttpHeaders.ETAG, description = "Strong validator of this version",
                            schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = IDEMPOTENT_REPLAYED,
                            description = "true when this is the replay of an earlier request with the same"
                                    + " Idempotency-Key: nothing was created this time",
                            schema = @Schema(type = SchemaType.BOOLEAN))},
            content = @Content(schema = @Schema(implementation = ActivityResponse.class)))
    @APIResponse(responseCode = "400", ref = StrideApi.BAD_REQUEST)
    @APIResponse(responseCode = "409", description = "A request with the same Idempotency-Key is still in progress;"
            + " retry after the seconds in Retry-After",
            headers = @Header(name = HttpHeaders.RETRY_AFTER, description = "Seconds to wait before retrying",
                    schema = @Schema(type = SchemaType.INTEGER)),
            content = @Content(mediaType = Problems.MEDIA_TYPE,
                    schema = @Schema(implementation = ProblemDetail.class)))
    @APIResponse(responseCode = "413", ref = StrideApi.TOO_LARGE)
    @APIResponse(responseCode = "415", ref = StrideApi.UNSUPPORTED)
    @APIResponse(responseCode = "422", ref = StrideApi.IDEMPOTENCY_KEY_REUSED)
    public Response create(ActivityRequest body,
            @Parameter(in = ParameterIn.HEADER, name = IDEMPOTENCY_KEY,
                    description = "The client's name for this create (a UUID, say), 1 to 255 printable ASCII"
                            + " characters, remembered per user for 24 hours",
                    schema = @Schema(type = SchemaType.STRING, minLength = 1, maxLength = IdempotencyKey.MAX_LENGTH))
            @HeaderParam(IDEMPOTENCY_KEY) String idempotencyKey) {
        ActivityInput input = MissingBodyException.require(body).toInput();
        if (idempotencyKey == null) {
            return created(createActivity.create(caller.id(), input), false);
        }
        CreatedActivity outcome = createIdempotently.create(caller.id(), input, new IdempotencyKey(idempotencyKey));
        return created(outcome.activity(), outcome.replayed());
    }

    private static Response created(Activity activity, boolean replayed) {
        // Set as a header, not through created(): JAX-RS would make it absolute, API.md names the path.
        Response.ResponseBuilder response = Response.status(Response.Status.CREATED)
                .header(HttpHeaders.LOCATION, PATH + "/" + activity.id())
                .header(HttpHeaders.ETAG, EntityTags.of(activity))
                .entity(ActivityResponse.from(activity));
        if (replayed) {
            response.header(IDEMPOTENT_REPLAYED, "true");
        }
        return response.build();
    }

    @GET
    @Operation(operationId = "listActivities", summary = "List live activities",
            description = "Newest activityDate first, then newest createdAt; soft-deleted activities excluded.")
    @APIResponse(responseCode = "200", description = "A page")
    @APIResponse(responseCode = "400", ref = StrideApi.BAD_REQUEST)
    public CompletionStage<PageResponse<ActivityResponse>> list(
            @Parameter(description = "1-based page", schema = @Schema(minimum = "1", defaultValue = "1"))
            @QueryParam("page") String page,
            @Parameter(schema = @Schema(minimum = "1", maximum = "100", defaultValue = "20"))
            @QueryParam("limit") String limit,
            @Parameter(description = "Only this activity type") @QueryParam("type") String type,
            @Parameter(description = "Only activities with this tag") @QueryParam("tag") String tag,
            @Parameter(description = "Inclusive start date", schema = @Schema(format = "date"))
            @QueryParam("from") String from,
            @Parameter(description = "Inclusive end date", schema = @Schema(format = "date"))
            @QueryParam("to") String to) {
        ListActivitiesQuery query = ListActivitiesQuery.of(caller.id(), type, tag, from, to, Paging.of(page, limit));
        return AtHandOrBlocking.answer(listActivities.atHand(query), () -> listActivities.list(query),
                activities -> PageResponse.from(activities, ActivityResponse::from));
    }

    @GET
    @Path("/trash")
    @Operation(operationId = "listTrash", summary = "List the caller's soft-deleted activities",
            description = "Newest deletion first.")
    @APIResponse(responseCode = "200", description = "A page")
    @APIResponse(responseCode = "400", ref = StrideApi.BAD_REQUEST)
    public PageResponse<ActivityResponse> trash(@QueryParam("page") String page, @QueryParam("limit") String limit) {
        return PageResponse.from(listTrash.listTrash(caller.id(), Paging.of(page, limit)), ActivityResponse::from);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getActivity", summary = "Read one activity",
            description = "Missing, soft-deleted and other users' activities are all 404.")
    @APIResponse(responseCode = "200", description = "The activity",
            headers = @Header(name = HttpHeaders.ETAG, description = "Strong validator of this version",
                    schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = ActivityResponse.class)))
    @APIResponse(responseCode = "304", description = "If-None-Match names the current version")
    @APIResponse(responseCode = "404", ref = StrideApi.NOT_FOUND)
    public CompletionStage<Response> get(@PathParam("id") String id,
            @Parameter(in = ParameterIn.HEADER, name = HttpHeaders.IF_NONE_MATCH)
            @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        UserId owner = caller.id();
        ActivityId activityId = parseId(id);
        return AtHandOrBlocking.answer(getActivity.atHand(owner, activityId),
                () -> getActivity.get(owner, activityId), activity -> found(activity, ifNoneMatch));
    }

    private Response found(Activity activity, String ifNoneMatch) {
        if (EntityTags.noneMatchHits(ifNoneMatch, activity)) {
            return Response.notModified().header(HttpHeaders.ETAG, EntityTags.of(activity)).build();
        }
        return Response.ok(json.of(activity), ActivityJson.MEDIA_TYPE)
                .header(HttpHeaders.ETAG, EntityTags.of(activity)).build();
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "updateActivity", summary = "Replace every editable field of an activity",
            description = "With If-Match, only if it names the current version (else 412).")
    @APIResponse(responseCode = "200", description = "The updated activity",
            headers = @Header(name = HttpHeaders.ETAG, description = "Strong validator of the new version",
                    schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = ActivityResponse.class)))
    @APIResponse(responseCode = "400", ref = StrideApi.BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = StrideApi.NOT_FOUND)
    @APIResponse(responseCode = "412", ref = StrideApi.PRECONDITION_FAILED)
    @APIResponse(responseCode = "413", ref = StrideApi.TOO_LARGE)
    @APIResponse(responseCode = "415", ref = StrideApi.UNSUPPORTED)
    public Response update(@PathParam("id") String id,
            @Parameter(in = ParameterIn.HEADER, name = HttpHeaders.IF_MATCH)
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            ActivityRequest body) {
        ActivityId activityId = parseId(id);
        ActivityRequest request = MissingBodyException.require(body);
        Activity activity = updateActivity.update(new UpdateActivityCommand(caller.id(), activityId,
                request.toInput(), EntityTags.ifMatch(ifMatch)));
        return Response.ok(ActivityResponse.from(activity)).header(HttpHeaders.ETAG, EntityTags.of(activity))
                .build();
    }

    @DELETE
    @Path("/{id}")
    @Operation(operationId = "deleteActivity", summary = "Move an activity to the trash",
            description = "A soft delete: the activity leaves lists and statistics and can be restored.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", ref = StrideApi.NOT_FOUND)
    public void delete(@PathParam("id") String id) {
        deleteActivity.delete(caller.id(), parseId(id));
    }

    @POST
    @Path("/{id}/restore")
    @Operation(operationId = "restoreActivity", summary = "Take an activity out of the trash",
            description = "It counts in lists and statistics again.")
    @APIResponse(responseCode = "200", description = "The restored activity",
            headers = @Header(name = HttpHeaders.ETAG, description = "Strong validator of this version",
                    schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = ActivityResponse.class)))
    @APIResponse(responseCode = "404", ref = StrideApi.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = StrideApi.CONFLICT, description = "The activity is not deleted")
    public Response restore(@PathParam("id") String id) {
        Activity activity = restoreActivity.restore(caller.id(), parseId(id));
        return Response.ok(ActivityResponse.from(activity)).header(HttpHeaders.ETAG, EntityTags.of(activity))
                .build();
    }

    static ActivityId parseId(String raw) {
        return ActivityId.parse(raw).orElseThrow(ActivityNotFoundException::new);
    }
}
