package dev.stride.adapter.out.metrics;

import dev.stride.application.port.in.CreateActivityIdempotentlyUseCase;
import dev.stride.application.port.in.CreateActivityUseCase;
import dev.stride.application.port.in.CreatedActivity;
import dev.stride.application.port.in.DeleteActivityUseCase;
import dev.stride.application.port.in.PurgeActivityUseCase;
import dev.stride.application.port.in.RegisterUserUseCase;
import dev.stride.application.port.in.RestoreActivityUseCase;
import dev.stride.domain.activity.Activity;
import dev.stride.domain.user.User;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * What users do, for operators: {@code activities_created_total}, {@code activities_deleted_total},
 * {@code activities_restored_total}, {@code activities_purged_total} and {@code users_registered_total}. Each use
 * case is wrapped so that only a completed (committed) action counts; the counters exist from the start, at 0.
 */
public final class BusinessCounters {

    private final Counter created;
    private final Counter deleted;
    private final Counter restored;
    private final Counter purged;
    private final Counter registered;

    public BusinessCounters(MeterRegistry registry) {
        created = Counter.builder("activities.created").description("Activities logged").register(registry);
        deleted = Counter.builder("activities.deleted").description("Activities moved to the trash")
                .register(registry);
        restored = Counter.builder("activities.restored").description("Activities taken out of the trash")
                .register(registry);
        purged = Counter.builder("activities.purged").description("Activities deleted for good by admins")
                .register(registry);
        registered = Counter.builder("users.registered").description("Accounts registered").register(registry);
    }

    public CreateActivityUseCase counted(CreateActivityUseCase useCase) {
        return (owner, input) -> {
            Activity activity = useCase.create(owner, input);
            created.increment();
            return activity;
        };
    }

    /** Counts the activities created; a replay created nothing. */
    public CreateActivityIdempotentlyUseCase counted(CreateActivityIdempotentlyUseCase useCase) {
        return (owner, input, key) -> {
            CreatedActivity outcome = useCase.create(owner, input, key);
            if (!outcome.replayed()) {
                created.increment();
            }
            return outcome;
        };
    }

    public DeleteActivityUseCase counted(DeleteActivityUseCase useCase) {
        return (owner, id) -> {
            useCase.delete(owner, id);
            deleted.increment();
        };
    }

    public RestoreActivityUseCase counted(RestoreActivityUseCase useCase) {
        return (owner, id) -> {
            Activity activity = useCase.restore(owner, id);
            restored.increment();
            return activity;
        };
    }

    public PurgeActivityUseCase counted(PurgeActivityUseCase useCase) {
        return (admin, id) -> {
            useCase.purge(admin, id);
            purged.increment();
        };
    }

    public RegisterUserUseCase counted(RegisterUserUseCase useCase) {
        return command -> {
            User user = useCase.register(command);
            registered.increment();
            return user;
        };
    }
}
