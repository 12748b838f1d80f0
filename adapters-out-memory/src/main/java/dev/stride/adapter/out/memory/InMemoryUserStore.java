package dev.stride.adapter.out.memory;

import dev.stride.application.port.out.UserStore;
import dev.stride.domain.user.Email;
import dev.stride.domain.user.EmailAlreadyTakenException;
import dev.stride.domain.user.User;
import dev.stride.domain.user.UserId;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

public class InMemoryUserStore implements UserStore, MemoryParticipant {

    private final Map<UserId, User> users = new HashMap<>();

    @Override
    public synchronized void insert(User user) {
        if (findByEmail(user.email()).isPresent()) {
            throw new EmailAlreadyTakenException();
        }
        if (users.putIfAbsent(user.id(), user) != null) {
            throw new IllegalStateException("user " + user.id() + " already exists");
        }
    }

    @Override
    public synchronized void update(User user) {
        if (users.replace(user.id(), user) == null) {
            throw new IllegalStateException("user " + user.id() + " does not exist");
        }
    }

    @Override
    public synchronized Optional<User> findById(UserId id) {
        return Optional.ofNullable(users.get(id));
    }

    /** {@link InMemoryTransactions} runs one unit at a time, so every row is as good as locked. */
    @Override
    public synchronized Optional<User> lockById(UserId id) {
        return findById(id);
    }

    @Override
    public synchronized Optional<User> findByEmail(Email email) {
        return users.values().stream().filter(user -> user.email().equals(email)).findFirst();
    }

    @Override
    public synchronized Object snapshot() {
        return new HashMap<>(users);
    }

    @Override
    @SuppressWarnings("unchecked")
    public synchronized void restore(Object snapshot) {
        users.clear();
        users.putAll((Map<UserId, User>) snapshot);
    }
}
