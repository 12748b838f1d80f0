package dev.stride.testing.contract;

import static dev.stride.testing.contract.ContractFixtures.T0;
import static dev.stride.testing.contract.ContractFixtures.freshUser;
import static org.assertj.core.api.Assertions.assertThat;

import dev.stride.application.port.out.ActivityStore;
import dev.stride.application.port.out.ActivityTotals;
import dev.stride.application.port.out.Transactions;
import dev.stride.application.port.out.UserStore;
import dev.stride.domain.activity.Activity;
import dev.stride.domain.activity.ActivityDetails;
import dev.stride.domain.activity.ActivityFilter;
import dev.stride.domain.activity.ActivityId;
import dev.stride.domain.activity.ActivityType;
import dev.stride.domain.activity.Tags;
import dev.stride.domain.stats.DailyTotal;
import dev.stride.domain.stats.DateRange;
import dev.stride.domain.stats.Totals;
import dev.stride.domain.user.User;
import dev.stride.domain.user.UserId;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link ActivityTotals} must do, on a hand-checked fixture: the owner's live activities around the
 * leap day 2024, one of them deleted, and a stranger's activity on the same days. Every expected number below is
 * worked out by hand from that fixture, to the minute and to the metre.
 */
public abstract class ActivityTotalsContract {

    private static final LocalDate FEB_28 = LocalDate.of(2024, 2, 28);
    private static final LocalDate LEAP_DAY = LocalDate.of(2024, 2, 29);
    private static final LocalDate MAR_1 = LocalDate.of(2024, 3, 1);
    private static final LocalDate MAR_2 = LocalDate.of(2024, 3, 2);

    protected abstract ActivityTotals totals();

    /** Stores the fixture. */
    protected abstract ActivityStore activities();

    /** Creates the owners. */
    protected abstract UserStore users();

    protected abstract Transactions transactions();

    private UserId owner;
    private UserId stranger;

    @BeforeEach
    void insertFixture() {
        owner = newOwner();
        stranger = newOwner();
        log(owner, "running", 30, "5.250", FEB_28, "trail", "morning");
        log(owner, "running", 45, "10.125", FEB_28, "road");
        log(owner, "cycling", 90, "40.000", FEB_28, "morning");
        log(owner, "running", 61, null, LEAP_DAY);
        log(owner, "strength", 20, null, LEAP_DAY, "gym");
        log(owner, "running", 1440, "999.999", MAR_1, "trail");
        log(owner, "running", 10, "1.001", MAR_2, "road");
        // deleted: counts nowhere
        insert(activity(owner, "running", 100, "20.000", LEAP_DAY, "trail", "morning").softDelete(T0.plusSeconds(1)));
        insert(activity(owner, "cycling", 200, "60.000", MAR_2, "road").softDelete(T0.plusSeconds(2)));
        // someone else's: never counts for the owner
        log(stranger, "running", 50, "7.000", FEB_28, "trail", "morning");
        log(stranger, "running", 55, "8.500", LEAP_DAY, "road");
    }

    // --- per day and type -------------------------------------------------------------------------------------

    @Test
    void sumsTheOwnersLiveActivitiesPerDayAndType() {
        assertThat(perDay(new ActivityFilter(owner, null, null, FEB_28, MAR_1))).containsExactlyInAnyOrder(
                day(FEB_28, "running", 2, 75, "15.375"),
                day(FEB_28, "cycling", 1, 90, "40.000"),
                day(LEAP_DAY, "running", 1, 61, "0.000"),
                day(LEAP_DAY, "strength", 1, 20, "0.000"),
                day(MAR_1, "running", 1, 1440, "999.999"));
    }

    @Test
    void datesAreInclusive() {
        assertThat(perDay(new ActivityFilter(owner, null, null, LEAP_DAY, LEAP_DAY))).containsExactlyInAnyOrder(
                day(LEAP_DAY, "running", 1, 61, "0.000"),
                day(LEAP_DAY, "strength", 1, 20, "0.000"));
        assertThat(perDay(new ActivityFilter(owner, null, null, MAR_1, MAR_2))).containsExactlyInAnyOrder(
                day(MAR_1, "running", 1, 1440, "999.999"),
                day(MAR_2, "running", 1, 10, "1.001"));
    }

