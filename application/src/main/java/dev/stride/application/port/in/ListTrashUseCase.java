package dev.stride.application.port.in;

import dev.stride.domain.activity.Activity;
import dev.stride.domain.paging.Page;
import dev.stride.domain.paging.PageRequest;
import dev.stride.domain.user.UserId;

public interface ListTrashUseCase {

    /** The owner's soft-deleted activities, most recently deleted first. */
    Page<Activity> listTrash(UserId owner, PageRequest page);
}
