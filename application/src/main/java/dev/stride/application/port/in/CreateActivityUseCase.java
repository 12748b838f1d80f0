package dev.stride.application.port.in;

import dev.stride.domain.activity.Activity;
import dev.stride.domain.user.UserId;

public interface CreateActivityUseCase {

    Activity create(UserId owner, ActivityInput input);
}
