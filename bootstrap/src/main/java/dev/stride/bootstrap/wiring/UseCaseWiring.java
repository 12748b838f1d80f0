package dev.stride.bootstrap.wiring;

import dev.stride.adapter.out.metrics.BusinessCounters;
import dev.stride.application.port.in.CreateActivityUseCase;
import dev.stride.application.port.in.DeleteActivityUseCase;
import dev.stride.application.port.in.EnsureAdminAccountsUseCase;
import dev.stride.application.port.in.GetActivityUseCase;
import dev.stride.application.port.in.ListActivitiesUseCase;
import dev.stride.application.port.in.ListAuditEntriesUseCase;
import dev.stride.application.port.in.ListTrashUseCase;
import dev.stride.application.port.in.LogInUseCase;
import dev.stride.application.port.in.PurgeActivityUseCase;
import dev.stride.application.port.in.RegisterUserUseCase;
import dev.stride.application.port.in.RestoreActivityUseCase;
import dev.stride.application.port.in.UpdateActivityUseCase;
import dev.stride.application.port.out.AccessTokenIssuer;
import dev.stride.application.port.out.ActivityStore;
import dev.stride.application.port.out.AuditLog;
import dev.stride.application.port.out.PasswordHasher;
import dev.stride.application.port.out.TimeSource;
import dev.stride.application.port.out.Transactions;
import dev.stride.application.port.out.UserStore;
import dev.stride.application.service.AdminEmails;
import dev.stride.application.service.CreateActivityIdempotentlyService;
import dev.stride.application.service.CreateActivityService;
import dev.stride.application.service.ForgetOldIdempotencyKeysService;
import dev.stride.application.port.in.CreateActivityIdempotentlyUseCase;
import dev.stride.application.port.in.ForgetOldIdempotencyKeysUseCase;
import dev.stride.application.port.out.IdempotencyStore;
import dev.stride.application.service.DeleteActivityService;
import dev.stride.application.service.EnsureAdminAccountsService;
import dev.stride.application.service.GetActivityService;
import dev.stride.application.service.ListActivitiesService;
import dev.stride.application.service.ListAuditEntriesService;
import dev.stride.application.service.ListTrashService;
import dev.stride.application.service.LogInService;
import dev.stride.application.service.PurgeActivityService;
import dev.stride.application.service.RegisterUserService;
import dev.stride.application.service.RestoreActivityService;
import dev.stride.application.service.Sessions;
import dev.stride.application.service.UpdateActivityService;
import dev.stride.application.service.caching.ActivityCaches;
import dev.stride.application.service.caching.CachedGetActivity;
import dev.stride.application.service.caching.CachedListActivities;
import dev.stride.application.service.webhook.WebhookOutbox;
import dev.stride.bootstrap.StrideConfig;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/**
 * Builds each use case from the out-port adapters CDI holds. The application module itself knows no framework. Reads
 * of activities go through the {@link ActivityCaches} (which pass them straight to the source when caching is off);
 * writes of activities tell them what changed.
 */
public class UseCaseWiring {

    @Produces
    @Singleton
    BusinessCounters businessCounters(MeterRegistry registry) {
        return new BusinessCounters(registry);
    }

    @Produces
    @Singleton
    RegisterUserUseCase registerUser(UserStore users, PasswordHasher hasher, TimeSource time,
            Transactions transactions, AdminEmails adminEmails, BusinessCounters counters) {
        return counters.counted(new RegisterUserService(users, hasher, time, transactions, adminEmails));
    }

    @Produces
    @Singleton
    EnsureAdminAccountsUseCase ensureAdminAccounts(UserStore users, PasswordHasher hasher, TimeSource time,
            Transactions transactions, AdminEmails adminEmails) {
        return new EnsureAdminAccountsService(users, hasher, time, transactions, adminEmails);
    }

    /** Before the first request, so no listed address is ever free to register. */
    void createAdminAccounts(@Observes StartupEvent started, EnsureAdminAccountsUseCase admins, StrideConfig config) {
        admins.ensureAdminAccounts(config.adminInitialPassword());
    }

    @Produces
    @Singleton
    LogInUseCase logIn(UserStore users, PasswordHasher hasher, AccessTokenIssuer tokens, AdminEmails adminEmails,
            Sessions sessions) {
        return new LogInService(users, hasher, tokens, adminEmails, sessions);
    }

    @Produces
    @Singleton
    CreateActivityUseCase createActivity(ActivityStore activities, TimeSource time, Transactions transactions,
            ActivityCaches caches, WebhookOutbox outbox, BusinessCounters counters) {
        return counters.counted(new CreateActivityService(activities, time, transactions, caches, outbox));
    }

    @Produces
    @Singleton
    CreateActivityIdempotentlyUseCase createActivityIdempotently(ActivityStore activities, IdempotencyStore keys,
            TimeSource time, Transactions transactions, ActivityCaches caches, WebhookOutbox outbox,
            BusinessCounters counters, StrideConfig config) {
        CreateActivityService creates = new CreateActivityService(activities, time, transactions, caches, outbox);
        return counters.counted(new CreateActivityIdempotentlyService(creates, keys, time,
                config.idempotency().claimLease()));
    }

    @Produces
    @Singleton
    ForgetOldIdempotencyKeysUseCase forgetOldIdempotencyKeys(IdempotencyStore keys, TimeSource time) {
        return new ForgetOldIdempotencyKeysService(keys, time);
    }

    @Produces
    @Singleton
    GetActivityUseCase getActivity(ActivityStore activities, ActivityCaches caches) {
        return new CachedGetActivity(new GetActivityService(activities), caches);
    }

    @Produces
    @Singleton
    ListActivitiesUseCase listActivities(ActivityStore activities, ActivityCaches caches) {
        return new CachedListActivities(new ListActivitiesService(activities), caches);
    }

    @Produces
    @Singleton
    ListTrashUseCase listTrash(ActivityStore activities) {
        return new ListTrashService(activities);
    }

    @Produces
    @Singleton
    UpdateActivityUseCase updateActivity(ActivityStore activities, TimeSource time, Transactions transactions,
            ActivityCaches caches, WebhookOutbox outbox) {
        return new UpdateActivityService(activities, time, transactions, caches, outbox);
    }

    @Produces
    @Singleton
    DeleteActivityUseCase deleteActivity(ActivityStore activities, TimeSource time, Transactions transactions,
            ActivityCaches caches, WebhookOutbox outbox, BusinessCounters counters) {
        return counters.counted(new DeleteActivityService(activities, time, transactions, caches, outbox));
    }

    @Produces
    @Singleton
    RestoreActivityUseCase restoreActivity(ActivityStore activities, TimeSource time, Transactions transactions,
            ActivityCaches caches, WebhookOutbox outbox, BusinessCounters counters) {
        return counters.counted(new RestoreActivityService(activities, time, transactions, caches, outbox));
    }

    @Produces
    @Singleton
    PurgeActivityUseCase purgeActivity(ActivityStore activities, AuditLog audit, TimeSource time,
            Transactions transactions, ActivityCaches caches, BusinessCounters counters) {
        return counters.counted(new PurgeActivityService(activities, audit, time, transactions, caches));
    }

    @Produces
    @Singleton
    ListAuditEntriesUseCase listAuditEntries(AuditLog audit) {
        return new ListAuditEntriesService(audit);
    }
}
