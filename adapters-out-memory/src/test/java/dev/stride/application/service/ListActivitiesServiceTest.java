package dev.stride.application.service;

import static dev.stride.application.service.Fixtures.violationsOf;
import static org.assertj.core.api.Assertions.assertThat;

import dev.stride.application.port.in.ListActivitiesQuery;
import dev.stride.application.port.in.UpdateActivityCommand;
import dev.stride.application.port.in.VersionPrecondition;
import dev.stride.domain.activity.Activity;
import dev.stride.domain.activity.ActivityId;
import dev.stride.domain.paging.Page;
import dev.stride.domain.paging.PageRequest;
import dev.stride.domain.user.UserId;
import dev.stride.domain.validation.FieldError;
import java.util.Arrays;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ListActivitiesServiceTest {

    private static final PageRequest ALL = new PageRequest(1, 100);

    private final UserId ann = UserId.newId();
    private final UserId bob = UserId.newId();
    private Fixtures world;
    private ListActivitiesService service;

    // Ann's activities, logged in this order (one minute apart)
    private Activity run20;
    private Activity ride22;
    private Activity run22;
    private Activity swim18;
    private Activity runLeapDay;

    @BeforeEach
    void wire() {
        world = new Fixtures();
        service = new ListActivitiesService(world.activities);
        run20 = world.logged(ann, Fixtures.input("running", "2024-02-20", "Morning", "park"));
        ride22 = world.logged(ann, Fixtures.input("cycling", "2024-02-22", "morning"));
        run22 = world.logged(ann, Fixtures.input("running", "2024-02-22", "hills"));
        swim18 = world.logged(ann, Fixtures.input("swimming", "2024-02-18"));
        runLeapDay = world.logged(ann, Fixtures.input("running", "2024-02-29", "park", "race"));
    }

    private Page<Activity> list(String type, String tag, String from, String to, PageRequest page) {
        return service.list(ListActivitiesQuery.of(ann, type, tag, from, to, page));
    }

    private static ActivityId[] ids(Activity... activities) {
        return Arrays.stream(activities).map(Activity::id).toArray(ActivityId[]::new);
    }

    @Test
    void newestActivityDateFirstThenNewestCreatedFirst() {
        Page<Activity> page = list(null, null, null, null, ALL);

        assertThat(page.items()).extracting(Activity::id)
                .containsExactly(ids(runLeapDay, run22, ride22, run20, swim18));
        assertThat(page.total()).isEqualTo(5);
        assertThat(page.hasNext()).isFalse();
    }

    @Test
    void onlyTheCallersLiveActivitiesAreListed() {
        world.logged(bob, Fixtures.input("running", "2024-02-21", "morning"));
        world.trashed(ann, run22.id());

        Page<Activity> page = list(null, null, null, null, ALL);

        assertThat(page.items()).extracting(Activity::id).containsExactly(ids(runLeapDay, ride22, run20, swim18));
        assertThat(page.total()).isEqualTo(4);
    }

    @Test
    void someoneWithoutActivitiesGetsAnEmptyPage() {
        Page<Activity> page = service.list(ListActivitiesQuery.of(bob, null, null, null, null, ALL));

        assertThat(page.items()).isEmpty();
        assertThat(page.total()).isZero();
        assertThat(page.totalPages()).isZero();
        assertThat(page.hasNext()).isFalse();
    }

    @Test
    void filtersByType() {
        assertThat(list("running", null, null, null, ALL).items()).extracting(Activity::id)
                .containsExactly(ids(runLeapDay, run22, run20));
        assertThat(list("rowing", null, null, null, ALL).items()).isEmpty();
    }

    @Test
    void filtersByTagWhateverItsCase() {
        assertThat(list(null, "MORNING", null, null, ALL).items()).extracting(Activity::id)
                .containsExactly(ids(ride22, run20));
        assertThat(list(null, "park", null, null, ALL).items()).extracting(Activity::id)
                .containsExactly(ids(runLeapDay, run20));
    }

    @Test
    void filtersByDateRangeInclusively() {
        assertThat(list(null, null, "2024-02-20", "2024-02-22", ALL).items()).extracting(Activity::id)
                .containsExactly(ids(run22, ride22, run20));
        assertThat(list(null, null, "2024-02-22", "2024-02-22", ALL).items()).extracting(Activity::id)
                .containsExactly(ids(run22, ride22));
        assertThat(list(null, null, "2024-02-21", null, ALL).items()).extracting(Activity::id)
                .containsExactly(ids(runLeapDay, run22, ride22));
        assertThat(list(null, null, null, "2024-02-19", ALL).items()).extracting(Activity::id)
                .containsExactly(ids(swim18));
        assertThat(list(null, null, "2024-02-29", "2024-02-29", ALL).items()).extracting(Activity::id)
                .containsExactly(ids(runLeapDay));
    }

    @Test
    void filtersCombine() {
        Page<Activity> page = list("running", "park", "2024-02-01", "2024-02-28", ALL);

        assertThat(page.items()).extracting(Activity::id).containsExactly(ids(run20));
        assertThat(page.total()).isEqualTo(1);
    }

    @Test
    void pagesThroughTheListWithTotals() {
        Page<Activity> first = list(null, null, null, null, new PageRequest(1, 2));
        Page<Activity> second = list(null, null, null, null, new PageRequest(2, 2));
        Page<Activity> third = list(null, null, null, null, new PageRequest(3, 2));
        Page<Activity> beyond = list(null, null, null, null, new PageRequest(4, 2));

        assertThat(first.items()).extracting(Activity::id).containsExactly(ids(runLeapDay, run22));
        assertThat(second.items()).extracting(Activity::id).containsExactly(ids(ride22, run20));
        assertThat(third.items()).extracting(Activity::id).containsExactly(ids(swim18));
        assertThat(beyond.items()).isEmpty();
        assertThat(first.total()).isEqualTo(5);
        assertThat(beyond.total()).isEqualTo(5);
        assertThat(first.totalPages()).isEqualTo(3);
        assertThat(first.hasNext()).isTrue();
        assertThat(second.hasNext()).isTrue();
        assertThat(third.hasNext()).isFalse();
        assertThat(beyond.hasNext()).isFalse();
        assertThat(second.page()).isEqualTo(2);
        assertThat(second.limit()).isEqualTo(2);
    }

    @Test
    void totalsCountTheFilteredActivitiesOnly() {
        Page<Activity> page = list("running", null, null, null, new PageRequest(1, 1));

        assertThat(page.items()).extracting(Activity::id).containsExactly(ids(runLeapDay));
        assertThat(page.total()).isEqualTo(3);
        assertThat(page.hasNext()).isTrue();
    }

    @Test
    void anEditKeepsTheActivitysPlaceBecauseCreationTimeOrders() {
        new UpdateActivityService(world.activities, world.time, world.transactions, world.caches, world.outbox).update(
                new UpdateActivityCommand(ann, ride22.id(),
                        Fixtures.input("cycling", "2024-02-22", "evening"),
                        VersionPrecondition.NONE));

        assertThat(list(null, null, null, null, ALL).items()).extracting(Activity::id)
                .containsExactly(ids(runLeapDay, run22, ride22, run20, swim18));
    }

    @Test
    void badFilterParametersAreAllReportedAtOnce() {
        assertThat(violationsOf(() -> ListActivitiesQuery.of(ann, "Running", "two words", "2024-13-01", "tomorrow",
                ALL))).extracting(FieldError::field).containsExactly("type", "tag", "from", "to");
    }

    @Test
    void fromMustNotBeAfterTo() {
        assertThat(violationsOf(() -> ListActivitiesQuery.of(ann, null, null, "2024-02-23", "2024-02-22", ALL)))
                .containsExactly(new FieldError("from", "must not be after to"));
    }
}
