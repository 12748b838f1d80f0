package dev.stride.testing.contract;

import dev.stride.application.port.out.DataVersions;
import dev.stride.application.port.out.Transactions;
import dev.stride.application.port.out.UserStore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stride.domain.user.User;
import dev.stride.domain.user.UserId;
import org.junit.jupiter.api.Test;

/**
 * What every {@link DataVersions} must do. Users are fresh in every test. An interface rather than a base class, so
 * that a test whose base class provides the beans may take it on, while other tests of the same base do not.
 */
public interface DataVersionsContract {

    DataVersions versions();

    Transactions transactions();

    UserStore users();

    private UserId aUser() {
        User user = ContractFixtures.freshUser();
        transactions().inTransaction(() -> users().insert(user));
        return user.id();
    }

    @Test
    default void aUserStartsAtVersionZero() {
        assertThat(versions().current(aUser())).isZero();
    }

    @Test
    default void eachBumpAnswersTheNextVersionOfThatUserOnly() {
        UserId ann = aUser();
        UserId bob = aUser();

        assertThat(transactions().inTransaction(() -> versions().bump(ann))).isEqualTo(1);
        assertThat(transactions().inTransaction(() -> versions().bump(ann))).isEqualTo(2);

        assertThat(versions().current(ann)).isEqualTo(2);
        assertThat(versions().current(bob)).isZero();
    }

    @Test
    default void aBumpInAFailedTransactionIsUndone() {
        UserId ann = aUser();

        assertThatThrownBy(() -> transactions().inTransaction(() -> {
            versions().bump(ann);
            throw new IllegalStateException("the write failed");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(versions().current(ann)).isZero();
    }
}