    @Test
    void filtersByType() {
        assertThat(perDay(new ActivityFilter(owner, "running", null, FEB_28, MAR_2))).containsExactlyInAnyOrder(
                day(FEB_28, "running", 2, 75, "15.375"),
                day(LEAP_DAY, "running", 1, 61, "0.000"),
                day(MAR_1, "running", 1, 1440, "999.999"),
                day(MAR_2, "running", 1, 10, "1.001"));
        assertThat(perDay(new ActivityFilter(owner, "swimming", null, FEB_28, MAR_2))).isEmpty();
    }

    @Test
    void filtersByTag() {
        assertThat(perDay(new ActivityFilter(owner, null, "morning", FEB_28, MAR_2))).containsExactlyInAnyOrder(
                day(FEB_28, "running", 1, 30, "5.250"),
                day(FEB_28, "cycling", 1, 90, "40.000"));
        assertThat(perDay(new ActivityFilter(owner, null, "trail", FEB_28, MAR_2))).containsExactlyInAnyOrder(
                day(FEB_28, "running", 1, 30, "5.250"),
                day(MAR_1, "running", 1, 1440, "999.999"));
        assertThat(perDay(new ActivityFilter(owner, null, "trai", FEB_28, MAR_2))).isEmpty();
    }

    @Test
    void filtersCombine() {
        assertThat(perDay(new ActivityFilter(owner, "running", "road", FEB_28, MAR_2))).containsExactlyInAnyOrder(
                day(FEB_28, "running", 1, 45, "10.125"),
                day(MAR_2, "running", 1, 10, "1.001"));
        assertThat(perDay(new ActivityFilter(owner, "cycling", "road", FEB_28, MAR_2))).isEmpty();
        assertThat(perDay(new ActivityFilter(owner, "running", "morning", LEAP_DAY, MAR_2))).isEmpty();
    }

    @Test
    void anActivityWithManyTagsCountsOnce() {
        UserId tagged = newOwner();
        log(tagged, "running", 30, "3.000", FEB_28, "a", "b", "c", "d", "e", "f", "g", "h", "i", "j");

        assertThat(perDay(new ActivityFilter(tagged, null, null, FEB_28, FEB_28)))
                .containsExactly(day(FEB_28, "running", 1, 30, "3.000"));
        assertThat(perDay(new ActivityFilter(tagged, null, "e", FEB_28, FEB_28)))
                .containsExactly(day(FEB_28, "running", 1, 30, "3.000"));
    }

    @Test
    void someoneWithoutActivitiesHasNoDays() {
        assertThat(perDay(new ActivityFilter(newOwner(), null, null, FEB_28, MAR_2))).isEmpty();
    }

    @Test
    void theStrangerSeesOnlyTheirOwn() {
        assertThat(perDay(new ActivityFilter(stranger, null, null, FEB_28, MAR_2))).containsExactlyInAnyOrder(
                day(FEB_28, "running", 1, 50, "7.000"),
                day(LEAP_DAY, "running", 1, 55, "8.500"));
    }

    @Test
    void aRestoredActivityCountsAgainAndAnEditedOneWithItsNewValues() {
        UserId user = newOwner();
        Activity activity = activity(user, "running", 30, "5.000", LEAP_DAY);
        insert(activity);
        transactions().inTransaction(() -> activities().update(activity.softDelete(T0.plusSeconds(1))));
        assertThat(perDay(new ActivityFilter(user, null, null, LEAP_DAY, LEAP_DAY))).isEmpty();

        transactions().inTransaction(() -> activities().update(activities().lockAny(activity.id()).orElseThrow()
                .restore(T0.plusSeconds(2))
                .revise(details("cycling", 40, "6.500", MAR_1), T0.plusSeconds(3))));

        assertThat(perDay(new ActivityFilter(user, null, null, LEAP_DAY, MAR_1)))
                .containsExactly(day(MAR_1, "cycling", 1, 40, "6.500"));
    }

