package dev.stride.adapter.out.persistence;

import dev.stride.domain.user.Email;
import dev.stride.domain.user.Tier;
import dev.stride.domain.user.User;
import dev.stride.domain.user.UserId;

/** Translates between the domain's {@link User} and its row. */
final class UserMapper {

    private UserMapper() {
    }

    static User toDomain(UserEntity entity) {
        return new User(new UserId(entity.id), new Email(entity.email), entity.passwordHash, entity.displayName,
                Tier.fromWireName(entity.tier), entity.createdAt, entity.deletedAt);
    }

    static UserEntity toNewEntity(User user) {
        UserEntity entity = new UserEntity();
        entity.id = user.id().value();
        entity.createdAt = user.createdAt();
        copyChangeableState(user, entity);
        return entity;
    }

    static void copyChangeableState(User user, UserEntity entity) {
        entity.email = user.email().value();
        entity.passwordHash = user.passwordHash();
        entity.displayName = user.displayName();
        entity.tier = user.tier().wireName();
        entity.deletedAt = user.deletedAt();
    }
}
