package dev.stride.testing.contract;

import static dev.stride.testing.contract.ContractFixtures.T0;
import static dev.stride.testing.contract.ContractFixtures.activity;
import static dev.stride.testing.contract.ContractFixtures.details;
import static dev.stride.testing.contract.ContractFixtures.freshUser;
import static org.assertj.core.api.Assertions.assertThat;

import dev.stride.application.port.out.ActivityStore;
import dev.stride.application.port.out.Transactions;
import dev.stride.application.port.out.UserStore;
import dev.stride.domain.activity.Activity;
import dev.stride.domain.activity.ActivityDetails;
import dev.stride.domain.activity.ActivityFilter;
import dev.stride.domain.activity.ActivityId;
import dev.stride.domain.activity.ActivityType;
import dev.stride.domain.activity.Tags;
import dev.stride.domain.paging.Page;
import dev.stride.domain.paging.PageRequest;
import dev.stride.domain.user.User;
import dev.stride.domain.user.UserId;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * What every {@link ActivityStore} must do. Owners are real accounts (a database holds a foreign key to them) and
 * fresh in every test, so the contract holds on a store that already has other people's data in it.
 */
public abstract class ActivityStoreContract {

    protected abstract ActivityStore activities();

    /** Creates the owners. */
    protected abstract UserStore users();

    protected abstract Transactions transactions();

    // --- round trip -------------------------------------------------------------------------------------------

    @Test
    void insertedActivityIsFoundWithEveryField() {
        UserId owner = newOwner();
        ActivityDetails details = new ActivityDetails(new ActivityType("trail_running"), 95,
                new BigDecimal("12.345"), "Hilly — 3×1 km repeats, felt great", LocalDate.of(2024, 2, 29),
                new Tags(List.of("zeta", "alpha", "mid-1")));
        Activity activity = new Activity(ActivityId.newId(), owner, details, T0,
                T0.plus(Duration.ofSeconds(90, 1_000)), null, 7);

        insert(activity);

        assertSameState(activities().findLive(owner, activity.id()).orElseThrow(), activity);
    }

    @Test
    void absentDistanceNotesAndTagsStayAbsent() {
        UserId owner = newOwner();
        Activity activity = activity(owner, new ActivityDetails(new ActivityType("yoga"), 30, null, null,
                LocalDate.of(2024, 1, 1), Tags.none()), T0);

        insert(activity);

        Activity found = activities().findLive(owner, activity.id()).orElseThrow();
        assertThat(found.details().distanceKm()).isNull();
        assertThat(found.details().notes()).isNull();
        assertThat(found.details().tags().values()).isEmpty();
        assertSameState(found, activity);
    }

    @Test
    void distanceKeepsScaleThree() {
        UserId owner = newOwner();
        for (String distance : List.of("0.000", "5.000", "0.001", "999.999", "1000.000")) {
            Activity activity = activity(owner, withDistance(new BigDecimal(distance)), T0);
            insert(activity);

            BigDecimal found = activities().findLive(owner, activity.id()).orElseThrow().details().distanceKm();
            assertThat(found).isEqualTo(new BigDecimal(distance));
            assertThat(found.scale()).isEqualTo(3);
        }
    }

    @Test
    void longestNotesSurviveEvenOutsideTheBasicPlane() {
        UserId owner = newOwner();
        String notes = "🏃".repeat(ActivityDetails.MAX_NOTES_LENGTH);
        ActivityDetails base = details("running", LocalDate.of(2024, 3, 1));
        Activity activity = activity(owner, new ActivityDetails(base.type(), base.durationMinutes(),
                base.distanceKm(), notes, base.activityDate(), base.tags()), T0);

        insert(activity);

        assertThat(activities().findLive(owner, activity.id()).orElseThrow().details().notes()).isEqualTo(notes);
    }

    @Test
    void instantsKeepMicroseconds() {
        UserId owner = newOwner();
        Instant created = Instant.parse("2023-12-31T23:59:59.999999Z");
        Activity activity = new Activity(ActivityId.newId(), owner, details("running", LocalDate.of(2023, 12, 31)),
                created, created.plusNanos(1_000), null, 1);

        insert(activity);

        Activity found = activities().findLive(owner, activity.id()).orElseThrow();
        assertThat(found.createdAt()).isEqualTo(created);
        assertThat(found.updatedAt()).isEqualTo(Instant.parse("2024-01-01T00:00:00.000000Z"));
    }

