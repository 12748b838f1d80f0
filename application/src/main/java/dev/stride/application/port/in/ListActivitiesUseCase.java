package dev.stride.application.port.in;

import dev.stride.domain.activity.Activity;
import dev.stride.domain.paging.Page;
import java.util.Optional;

public interface ListActivitiesUseCase {

    Page<Activity> list(ListActivitiesQuery query);

    /**
     * The same answer when this process can give it at once, from memory, without blocking (a cached entry whose
     * owner's version is known): so a request can be served on the thread that received it. Empty when it cannot;
     * then call {@link #list} on a thread that may block. Never staler than {@link #list}.
     */
    default Optional<Page<Activity>> atHand(ListActivitiesQuery query) {
        return Optional.empty();
    }
}