    @Test
    void sumsBeyondWhatOneDistanceCanHoldStayExact() {
        UserId athlete = newOwner();
        for (int i = 0; i < 11; i++) {
            log(athlete, "cycling", 1440, "999.999", LEAP_DAY);
        }

        assertThat(perDay(new ActivityFilter(athlete, null, null, LEAP_DAY, LEAP_DAY)))
                .containsExactly(day(LEAP_DAY, "cycling", 11, 15840, "10999.989"));
        assertThat(totals().within(athlete, List.of(DateRange.ALL_TIME)))
                .containsExactly(totals(11, 15840, "10999.989"));
    }

    // --- within ranges ----------------------------------------------------------------------------------------

    @Test
    void sumsWithinEachRangeInOrder() {
        assertThat(totals().within(owner, List.of(
                new DateRange(FEB_28, LEAP_DAY),
                new DateRange(MAR_1, MAR_1),
                new DateRange(null, FEB_28),
                new DateRange(LEAP_DAY, null),
                DateRange.ALL_TIME,
                new DateRange(LocalDate.of(2030, 1, 1), LocalDate.of(2030, 12, 31)))))
                .containsExactly(
                        totals(5, 246, "55.375"),
                        totals(1, 1440, "999.999"),
                        totals(3, 165, "55.375"),
                        totals(4, 1531, "1001.000"),
                        totals(7, 1696, "1056.375"),
                        Totals.ZERO);
    }

    @Test
    void withinAnswersOneRangeAsWellAsMany() {
        assertThat(totals().within(owner, List.of(new DateRange(MAR_2, MAR_2))))
                .containsExactly(totals(1, 10, "1.001"));
        assertThat(totals().within(stranger, List.of(DateRange.ALL_TIME, new DateRange(FEB_28, FEB_28))))
                .containsExactly(totals(2, 105, "15.500"), totals(1, 50, "7.000"));
    }

    @Test
    void withinIsZeroForSomeoneWithoutActivities() {
        assertThat(totals().within(newOwner(), List.of(DateRange.ALL_TIME, new DateRange(FEB_28, MAR_2))))
                .containsExactly(Totals.ZERO, Totals.ZERO);
    }

    @Test
    void withinNoRangesIsNothing() {
        assertThat(totals().within(owner, List.of())).isEmpty();
    }

    // --- helpers ----------------------------------------------------------------------------------------------

    private List<DailyTotal> perDay(ActivityFilter filter) {
        return totals().perDayAndType(filter);
    }

    private static DailyTotal day(LocalDate date, String type, long count, long minutes, String km) {
        return new DailyTotal(date, new ActivityType(type), totals(count, minutes, km));
    }

    private static Totals totals(long count, long minutes, String km) {
        return new Totals(count, minutes, new BigDecimal(km));
    }

    private static ActivityDetails details(String type, int minutes, String km, LocalDate date, String... tags) {
        return new ActivityDetails(new ActivityType(type), minutes, km == null ? null : new BigDecimal(km),
                null, date, new Tags(List.of(tags)));
    }

    private static Activity activity(UserId owner, String type, int minutes, String km, LocalDate date,
            String... tags) {
        return new Activity(ActivityId.newId(), owner, details(type, minutes, km, date, tags), T0, T0, null, 1);
    }

    private void log(UserId owner, String type, int minutes, String km, LocalDate date, String... tags) {
        insert(activity(owner, type, minutes, km, date, tags));
    }

    private void insert(Activity activity) {
        transactions().inTransaction(() -> activities().insert(activity));
    }

    private UserId newOwner() {
        User user = freshUser();
        transactions().inTransaction(() -> users().insert(user));
        return user.id();
    }
}
