package dev.stride.application.service;

import dev.stride.application.port.in.ActivityNotFoundException;
import dev.stride.application.port.in.GetActivityUseCase;
import dev.stride.application.port.out.ActivityStore;
import dev.stride.domain.activity.Activity;
import dev.stride.domain.activity.ActivityId;
import dev.stride.domain.user.UserId;

public class GetActivityService implements GetActivityUseCase {

    private final ActivityStore activities;

    public GetActivityService(ActivityStore activities) {
        this.activities = activities;
    }

    @Override
    public Activity get(UserId owner, ActivityId id) {
        return activities.findLive(owner, id).orElseThrow(ActivityNotFoundException::new);
    }
}
