package dev.stride.application.port.out;

import dev.stride.domain.user.Email;
import dev.stride.domain.user.EmailAlreadyTakenException;
import dev.stride.domain.user.User;
import dev.stride.domain.user.UserId;
import java.util.Optional;

/** Where accounts live. Soft-deleted accounts are found too: their email stays taken and login must refuse them. */
public interface UserStore {

    /**
     * @throws EmailAlreadyTakenException when an account, deleted or not, already has the email. Let it end the
     *     unit of work: after the refused statement a database's transaction can only roll back.
     */
    void insert(User user);

    void update(User user);

    Optional<User> findById(UserId id);

    /** The account, deleted or not, locked against concurrent writers until the transaction ends. */
    Optional<User> lockById(UserId id);

    Optional<User> findByEmail(Email email);
}
