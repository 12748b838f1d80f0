package dev.stride.application.service;

import dev.stride.application.port.in.ListTrashUseCase;
import dev.stride.application.port.out.ActivityStore;
import dev.stride.domain.activity.Activity;
import dev.stride.domain.paging.Page;
import dev.stride.domain.paging.PageRequest;
import dev.stride.domain.user.UserId;

public class ListTrashService implements ListTrashUseCase {

    private final ActivityStore activities;

    public ListTrashService(ActivityStore activities) {
        this.activities = activities;
    }

    @Override
    public Page<Activity> listTrash(UserId owner, PageRequest page) {
        return activities.listTrash(owner, page);
    }
}
