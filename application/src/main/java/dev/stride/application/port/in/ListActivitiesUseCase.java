package dev.stride.application.port.in;

import dev.stride.domain.activity.Activity;
import dev.stride.domain.paging.Page;

public interface ListActivitiesUseCase {

    Page<Activity> list(ListActivitiesQuery query);
}
