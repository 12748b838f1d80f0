package dev.stride.adapter.in.rest;

import dev.stride.adapter.in.rest.dto.LimitsResponse;
import dev.stride.adapter.in.rest.dto.UserResponse;
import dev.stride.adapter.in.rest.http.CurrentCaller;
import dev.stride.adapter.in.rest.ratelimit.RateLimitGate;
import dev.stride.application.port.in.DeleteAccountUseCase;
import dev.stride.application.port.in.GetAccountUseCase;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path(StrideApi.BASE_PATH + "/me")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Accounts")
@SecurityRequirement(name = StrideApi.BEARER)
@APIResponse(responseCode = "401", ref = StrideApi.UNAUTHORIZED)
public class MeResource {

    @Inject
    CurrentCaller caller;
    @Inject
    GetAccountUseCase getAccount;
    @Inject
    DeleteAccountUseCase deleteAccount;
    @Inject
    RateLimitGate rateLimits;

    @GET
    @Operation(operationId = "getAccount", summary = "The caller's account", description = "tier is the tier the caller's tokens carry.")
    @APIResponse(responseCode = "200", description = "The account",
            content = @Content(schema = @Schema(implementation = UserResponse.class)))
    public UserResponse get() {
        return UserResponse.from(getAccount.get(caller.id()));
    }

    @GET
    @Path("/limits")
    @Operation(operationId = "getRateLimits", summary = "What the caller may still do",
            description = "Every rate limit that counts the caller wherever they call from (the per-caller limit of"
                    + " their tier and the per-endpoint limits of their tier), after counting this request:"
                    + " limit per window, what remains, and resetSeconds until the whole limit is available again."
                    + " Empty when rate limits are turned off.")
    @APIResponse(responseCode = "200", description = "The caller's limits",
            content = @Content(schema = @Schema(implementation = LimitsResponse.class)))
    public LimitsResponse limits() {
        return LimitsResponse.from(rateLimits.callerLimits());
    }

    @DELETE
    @Operation(operationId = "deleteAccount", summary = "Delete the caller's account",
            description = "A soft delete: the data and the email stay (the email cannot be registered again) and an"
                    + " admin can restore the account. At once, logging in is refused, every refresh token is"
                    + " revoked and the access tokens already issued are refused (401).")
    @APIResponse(responseCode = "204", description = "Deleted")
    public void delete() {
        deleteAccount.delete(caller.id());
    }
}
