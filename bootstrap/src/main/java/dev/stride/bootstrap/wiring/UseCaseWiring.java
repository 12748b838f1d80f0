package dev.stride.bootstrap.wiring;

import dev.stride.application.port.in.CreateActivityUseCase;
import dev.stride.application.port.in.DeleteActivityUseCase;
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
import dev.stride.application.service.CreateActivityService;
import dev.stride.application.service.DeleteActivityService;
import dev.stride.application.service.GetActivityService;
import dev.stride.application.service.ListActivitiesService;
import dev.stride.application.service.ListAuditEntriesService;
import dev.stride.application.service.ListTrashService;
import dev.stride.application.service.LogInService;
import dev.stride.application.service.PurgeActivityService;
import dev.stride.application.service.RefreshTokens;
import dev.stride.application.service.RegisterUserService;
import dev.stride.application.service.RestoreActivityService;
import dev.stride.application.service.UpdateActivityService;
import dev.stride.application.service.caching.ActivityCaches;
import dev.stride.application.service.caching.CachedGetActivity;
import dev.stride.application.service.caching.CachedListActivities;
import dev.stride.application.service.caching.VersionedCreateActivity;
import dev.stride.application.service.caching.VersionedDeleteActivity;
import dev.stride.application.service.caching.VersionedPurgeActivity;
import dev.stride.application.service.caching.VersionedRestoreActivity;
import dev.stride.application.service.caching.VersionedUpdateActivity;
import dev.stride.bootstrap.StrideConfig;
import dev.stride.bootstrap.metrics.BusinessCounters;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/**
 * Builds each use case from the out-port adapters CDI holds. The application module itself knows no framework. Reads
 * of activities go through the caches when caching is on; writes of activities always keep the data versions.
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
    LogInUseCase logIn(UserStore users, PasswordHasher hasher, AccessTokenIssuer tokens, AdminEmails adminEmails,
            RefreshTokens refreshTokens) {
        return new LogInService(users, hasher, tokens, adminEmails, refreshTokens);
    }

    @Produces
    @Singleton
    CreateActivityUseCase createActivity(ActivityStore activities, TimeSource time, Transactions transactions,
            ActivityCaches caches, BusinessCounters counters) {
        return counters.counted(new VersionedCreateActivity(new CreateActivityService(activities, time,
                transactions), transactions, caches));
    }

    @Produces
    @Singleton
    GetActivityUseCase getActivity(ActivityStore activities, StrideConfig config, ActivityCaches caches) {
        GetActivityUseCase source = new GetActivityService(activities);
        return config.cache().enabled() ? new CachedGetActivity(source, caches) : source;
    }

    @Produces
    @Singleton
    ListActivitiesUseCase listActivities(ActivityStore activities, StrideConfig config, ActivityCaches caches) {
        ListActivitiesUseCase source = new ListActivitiesService(activities);
        return config.cache().enabled() ? new CachedListActivities(source, caches) : source;
    }

    @Produces
    @Singleton
    ListTrashUseCase listTrash(ActivityStore activities) {
        return new ListTrashService(activities);
    }

    @Produces
    @Singleton
    UpdateActivityUseCase updateActivity(ActivityStore activities, TimeSource time, Transactions transactions,
            ActivityCaches caches) {
        return new VersionedUpdateActivity(new UpdateActivityService(activities, time, transactions), transactions,
                caches);
    }

    @Produces
    @Singleton
    DeleteActivityUseCase deleteActivity(ActivityStore activities, TimeSource time, Transactions transactions,
            ActivityCaches caches, BusinessCounters counters) {
        return counters.counted(new VersionedDeleteActivity(new DeleteActivityService(activities, time,
                transactions), transactions, caches));
    }

    @Produces
    @Singleton
    RestoreActivityUseCase restoreActivity(ActivityStore activities, TimeSource time, Transactions transactions,
            ActivityCaches caches, BusinessCounters counters) {
        return counters.counted(new VersionedRestoreActivity(new RestoreActivityService(activities, time,
                transactions), transactions, caches));
    }

    @Produces
    @Singleton
    PurgeActivityUseCase purgeActivity(ActivityStore activities, AuditLog audit, TimeSource time,
            Transactions transactions, ActivityCaches caches, BusinessCounters counters) {
        return counters.counted(new VersionedPurgeActivity(new PurgeActivityService(activities, audit, time,
                transactions), activities, transactions, caches));
    }

    @Produces
    @Singleton
    ListAuditEntriesUseCase listAuditEntries(AuditLog audit) {
        return new ListAuditEntriesService(audit);
    }
}
