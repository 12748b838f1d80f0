package dev.stride.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stride.adapter.out.memory.InMemoryActivityStore;
import dev.stride.application.port.in.ActivityInput;
import dev.stride.application.port.in.CreatedActivity;
import dev.stride.application.port.in.UpdateActivityCommand;
import dev.stride.application.port.in.VersionPrecondition;
import dev.stride.application.port.out.IdempotencyStore;
import dev.stride.domain.activity.Activity;
import dev.stride.domain.idempotency.IdempotencyKey;
import dev.stride.domain.idempotency.IdempotencyKeyReusedException;
import dev.stride.domain.idempotency.IdempotentCreate;
import dev.stride.domain.idempotency.IdempotentRequestInFlightException;
import dev.stride.domain.user.UserId;
import dev.stride.domain.validation.ValidationException;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CreateActivityIdempotentlyServiceTest {

    private static final Duration LEASE = Duration.ofSeconds(15);

    private final UserId ann = UserId.newId();
    private final IdempotencyKey key = new IdempotencyKey("4b9e-retry-me");
    private Fixtures world;
    private CreateActivityIdempotentlyService service;

    @BeforeEach
    void wire() {
        world = new Fixtures();
        service = serviceOver(world.activities, world.keys);
    }

    @Test
    void theFirstRequestWithAKeyCreates() {
        CreatedActivity outcome = service.create(ann, Fixtures.running("2024-02-20"), key);

        assertThat(outcome.replayed()).isFalse();
        assertThat(world.stored(outcome.activity().id())).isPresent();
        assertThat(world.liveCount(ann)).isEqualTo(1);
    }

    @Test
    void theSameKeyAndBodyReplaysTheFirstActivityAsFirstAnsweredAndCreatesNothing() {
        Activity first = service.create(ann, Fixtures.running("2024-02-20"), key).activity();
        world.time.advance(Duration.ofHours(1));
        new UpdateActivityService(world.activities, world.time, world.transactions, world.caches, world.outbox)
                .update(new UpdateActivityCommand(ann, first.id(), Fixtures.input("cycling", "2024-02-21"),
                        VersionPrecondition.NONE));

        CreatedActivity again = service.create(ann, Fixtures.running("2024-02-20"), key);

        assertThat(again.replayed()).isTrue();
        assertThat(again.activity()).usingRecursiveComparison().isEqualTo(first);
        assertThat(world.liveCount(ann)).isEqualTo(1);
    }

    @Test
    void theSameBodySpelledDifferentlyIsTheSameRequest() {
        ActivityInput five = new ActivityInput("running", 30, new BigDecimal("5"), null, "2024-02-20", List.of());
        ActivityInput fivePointZero = new ActivityInput("running", 30, new BigDecimal("5.000"), null, "2024-02-20",
                List.of());
        service.create(ann, five, key);

        assertThat(service.create(ann, fivePointZero, key).replayed()).isTrue();
    }

    @Test
    void theSameKeyWithAnotherBodyIsRefusedAndCreatesNothing() {
        service.create(ann, Fixtures.running("2024-02-20"), key);

        assertThatThrownBy(() -> service.create(ann, Fixtures.running("2024-02-21"), key))
                .isInstanceOf(IdempotencyKeyReusedException.class);
        assertThat(world.liveCount(ann)).isEqualTo(1);
    }

    @Test
    void keysArePerUser() {
        UserId bob = UserId.newId();
        Activity anns = service.create(ann, Fixtures.running("2024-02-20"), key).activity();

        CreatedActivity bobs = service.create(bob, Fixtures.running("2024-02-20"), key);

        assertThat(bobs.replayed()).isFalse();
        assertThat(bobs.activity().id()).isNotEqualTo(anns.id());
    }

    @Test
    void whileAnotherRequestHoldsTheKeyTheAnswerIsInFlight() {
        world.keys.claim(IdempotentCreate.claim(ann, key, Fixtures.running("2024-02-20").fingerprint(),
                world.time.now(), LEASE));

        assertThatThrownBy(() -> service.create(ann, Fixtures.running("2024-02-20"), key))
                .isInstanceOf(IdempotentRequestInFlightException.class);
        assertThat(world.liveCount(ann)).isZero();
    }

    @Test
    void aClaimAbandonedPastItsLeaseIsTakenOver() {
        world.keys.claim(IdempotentCreate.claim(ann, key, Fixtures.running("2024-02-20").fingerprint(),
                world.time.now(), LEASE));
        world.time.advance(LEASE);

        CreatedActivity outcome = service.create(ann, Fixtures.running("2024-02-20"), key);

        assertThat(outcome.replayed()).isFalse();
        assertThat(world.liveCount(ann)).isEqualTo(1);
        assertThat(service.create(ann, Fixtures.running("2024-02-20"), key).replayed()).isTrue();
    }

    @Test
    void after24HoursTheKeyNamesANewRequest() {
        Activity first = service.create(ann, Fixtures.running("2024-02-20"), key).activity();
        world.time.advance(IdempotentCreate.RETENTION);

        CreatedActivity later = service.create(ann, Fixtures.running("2024-02-22"), key);

        assertThat(later.replayed()).isFalse();
        assertThat(later.activity().id()).isNotEqualTo(first.id());
        assertThat(world.liveCount(ann)).isEqualTo(2);
    }

    @Test
    void invalidInputIsRefusedBeforeTheKeyIsTaken() {
        ActivityInput invalid = new ActivityInput("running", -5, null, null, "2024-02-20", List.of());

        assertThatThrownBy(() -> service.create(ann, invalid, key)).isInstanceOf(ValidationException.class);

        assertThat(world.keys.find(ann, key)).isEmpty();
        assertThat(service.create(ann, Fixtures.running("2024-02-20"), key).replayed()).isFalse();
    }

    @Test
    void aCreateThatFailsGivesTheKeyUpSoTheRetryIsDoneAfresh() {
        FailingOnce failing = new FailingOnce();
        CreateActivityIdempotentlyService flaky = serviceOver(failing, world.keys);

        assertThatThrownBy(() -> flaky.create(ann, Fixtures.running("2024-02-20"), key))
                .isInstanceOf(IllegalStateException.class);
        assertThat(world.keys.find(ann, key)).as("released").isEmpty();

        CreatedActivity retry = flaky.create(ann, Fixtures.running("2024-02-20"), key);
        assertThat(retry.replayed()).isFalse();
        assertThat(failing.findLive(ann, retry.activity().id())).isPresent();
    }

    @Test
    void aClaimLostDuringTheWorkCreatesNothing() {
        IdempotencyStore takenOverMeanwhile = new LosingStore(world.keys);
        CreateActivityIdempotentlyService late = serviceOver(world.activities, takenOverMeanwhile);

        assertThatThrownBy(() -> late.create(ann, Fixtures.running("2024-02-20"), key))
                .isInstanceOf(IdempotentRequestInFlightException.class);

        assertThat(world.liveCount(ann)).isZero();
    }

    @Test
    void keysOlderThan24HoursAreForgotten() {
        service.create(ann, Fixtures.running("2024-02-20"), key);
        ForgetOldIdempotencyKeysService forget = new ForgetOldIdempotencyKeysService(world.keys, world.time);

        assertThat(forget.forgetOldKeys()).isZero();
        world.time.advance(IdempotentCreate.RETENTION.plusSeconds(1));
        assertThat(forget.forgetOldKeys()).isEqualTo(1);
        assertThat(world.keys.find(ann, key)).isEmpty();
    }

    private CreateActivityIdempotentlyService serviceOver(InMemoryActivityStore activities, IdempotencyStore keys) {
        CreateActivityService creates = new CreateActivityService(activities, world.time, world.transactions,
                world.caches, world.outbox);
        return new CreateActivityIdempotentlyService(creates, keys, world.time, LEASE);
    }

    /** An activity store whose first insert fails, as a database that went away mid-request would. */
    private static final class FailingOnce extends InMemoryActivityStore {

        private boolean failed;

        @Override
        public void insert(Activity activity) {
            if (!failed) {
                failed = true;
                throw new IllegalStateException("connection lost");
            }
            super.insert(activity);
        }
    }

    /** A store whose claims were taken over by the time the work wants to finish them. */
    private record LosingStore(IdempotencyStore delegate) implements IdempotencyStore {

        @Override
        public Optional<IdempotentCreate> find(UserId owner, IdempotencyKey key) {
            return delegate.find(owner, key);
        }

        @Override
        public boolean claim(IdempotentCreate claim) {
            return delegate.claim(claim);
        }

        @Override
        public boolean takeOver(IdempotentCreate current, IdempotentCreate claim) {
            return delegate.takeOver(current, claim);
        }

        @Override
        public boolean finish(IdempotentCreate claim, Activity result) {
            return false;
        }

        @Override
        public void release(IdempotentCreate claim) {
            delegate.release(claim);
        }

        @Override
        public int removeCreatedBefore(java.time.Instant cutoff) {
            return delegate.removeCreatedBefore(cutoff);
        }
    }
}
