package dev.stride.adapter.in.rest;

import dev.stride.adapter.in.rest.dto.AuditEntryResponse;
import dev.stride.adapter.in.rest.dto.PageResponse;
import dev.stride.adapter.in.rest.http.CurrentCaller;
import dev.stride.adapter.in.rest.http.Paging;
import dev.stride.application.port.in.ListAuditEntriesUseCase;
import dev.stride.application.port.in.PurgeActivityUseCase;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
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

    @DELETE
    @Path("/activities/{id}")
    @Operation(summary = "Delete any activity for good, tags included",
            description = "Writes an audit entry in the same transaction.")
    @APIResponse(responseCode = "204", description = "Purged")
    @APIResponse(responseCode = "404", ref = StrideApi.NOT_FOUND, description = "No such activity ever existed")
    public void purge(@PathParam("id") String id) {
        purgeActivity.purge(caller.actor(), ActivityResource.parseId(id));
    }

    @GET
    @Path("/audit")
    @Operation(summary = "The audit trail, newest first")
    @APIResponse(responseCode = "200", description = "A page")
    @APIResponse(responseCode = "400", ref = StrideApi.BAD_REQUEST)
    public PageResponse<AuditEntryResponse> audit(@QueryParam("page") String page,
            @QueryParam("limit") String limit) {
        return PageResponse.from(listAuditEntries.list(caller.actor(), Paging.of(page, limit)),
                AuditEntryResponse::from);
    }
}
