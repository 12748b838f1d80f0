package dev.stride.adapter.out.cache;

import dev.stride.application.port.out.AccountChangeBroadcast;
import dev.stride.domain.user.UserId;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.redis.client.Command;
import io.vertx.mutiny.redis.client.Redis;
import io.vertx.mutiny.redis.client.RedisConnection;
import io.vertx.mutiny.redis.client.Request;
import io.vertx.mutiny.redis.client.Response;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.jboss.logging.Logger;

/**
 * Account changes announced through Redis pub/sub on the channel {@code P account-changes}: every replica holds one
 * subscribed connection. When that connection is lost, it is re-established every second until Redis answers; as
 * announcements may have been missed meanwhile, the listeners are then told to resync.
 */
public class RedisAccountChangeBroadcast implements AccountChangeBroadcast, AutoCloseable {

    private static final Logger LOG = Logger.getLogger(RedisAccountChangeBroadcast.class);
    private static final Duration RETRY = Duration.ofSeconds(1);

    private final Redis redis;
    private final RedisGateway gateway;
    private final String channel;
    private final List<Consumer<UserId>> listeners = new CopyOnWriteArrayList<>();
    private final List<Runnable> resyncs = new CopyOnWriteArrayList<>();
    private final AtomicBoolean subscribing = new AtomicBoolean();
    private final AtomicBoolean retrying = new AtomicBoolean();
    private volatile boolean closed;
    private volatile RedisConnection connection;

    public RedisAccountChangeBroadcast(Redis redis, RedisGateway gateway) {
        this.redis = redis;
        this.gateway = gateway;
        this.channel = gateway.keyPrefix() + "account-changes";
    }

    @Override
    public void announce(UserId user) {
        try {
            gateway.send(Request.cmd(Command.PUBLISH).arg(channel).arg(user.toString()));
        } catch (RedisUnavailableException e) {
            // Other replicas keep their entry until it expires (stride.accounts.state-cache-ttl).
            LOG.warnf("could not announce an account change to other replicas: %s", e.getMessage());
        }
    }

    /**
     * Registers the listener and, the first time, subscribes: returns once Redis has confirmed the subscription (so
     * later announcements are heard) or after the gateway's timeout, whichever comes first; the subscription keeps
     * being retried in the background.
     */
    @Override
    public void listen(Consumer<UserId> changed, Runnable resync) {
        listeners.add(changed);
        resyncs.add(resync);
        if (subscribing.compareAndSet(false, true)) {
            try {
                subscribe(false).get(gateway.timeout().toMillis(), TimeUnit.MILLISECONDS);
            } catch (TimeoutException | ExecutionException e) {
                LOG.warnf("account change announcements not subscribed yet (%s); retrying in the background",
                        e.toString());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private CompletableFuture<Void> subscribe(boolean again) {
        CompletableFuture<Void> subscribedOnce = new CompletableFuture<>();
        if (closed) {
            subscribedOnce.complete(null);
            return subscribedOnce;
        }
        redis.connect().subscribe().with(opened -> {
            connection = opened;
            opened.handler(this::received);
            opened.exceptionHandler(failure -> lost(opened, failure));
            opened.endHandler(() -> lost(opened, null));
            opened.send(Request.cmd(Command.SUBSCRIBE).arg(channel)).subscribe().with(subscribed -> {
                if (again) {
                    LOG.info("account change announcements resumed; forgetting cached account states");
                    resyncs.forEach(Runnable::run);
                }
                subscribedOnce.complete(null);
            }, failure -> {
                subscribedOnce.completeExceptionally(failure);
                lost(opened, failure);
            });
        }, failure -> {
            subscribedOnce.completeExceptionally(failure);
            retryLater();
        });
        return subscribedOnce;
    }

    private void received(Response message) {
        // ["message", channel, payload]; the subscription's own confirmation is ["subscribe", channel, count].
        if (message == null || message.size() < 3 || !"message".equals(message.get(0).toString())) {
            return;
        }
        UserId.parse(message.get(2).toString()).ifPresent(user -> listeners.forEach(listener -> listener.accept(user)));
    }

    private void lost(RedisConnection lost, Throwable failure) {
        if (closed || lost != connection) {
            return;
        }
        connection = null;
        LOG.warnf("account change subscription lost (%s); retrying every %ss", failure, RETRY.toSeconds());
        lost.close().subscribe().with(ignored -> { }, ignored -> { });
        retryLater();
    }

    private void retryLater() {
        if (closed || !retrying.compareAndSet(false, true)) {
            return;
        }
        Uni.createFrom().voidItem().onItem().delayIt().by(RETRY).subscribe().with(ignored -> {
            retrying.set(false);
            subscribe(true);
        });
    }

    @Override
    public void close() {
        closed = true;
        RedisConnection open = connection;
        if (open != null) {
            open.close().subscribe().with(ignored -> { }, ignored -> { });
        }
    }
}