    // --- finding and locking ----------------------------------------------------------------------------------

    @Test
    void findLiveSeesOnlyTheOwnersLiveActivities() {
        UserId owner = newOwner();
        UserId stranger = newOwner();
        Activity live = activity(owner, details("running", LocalDate.of(2024, 3, 1)), T0);
        Activity deleted = activity(owner, details("running", LocalDate.of(2024, 3, 2)), T0).softDelete(T0.plusSeconds(1));
        insert(live);
        insert(deleted);

        assertThat(activities().findLive(owner, live.id())).isPresent();
        assertThat(activities().findLive(stranger, live.id())).isEmpty();
        assertThat(activities().findLive(owner, deleted.id())).isEmpty();
        assertThat(activities().findLive(owner, ActivityId.newId())).isEmpty();
    }

    @Test
    void lockLiveSeesOnlyTheOwnersLiveActivities() {
        UserId owner = newOwner();
        UserId stranger = newOwner();
        Activity live = activity(owner, details("running", LocalDate.of(2024, 3, 1), "a", "b"), T0);
        Activity deleted = activity(owner, details("running", LocalDate.of(2024, 3, 2)), T0).softDelete(T0.plusSeconds(1));
        insert(live);
        insert(deleted);

        transactions().inTransaction(() -> {
            assertSameState(activities().lockLive(owner, live.id()).orElseThrow(), live);
            assertThat(activities().lockLive(stranger, live.id())).isEmpty();
            assertThat(activities().lockLive(owner, deleted.id())).isEmpty();
            assertThat(activities().lockLive(owner, ActivityId.newId())).isEmpty();
        });
    }

    @Test
    void lockAnySeesDeletedActivitiesOfAnyOwner() {
        UserId owner = newOwner();
        Activity live = activity(owner, details("running", LocalDate.of(2024, 3, 1)), T0);
        Activity deleted = activity(owner, details("rowing", LocalDate.of(2024, 3, 2), "x"), T0)
                .softDelete(T0.plusSeconds(1));
        insert(live);
        insert(deleted);

        transactions().inTransaction(() -> {
            assertSameState(activities().lockAny(live.id()).orElseThrow(), live);
            assertSameState(activities().lockAny(deleted.id()).orElseThrow(), deleted);
            assertThat(activities().lockAny(ActivityId.newId())).isEmpty();
        });
    }

    // --- updating ---------------------------------------------------------------------------------------------

    @Test
    void updateStoresTheNewState() {
        UserId owner = newOwner();
        Activity original = activity(owner, details("running", LocalDate.of(2024, 3, 1), "old", "tags", "here"), T0);
        insert(original);
        ActivityDetails revisedDetails = new ActivityDetails(new ActivityType("cycling"), 120, null, "new notes",
                LocalDate.of(2024, 3, 3), new Tags(List.of("here", "new")));

        Activity revised = transactions().inTransaction(() -> {
            Activity current = activities().lockLive(owner, original.id()).orElseThrow();
            Activity next = current.revise(revisedDetails, T0.plusSeconds(60));
            activities().update(next);
            return next;
        });

        Activity found = activities().findLive(owner, original.id()).orElseThrow();
        assertSameState(found, revised);
        assertThat(found.version()).isEqualTo(2);
        assertThat(found.updatedAt()).isEqualTo(T0.plusSeconds(60));
        assertThat(found.createdAt()).isEqualTo(T0);
    }

    @Test
    void softDeleteAndRestoreGoThroughUpdate() {
        UserId owner = newOwner();
        Activity original = activity(owner, details("running", LocalDate.of(2024, 3, 1), "t"), T0);
        insert(original);

        transactions().inTransaction(() -> activities().update(
                activities().lockLive(owner, original.id()).orElseThrow().softDelete(T0.plusSeconds(5))));

        assertThat(activities().findLive(owner, original.id())).isEmpty();
        Activity trashed = transactions().inTransaction(() -> activities().lockAny(original.id()).orElseThrow());
        assertThat(trashed.deletedAt()).isEqualTo(T0.plusSeconds(5));
        assertThat(trashed.version()).isEqualTo(2);

        transactions().inTransaction(() -> activities().update(
                activities().lockAny(original.id()).orElseThrow().restore(T0.plusSeconds(9))));

        Activity restored = activities().findLive(owner, original.id()).orElseThrow();
        assertThat(restored.deletedAt()).isNull();
        assertThat(restored.updatedAt()).isEqualTo(T0.plusSeconds(9));
        assertThat(restored.version()).isEqualTo(3);
        assertThat(restored.details()).isEqualTo(original.details());
    }

