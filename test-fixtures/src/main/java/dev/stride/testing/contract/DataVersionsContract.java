package dev.stride.testing.contract;

import dev.stride.application.port.out.DataVersions;
import dev.stride.application.port.out.Transactions;
import dev.stride.application.port.out.UserStore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stride.domain.user.User;
import dev.stride.domain.user.UserId;
import org.junit.jupiter.api.Test;

/** What every {@link DataVersions} must do. Users are fresh in every test. */
public abstract class DataVersionsContract {

    protected abstract DataVersions versions();

    protected abstract Transactions transactions();

    protected abstract UserStore users();

    private UserId aUser() {
        User user = ContractFixtures.freshUser();
        transactions().inTransaction(() -> users().insert(user));
        return user.id();
    }

    @Test
    void aUserStartsAtVersionZero() {
        assertThat(versions().current(aUser())).isZero();
    }

    @Test
    void eachBumpAnswersTheNextVersionOfThatUserOnly() {
        UserId ann = aUser();
        UserId bob = aUser();

        assertThat(transactions().inTransaction(() -> versions().bump(ann))).isEqualTo(1);
        assertThat(transactions().inTransaction(() -> versions().bump(ann))).isEqualTo(2);

        assertThat(versions().current(ann)).isEqualTo(2);
        assertThat(versions().current(bob)).isZero();
    }

    @Test
    void aBumpInAFailedTransactionIsUndone() {
        UserId ann = aUser();

        assertThatThrownBy(() -> transactions().inTransaction(() -> {
            versions().bump(ann);
            throw new IllegalStateException("the write failed");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(versions().current(ann)).isZero();
    }
}
