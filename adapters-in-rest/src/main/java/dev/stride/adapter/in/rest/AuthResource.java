package dev.stride.adapter.in.rest;

import dev.stride.adapter.in.rest.dto.LoginRequest;
import dev.stride.adapter.in.rest.dto.RegisterRequest;
import dev.stride.adapter.in.rest.dto.TokenResponse;
import dev.stride.adapter.in.rest.dto.UserResponse;
import dev.stride.adapter.in.rest.problem.MissingBodyException;
import dev.stride.application.port.in.LogInCommand;
import dev.stride.application.port.in.LogInUseCase;
import dev.stride.application.port.in.RegisterUserCommand;
import dev.stride.application.port.in.RegisterUserUseCase;
import dev.stride.application.port.out.AccessTokenIssuer.AccessToken;
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
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path(StrideApi.BASE_PATH + "/auth")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Accounts")
@APIResponse(responseCode = "400", ref = StrideApi.BAD_REQUEST)
@APIResponse(responseCode = "413", ref = StrideApi.TOO_LARGE)
@APIResponse(responseCode = "415", ref = StrideApi.UNSUPPORTED)
public class AuthResource {

    @Inject
    RegisterUserUseCase registerUser;

    @Inject
    LogInUseCase logIn;

    @POST
    @Path("/register")
    @Operation(summary = "Create an account",
            description = "The email is trimmed and lower-cased (at most 254 characters); the password has 10 to"
                    + " 128 characters.")
    @APIResponse(responseCode = "201", description = "Registered",
            content = @Content(schema = @Schema(implementation = UserResponse.class)))
    @APIResponse(responseCode = "409", ref = StrideApi.CONFLICT,
            description = "The email is taken (soft-deleted accounts included)")
    public Response register(RegisterRequest body) {
        RegisterRequest request = MissingBodyException.require(body);
        User user = registerUser.register(
                RegisterUserCommand.of(request.email(), request.password(), request.displayName()));
        return Response.status(Response.Status.CREATED).entity(UserResponse.from(user)).build();
    }

    @POST
    @Path("/login")
    @Operation(summary = "Exchange credentials for an access token")
    @APIResponse(responseCode = "200", description = "Logged in",
            content = @Content(schema = @Schema(implementation = TokenResponse.class)))
    @APIResponse(responseCode = "401", ref = StrideApi.UNAUTHORIZED,
            description = "Unknown email, wrong password or deleted account: the same answer for each")
    public TokenResponse login(LoginRequest body) {
        LoginRequest request = MissingBodyException.require(body);
        AccessToken token = logIn.logIn(new LogInCommand(request.email(), request.password()));
        return TokenResponse.bearer(token.value(), token.expiresInSeconds());
    }
}