    // --- listing ----------------------------------------------------------------------------------------------

    @Test
    void listLiveOrdersByDateThenCreationThenIdTextAndSkipsDeleted() {
        UserId owner = newOwner();
        List<Activity> expected = insertOrderingScenario(owner);

        Page<Activity> page = activities().listLive(ActivityFilter.allOf(owner), new PageRequest(1, 100));

        assertThat(ids(page)).containsExactlyElementsOf(ids(expected));
        assertThat(page.total()).isEqualTo(expected.size());
    }

    @Test
    void listLivePagesWithTheTotalOfAllPages() {
        UserId owner = newOwner();
        List<Activity> expected = insertOrderingScenario(owner);
        ActivityFilter all = ActivityFilter.allOf(owner);

        Page<Activity> first = activities().listLive(all, new PageRequest(1, 3));
        Page<Activity> second = activities().listLive(all, new PageRequest(2, 3));
        Page<Activity> last = activities().listLive(all, new PageRequest(3, 3));
        Page<Activity> beyond = activities().listLive(all, new PageRequest(4, 3));

        assertThat(ids(first)).containsExactlyElementsOf(ids(expected.subList(0, 3)));
        assertThat(ids(second)).containsExactlyElementsOf(ids(expected.subList(3, 6)));
        assertThat(ids(last)).containsExactlyElementsOf(ids(expected.subList(6, 7)));
        assertThat(beyond.items()).isEmpty();
        assertThat(List.of(first, second, last, beyond)).allSatisfy(page -> {
            assertThat(page.total()).isEqualTo(7);
            assertThat(page.limit()).isEqualTo(3);
        });
        assertThat(second.page()).isEqualTo(2);
    }

    @Test
    void listLiveReturnsFullActivitiesWithTheirOwnTags() {
        UserId owner = newOwner();
        Activity first = activity(owner, details("running", LocalDate.of(2024, 3, 2), "c", "a", "b"), T0);
        Activity second = activity(owner, details("running", LocalDate.of(2024, 3, 1), "b"), T0);
        Activity third = activity(owner, details("running", LocalDate.of(2024, 2, 1)), T0);
        insert(first);
        insert(second);
        insert(third);

        List<Activity> items = activities().listLive(ActivityFilter.allOf(owner), new PageRequest(1, 10)).items();

        assertThat(items).hasSize(3);
        assertSameState(items.get(0), first);
        assertSameState(items.get(1), second);
        assertSameState(items.get(2), third);
    }

    @Test
    void listLiveFiltersByTypeTagAndInclusiveDates() {
        UserId owner = newOwner();
        UserId stranger = newOwner();
        Activity r1 = activity(owner, details("running", LocalDate.of(2024, 1, 10), "trail", "morning"), T0);
        Activity r2 = activity(owner, details("running", LocalDate.of(2024, 1, 20), "road"), T0);
        Activity c1 = activity(owner, details("cycling", LocalDate.of(2024, 1, 15), "morning"), T0);
        Activity c2 = activity(owner, details("cycling", LocalDate.of(2024, 1, 31)), T0);
        Activity deleted = activity(owner, details("running", LocalDate.of(2024, 1, 25), "morning"), T0)
                .softDelete(T0.plusSeconds(1));
        Activity strangers = activity(stranger, details("running", LocalDate.of(2024, 1, 12), "morning"), T0);
        List.of(r1, r2, c1, c2, deleted, strangers).forEach(this::insert);

        assertThat(list(new ActivityFilter(owner, "running", null, null, null))).containsExactly(r2.id(), r1.id());
        assertThat(list(new ActivityFilter(owner, null, "morning", null, null))).containsExactly(c1.id(), r1.id());
        assertThat(list(new ActivityFilter(owner, null, null, LocalDate.of(2024, 1, 15), null)))
                .containsExactly(c2.id(), r2.id(), c1.id());
        assertThat(list(new ActivityFilter(owner, null, null, null, LocalDate.of(2024, 1, 20))))
                .containsExactly(r2.id(), c1.id(), r1.id());
        assertThat(list(new ActivityFilter(owner, null, null, LocalDate.of(2024, 1, 15), LocalDate.of(2024, 1, 20))))
                .containsExactly(r2.id(), c1.id());
        assertThat(list(new ActivityFilter(owner, null, null, LocalDate.of(2024, 1, 15), LocalDate.of(2024, 1, 15))))
                .containsExactly(c1.id());
        assertThat(list(new ActivityFilter(owner, "running", "morning", LocalDate.of(2024, 1, 1),
                LocalDate.of(2024, 1, 31)))).containsExactly(r1.id());
        assertThat(list(new ActivityFilter(owner, "cycling", "road", null, null))).isEmpty();
        assertThat(list(new ActivityFilter(owner, "swimming", null, null, null))).isEmpty();
        assertThat(list(new ActivityFilter(owner, null, "mor", null, null))).isEmpty();
    }

