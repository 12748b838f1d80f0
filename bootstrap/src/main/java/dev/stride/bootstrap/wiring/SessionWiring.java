package dev.stride.bootstrap.wiring;

import dev.stride.adapter.out.cache.RedisAccountChangeBroadcast;
import dev.stride.adapter.out.cache.RedisGateway;
import dev.stride.adapter.out.cache.RedisSessionStore;
import dev.stride.adapter.out.memory.InMemoryAccountChangeBroadcast;
import dev.stride.adapter.out.memory.InMemorySessionStore;
import dev.stride.application.port.in.ChangeTierUseCase;
import dev.stride.application.port.in.CheckAccountUseCase;
import dev.stride.application.port.in.DeleteAccountUseCase;
import dev.stride.application.port.in.GetAccountUseCase;
import dev.stride.application.port.in.LogOutUseCase;
import dev.stride.application.port.in.RefreshTokensUseCase;
import dev.stride.application.port.in.RestoreAccountUseCase;
import dev.stride.application.port.out.AccessTokenIssuer;
import dev.stride.application.port.out.AccountChangeBroadcast;
import dev.stride.application.port.out.AuditLog;
import dev.stride.application.port.out.SessionStore;
import dev.stride.application.port.out.TimeSource;
import dev.stride.application.port.out.Transactions;
import dev.stride.application.port.out.UserStore;
import dev.stride.application.service.AccountStateCache;
import dev.stride.application.service.AdminEmails;
import dev.stride.application.service.ChangeTierService;
import dev.stride.application.service.CheckAccountService;
import dev.stride.application.service.DeleteAccountService;
import dev.stride.application.service.GetAccountService;
import dev.stride.application.service.LogOutService;
import dev.stride.application.service.RefreshTokensService;
import dev.stride.application.service.RestoreAccountService;
import dev.stride.application.service.Sessions;
import dev.stride.bootstrap.StrideConfig;
import io.quarkus.runtime.Startup;
import io.vertx.mutiny.redis.client.Redis;
import io.quarkus.redis.client.RedisClientName;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/**
 * Sessions and the account life cycle. {@code stride.sessions.store} picks the session store: {@code redis} in
 * production, {@code memory} in the embedded default. The Redis client is looked up only when Redis is chosen, so
 * with {@code memory} nothing ever connects to Redis.
 */
public class SessionWiring {

    @Produces
    @Singleton
    SessionStore sessionStore(StrideConfig config, TimeSource time, Instance<RedisGateway> redis) {
        return switch (config.sessions().store()) {
            case MEMORY -> new InMemorySessionStore(time);
            case REDIS -> new RedisSessionStore(redis.get());
        };
    }

    @Produces
    @Singleton
    Sessions sessions(SessionStore store, StrideConfig config) {
        return new Sessions(store, config.sessions().refreshTokenLifetime(), config.sessions().refreshGrace());
    }

    /**
     * How replicas tell each other that an account changed: Redis pub/sub where sessions live in Redis (production),
     * within the process otherwise (the embedded default has one process).
     */
    @Produces
    @Singleton
    AccountChangeBroadcast accountChangeBroadcast(StrideConfig config,
            @RedisClientName(RedisWiring.SESSIONS) Instance<Redis> redis, Instance<RedisGateway> gateway) {
        return switch (config.sessions().store()) {
            case MEMORY -> new InMemoryAccountChangeBroadcast();
            case REDIS -> new RedisAccountChangeBroadcast(redis.get(), gateway.get());
        };
    }

    void closeBroadcast(@Disposes AccountChangeBroadcast broadcast) throws Exception {
        if (broadcast instanceof AutoCloseable closeable) {
            closeable.close();
        }
    }

    /** Created at start, so it subscribes to account change announcements before the first request needs them. */
    @Produces
    @Singleton
    @Startup
    AccountStateCache accountStateCache(TimeSource time, StrideConfig config, AccountChangeBroadcast broadcast) {
        return new AccountStateCache(time, config.accounts().stateCacheTtl(),
                config.accounts().stateCacheMaxEntries(), broadcast);
    }

    @Produces
    @Singleton
    RefreshTokensUseCase refreshTokensUseCase(UserStore users, AccessTokenIssuer tokens, AdminEmails adminEmails,
            Sessions sessions) {
        return new RefreshTokensService(users, tokens, adminEmails, sessions);
    }

    @Produces
    @Singleton
    LogOutUseCase logOut(Sessions sessions) {
        return new LogOutService(sessions);
    }

    @Produces
    @Singleton
    CheckAccountUseCase checkAccount(UserStore users, AdminEmails adminEmails, AccountStateCache accountStates) {
        return new CheckAccountService(users, adminEmails, accountStates);
    }

    @Produces
    @Singleton
    GetAccountUseCase getAccount(UserStore users, AdminEmails adminEmails) {
        return new GetAccountService(users, adminEmails);
    }

    @Produces
    @Singleton
    DeleteAccountUseCase deleteAccount(UserStore users, TimeSource time, Transactions transactions,
            Sessions sessions, AccountStateCache accountStates) {
        return new DeleteAccountService(users, time, transactions, sessions, accountStates);
    }

    @Produces
    @Singleton
    RestoreAccountUseCase restoreAccount(UserStore users, AuditLog audit, TimeSource time, Transactions transactions,
            AccountStateCache accountStates, AdminEmails adminEmails) {
        return new RestoreAccountService(users, audit, time, transactions, accountStates, adminEmails);
    }

    @Produces
    @Singleton
    ChangeTierUseCase changeTier(UserStore users, AuditLog audit, TimeSource time, Transactions transactions,
            AccountStateCache accountStates, AdminEmails adminEmails) {
        return new ChangeTierService(users, audit, time, transactions, accountStates, adminEmails);
    }
}
