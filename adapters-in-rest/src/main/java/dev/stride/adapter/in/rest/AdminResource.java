package dev.stride.adapter.in.rest;

import dev.stride.adapter.in.rest.dto.AuditEntryResponse;
import dev.stride.adapter.in.rest.dto.PageResponse;
import dev.stride.adapter.in.rest.dto.TierRequest;
import dev.stride.adapter.in.rest.dto.UserResponse;
import dev.stride.adapter.in.rest.http.CurrentCaller;
import dev.stride.adapter.in.rest.http.Paging;
import dev.stride.adapter.in.rest.problem.MissingBodyException;
import dev.stride.application.port.in.ChangeTierCommand;
import dev.stride.application.port.in.ChangeTierUseCase;
import dev.stride.application.port.in.ListAuditEntriesUseCase;
import dev.stride.application.port.in.PurgeActivityUseCase;
import dev.stride.application.port.in.RestoreAccountUseCase;
import dev.stride.application.port.in.UserNotFoundException;
import dev.stride.domain.user.UserId;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path(StrideApi.BASE_PATH + "/admin")
@RolesAllowed("admin")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Administration")
@SecurityRequirement(name = StrideApi.BEARER)
@APIResponse(responseCode = "401", ref = StrideApi.UNAUTHORIZED)
@APIResponse(responseCode = "403", ref = StrideApi.FORBIDDEN)
public class AdminResource {

    @Inject
    CurrentCaller caller;
    @Inject
    PurgeActivityUseCase purgeActivity;
    @Inject
    ListAuditEntriesUseCase listAuditEntries;
    @Inject
    ChangeTierUseCase changeTier;
    @Inject
    RestoreAccountUseCase restoreAccount;

    /** A path id that is no UUID names no account. */
    private static UserId parseUserId(String raw) {
        return UserId.parse(raw).orElseThrow(UserNotFoundException::new);
    }

    @DELETE
    @Path("/activities/{id}")
    @Operation(operationId = "purgeActivity", summary = "Delete any activity for good, tags included",
            description = "Writes an audit entry in the same transaction.")
    @APIResponse(responseCode = "204", description = "Purged")
    @APIResponse(responseCode = "404", ref = StrideApi.NOT_FOUND, description = "No such activity ever existed")
    public void purge(@PathParam("id") String id) {
        purgeActivity.purge(caller.actor(), ActivityResource.parseId(id));
    }

    @PUT
    @Path("/users/{id}/tier")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "changeTier", summary = "Set an account's tier: free or premium",
            description = "Audited (user.tier_changed) when the tier changes. The user's next token carries the new"
                    + " tier, and requests (and so rate limits) see it within a minute. Admins are not made here:"
                    + " they are the accounts listed in stride.admin-emails.")
    @APIResponse(responseCode = "200", description = "The account with its new tier",
            content = @Content(schema = @Schema(implementation = UserResponse.class)))
    @APIResponse(responseCode = "400", ref = StrideApi.BAD_REQUEST,
            description = "tier missing, unknown, or admin")
    @APIResponse(responseCode = "404", ref = StrideApi.NOT_FOUND, description = "No such account")
    @APIResponse(responseCode = "409", ref = StrideApi.CONFLICT,
            description = "The account is an admin through stride.admin-emails")
    @APIResponse(responseCode = "413", ref = StrideApi.TOO_LARGE)
    @APIResponse(responseCode = "415", ref = StrideApi.UNSUPPORTED)
    public UserResponse changeTier(@PathParam("id") String id, TierRequest body) {
        TierRequest request = MissingBodyException.require(body);
        return UserResponse.from(changeTier.changeTier(caller.actor(),
                ChangeTierCommand.of(parseUserId(id), request.tier())));
    }

    @POST
    @Path("/users/{id}/restore")
    @Operation(operationId = "restoreAccount", summary = "Restore a soft-deleted account",
            description = "Audited (user.restored). The owner can log in again; the sessions revoked at deletion"
                    + " stay revoked.")
    @APIResponse(responseCode = "200", description = "The restored account",
            content = @Content(schema = @Schema(implementation = UserResponse.class)))
    @APIResponse(responseCode = "404", ref = StrideApi.NOT_FOUND, description = "No such account")
    @APIResponse(responseCode = "409", ref = StrideApi.CONFLICT, description = "The account is not deleted")
    public UserResponse restore(@PathParam("id") String id) {
        return UserResponse.from(restoreAccount.restore(caller.actor(), parseUserId(id)));
    }

    @GET
    @Path("/audit")
    @Operation(operationId = "listAuditEntries", summary = "The audit trail, newest first",
            description = "Every purge, tier change and account restore: who did what to which, and when.")
    @APIResponse(responseCode = "200", description = "A page")
    @APIResponse(responseCode = "400", ref = StrideApi.BAD_REQUEST)
    public PageResponse<AuditEntryResponse> audit(@QueryParam("page") String page,
            @QueryParam("limit") String limit) {
        return PageResponse.from(listAuditEntries.list(caller.actor(), Paging.of(page, limit)),
                AuditEntryResponse::from);
    }
}