    @Test
    void filteredTotalCountsOnlyMatches() {
        UserId owner = newOwner();
        for (int day = 1; day <= 5; day++) {
            insert(activity(owner, details(day % 2 == 0 ? "cycling" : "running", LocalDate.of(2024, 5, day),
                    "shared", "day-" + day), T0));
        }

        Page<Activity> page = activities().listLive(new ActivityFilter(owner, "running", "shared", null, null),
                new PageRequest(1, 2));

        assertThat(page.items()).hasSize(2);
        assertThat(page.total()).isEqualTo(3);
        assertThat(page.items()).allSatisfy(a -> assertThat(a.details().tags().values()).hasSize(2));
    }

    @Test
    void listTrashShowsOnlyTheOwnersDeletedActivitiesNewestDeletionFirst() {
        UserId owner = newOwner();
        UserId stranger = newOwner();
        Activity deletedFirst = activity(owner, details("running", LocalDate.of(2024, 3, 9)), T0)
                .softDelete(T0.plusSeconds(10));
        Activity deletedLast = activity(owner, details("running", LocalDate.of(2024, 3, 1), "x"), T0)
                .softDelete(T0.plusSeconds(30));
        Activity deletedBetween = activity(owner, details("running", LocalDate.of(2024, 3, 5)), T0)
                .softDelete(T0.plusSeconds(20));
        Activity live = activity(owner, details("running", LocalDate.of(2024, 3, 3)), T0);
        Activity strangers = activity(stranger, details("running", LocalDate.of(2024, 3, 3)), T0)
                .softDelete(T0.plusSeconds(40));
        List.of(deletedFirst, deletedLast, deletedBetween, live, strangers).forEach(this::insert);

        Page<Activity> trash = activities().listTrash(owner, new PageRequest(1, 10));
        Page<Activity> firstTwo = activities().listTrash(owner, new PageRequest(1, 2));

        assertThat(ids(trash)).containsExactly(deletedLast.id(), deletedBetween.id(), deletedFirst.id());
        assertThat(trash.total()).isEqualTo(3);
        assertSameState(trash.items().get(0), deletedLast);
        assertThat(ids(firstTwo)).containsExactly(deletedLast.id(), deletedBetween.id());
        assertThat(firstTwo.total()).isEqualTo(3);
        assertThat(activities().listTrash(newOwner(), new PageRequest(1, 10)).total()).isZero();
    }

    // --- purging ----------------------------------------------------------------------------------------------

    @Test
    void purgeRemovesTheActivityAndItsTagsForGood() {
        UserId owner = newOwner();
        Activity activity = activity(owner, details("running", LocalDate.of(2024, 3, 1), "one", "two", "three"), T0);
        insert(activity);

        transactions().inTransaction(() -> {
            activities().lockAny(activity.id()).orElseThrow();
            activities().purge(activity.id());
        });

        assertThat(activities().findLive(owner, activity.id())).isEmpty();
        assertThat(transactions().inTransaction(() -> activities().lockAny(activity.id()))).isEmpty();
        assertThat(activities().listLive(new ActivityFilter(owner, null, "one", null, null), new PageRequest(1, 10))
                .total()).isZero();

        // Left-over tag rows would collide with the same id and tags, or come back with it.
        insert(activity);
        assertSameState(activities().findLive(owner, activity.id()).orElseThrow(), activity);
    }

