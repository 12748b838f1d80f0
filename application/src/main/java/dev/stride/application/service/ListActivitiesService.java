package dev.stride.application.service;

import dev.stride.application.port.in.ListActivitiesQuery;
import dev.stride.application.port.in.ListActivitiesUseCase;
import dev.stride.application.port.out.ActivityStore;
import dev.stride.domain.activity.Activity;
import dev.stride.domain.paging.Page;

public class ListActivitiesService implements ListActivitiesUseCase {

    private final ActivityStore activities;

    public ListActivitiesService(ActivityStore activities) {
        this.activities = activities;
    }

    @Override
    public Page<Activity> list(ListActivitiesQuery query) {
        return activities.listLive(query.filter(), query.page());
    }
}
