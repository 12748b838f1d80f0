package dev.stride.adapter.in.rest;

import dev.stride.adapter.in.rest.dto.LoginRequest;
import dev.stride.adapter.in.rest.dto.RefreshRequest;
import dev.stride.adapter.in.rest.dto.RegisterRequest;
import dev.stride.adapter.in.rest.dto.TokenResponse;
import dev.stride.adapter.in.rest.dto.UserResponse;
import dev.stride.adapter.in.rest.problem.MissingBodyException;
import dev.stride.adapter.in.rest.ratelimit.RateLimitGate;
import dev.stride.application.port.in.LogInCommand;
import dev.stride.application.port.in.LogInUseCase;
import dev.stride.application.port.in.LogOutUseCase;
import dev.stride.application.port.in.RefreshTokensUseCase;
import dev.stride.application.port.in.RegisterUserCommand;
import dev.stride.application.port.in.RegisterUserUseCase;
import dev.stride.domain.user.User;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path(AuthResource.PATH)
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Accounts")
@SecurityRequirements({}) // anonymous: these operations are how a client gets its tokens
@APIResponse(responseCode = "400", ref = StrideApi.BAD_REQUEST)
@APIResponse(responseCode = "413", ref = StrideApi.TOO_LARGE)
@APIResponse(responseCode = "415", ref = StrideApi.UNSUPPORTED)
public class AuthResource {

    /** These operations are how a client gets its tokens: they take none, and are limited per address. */
    public static final String PATH = StrideApi.BASE_PATH + "/auth";

    @Inject
    RateLimitGate rateLimits;
    @Inject
    RegisterUserUseCase registerUser;

    @Inject
    LogInUseCase logIn;

    @Inject
    RefreshTokensUseCase refreshTokens;

    @Inject
    LogOutUseCase logOut;

    @POST
    @Path("/register")
    @Operation(operationId = "registerUser", summary = "Create an account",
            description = "The email is trimmed (blanks, no-break and invisible characters), compatibility-normalised"
                    + " and lower-cased (at most 254 characters); the password has 10 to 128 characters.")
    @APIResponse(responseCode = "201", description = "Registered",
            content = @Content(schema = @Schema(implementation = UserResponse.class)))
    @APIResponse(responseCode = "409", ref = StrideApi.CONFLICT,
            description = "The email is taken (soft-deleted accounts included), or is a configured admin's")
    public Response register(RegisterRequest body) {
        RegisterRequest request = MissingBodyException.require(body);
        User user = registerUser.register(
                RegisterUserCommand.of(request.email(), request.password(), request.displayName()));
        return Response.status(Response.Status.CREATED).entity(UserResponse.from(user)).build();
    }

    @POST
    @Path("/login")
    @Operation(operationId = "logIn", summary = "Exchange credentials for an access token and a refresh token",
            description = "Every login is a session of its own, with its own refresh token. Should the session store"
                    + " be unavailable, the login still succeeds, with an access token and no refreshToken.")
    @APIResponse(responseCode = "200", description = "Logged in (refreshToken absent if sessions are unavailable)",
            content = @Content(schema = @Schema(implementation = TokenResponse.class)))
    @APIResponse(responseCode = "401", ref = StrideApi.UNAUTHORIZED,
            description = "Unknown email, wrong password or deleted account: the same answer for each")
    @APIResponse(responseCode = "429", ref = StrideApi.TOO_MANY_REQUESTS,
            description = "Too many logins from this address or for this email (5 a minute each by default)")
    public TokenResponse login(LoginRequest body) {
        LoginRequest request = MissingBodyException.require(body);
        rateLimits.checkEmail(request.email());
        return TokenResponse.from(logIn.logIn(new LogInCommand(request.email(), request.password())));
    }

    @POST
    @Path("/refresh")
    @Operation(operationId = "refreshTokens", summary = "Exchange a refresh token for a new pair",
            description = "Rotation: the presented token stops working and the new one takes its place. Within a"
                    + " grace period after that (stride.sessions.refresh-grace, 10 s), presenting it again answers"
                    + " another new pair and the login goes on: a client retrying a refresh whose answer it lost, two"
                    + " tabs refreshing at once. Later, it is taken as theft: 401, and every token of that login is"
                    + " revoked. The new access token carries the account's current tier.")
    @APIResponse(responseCode = "200", description = "A new access token and refresh token",
            content = @Content(schema = @Schema(implementation = TokenResponse.class)))
    @APIResponse(responseCode = "401", ref = StrideApi.UNAUTHORIZED,
            description = "Unknown, expired, revoked or already used refresh token, or a deleted account")
    @APIResponse(responseCode = "503", ref = StrideApi.UNAVAILABLE)
    public TokenResponse refresh(RefreshRequest body) {
        return TokenResponse.from(refreshTokens.refresh(MissingBodyException.require(body).refreshToken()));
    }

    @POST
    @Path("/logout")
    @Operation(operationId = "logOut", summary = "End the login a refresh token belongs to",
            description = "Revokes that login's refresh tokens; the account's other logins are untouched. Access"
                    + " tokens already issued stay valid until they expire. A token that is unknown or already"
                    + " revoked is accepted too.")
    @APIResponse(responseCode = "204", description = "Logged out")
    @APIResponse(responseCode = "503", ref = StrideApi.UNAVAILABLE)
    public void logout(RefreshRequest body) {
        logOut.logOut(MissingBodyException.require(body).refreshToken());
    }
}
