package dev.stride.adapter.out.memory;

import dev.stride.application.port.out.AccountChangeBroadcast;
import dev.stride.testing.contract.AccountChangeBroadcastContract;

class InMemoryAccountChangeBroadcastTest extends AccountChangeBroadcastContract {

    /** In one process, "another replica" is another listener of the same broadcast. */
    private final InMemoryAccountChangeBroadcast broadcast = new InMemoryAccountChangeBroadcast();

    @Override
    protected AccountChangeBroadcast broadcast() {
        return broadcast;
    }

    @Override
    protected AccountChangeBroadcast replica() {
        return broadcast;
    }
}