    @Test
    void purgeRemovesDeletedActivitiesFromTheTrash() {
        UserId owner = newOwner();
        Activity deleted = activity(owner, details("running", LocalDate.of(2024, 3, 1), "t"), T0)
                .softDelete(T0.plusSeconds(1));
        Activity kept = activity(owner, details("running", LocalDate.of(2024, 3, 1)), T0)
                .softDelete(T0.plusSeconds(2));
        insert(deleted);
        insert(kept);

        transactions().inTransaction(() -> activities().purge(deleted.id()));

        assertThat(ids(activities().listTrash(owner, new PageRequest(1, 10)))).containsExactly(kept.id());
        assertThat(transactions().inTransaction(() -> activities().lockAny(deleted.id()))).isEmpty();
    }

    @Test
    void purgingAnUnknownActivityChangesNothing() {
        UserId owner = newOwner();
        Activity activity = activity(owner, details("running", LocalDate.of(2024, 3, 1)), T0);
        insert(activity);

        transactions().inTransaction(() -> activities().purge(ActivityId.newId()));

        assertThat(activities().findLive(owner, activity.id())).isPresent();
    }

    // --- helpers ----------------------------------------------------------------------------------------------

    protected UserId newOwner() {
        User user = freshUser();
        transactions().inTransaction(() -> users().insert(user));
        return user.id();
    }

    protected void insert(Activity activity) {
        transactions().inTransaction(() -> activities().insert(activity));
    }

    /**
     * Seven live activities and one deleted one, returned in the order the live list must show them. Four share
     * date and creation time, so only their ids order them: as text, which is not how {@link UUID#compareTo}
     * orders ids whose halves have the top bit set.
     */
    private List<Activity> insertOrderingScenario(UserId owner) {
        LocalDate day = LocalDate.of(2024, 3, 10);
        String random = UUID.randomUUID().toString();
        String middle = random.substring(8, 19);
        String tail = random.substring(23);
        Activity newestDate = activity(owner, details("running", day.plusDays(2)), T0);
        Activity newestCreation = activity(owner, details("running", day), T0.plusSeconds(1));
        Activity tieC = tie(owner, "80000000" + middle + "8000" + tail, day);
        Activity tieB = tie(owner, "80000000" + middle + "7fff" + tail, day);
        Activity tieA = tie(owner, "7fffffff" + middle + "8000" + tail, day);
        Activity tieD = tie(owner, "00000000" + middle + "ffff" + tail, day);
        Activity oldestDate = activity(owner, details("running", day.minusDays(9)), T0.plusSeconds(5));
        Activity deleted = activity(owner, details("running", day.plusDays(10)), T0).softDelete(T0.plusSeconds(2));
        List.of(tieA, oldestDate, tieD, newestCreation, deleted, tieC, newestDate, tieB).forEach(this::insert);
        return List.of(newestDate, newestCreation, tieC, tieB, tieA, tieD, oldestDate);
    }

    private static Activity tie(UserId owner, String id, LocalDate day) {
        return activity(new ActivityId(UUID.fromString(id)), owner, details("running", day), T0);
    }

    private List<ActivityId> list(ActivityFilter filter) {
        return ids(activities().listLive(filter, new PageRequest(1, 100)));
    }

    private static List<ActivityId> ids(Page<Activity> page) {
        return ids(page.items());
    }

    private static List<ActivityId> ids(List<Activity> activities) {
        return activities.stream().map(Activity::id).toList();
    }

    private static ActivityDetails withDistance(BigDecimal distance) {
        ActivityDetails base = details("running", LocalDate.of(2024, 3, 1));
        return new ActivityDetails(base.type(), base.durationMinutes(), distance, base.notes(), base.activityDate(),
                base.tags());
    }

    /** Activity has identity equality; a store must give back every field as it was given. */
    protected static void assertSameState(Activity actual, Activity expected) {
        assertThat(actual.id()).isEqualTo(expected.id());
        assertThat(actual.ownerId()).isEqualTo(expected.ownerId());
        // Record equality: BigDecimal compares with its scale, tags with their order.
        assertThat(actual.details()).isEqualTo(expected.details());
        assertThat(actual.createdAt()).isEqualTo(expected.createdAt());
        assertThat(actual.updatedAt()).isEqualTo(expected.updatedAt());
        assertThat(actual.deletedAt()).isEqualTo(expected.deletedAt());
        assertThat(actual.version()).isEqualTo(expected.version());
    }
}
