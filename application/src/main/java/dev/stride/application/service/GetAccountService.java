package dev.stride.application.service;

import dev.stride.application.port.in.GetAccountUseCase;
import dev.stride.application.port.in.UserNotFoundException;
import dev.stride.application.port.out.UserStore;
import dev.stride.domain.user.User;
import dev.stride.domain.user.UserId;

public class GetAccountService implements GetAccountUseCase {

    private final UserStore users;
    private final AdminEmails adminEmails;

    public GetAccountService(UserStore users, AdminEmails adminEmails) {
        this.users = users;
        this.adminEmails = adminEmails;
    }

    @Override
    public User get(UserId id) {
        User user = users.findById(id).filter(candidate -> !candidate.isDeleted())
                .orElseThrow(UserNotFoundException::new);
        return adminEmails.shown(user);
    }
}
