package dev.stride.adapter.out.webhooks;

import dev.stride.application.port.in.DeliverWebhooksUseCase;
import dev.stride.application.port.out.DeliveryWakeUp;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import org.jboss.logging.Logger;

/**
 * This replica's delivery workers: a fixed number of threads, each claiming a batch of due deliveries, attempting
 * them, and claiming again; when nothing is due, it waits until a write on this replica commits new deliveries or
 * the poll interval passes (deliveries written by other replicas, retries coming due). Stopping lets the attempts
 * under way finish and gives back what was claimed and not attempted; whatever a killed process held comes back
 * when its lease runs out.
 */
public class WebhookWorkers implements DeliveryWakeUp {

    private static final Logger LOG = Logger.getLogger(WebhookWorkers.class);

    private final DeliverWebhooksUseCase deliver;
    private final int workers;
    private final int batch;
    private final Duration pollInterval;
    private final String claimant;
    private final List<Thread> threads = new ArrayList<>();
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition work = lock.newCondition();
    private long signals;
    private volatile boolean stopping;

    /** @param claimant this replica's name in the outbox's claims: unique per process */
    public WebhookWorkers(DeliverWebhooksUseCase deliver, int workers, int batch, Duration pollInterval,
            String claimant) {
        this.deliver = deliver;
        this.workers = workers;
        this.batch = batch;
        this.pollInterval = pollInterval;
        this.claimant = claimant;
    }

    public synchronized void start() {
        if (!threads.isEmpty()) {
            return;
        }
        for (int i = 1; i <= workers; i++) {
            Thread thread = new Thread(this::run, "stride-webhook-worker-" + i);
            // A send stuck past the shutdown wait must not keep the process alive; its lease brings it back.
            thread.setDaemon(true);
            threads.add(thread);
            thread.start();
        }
        LOG.infof("%d webhook delivery workers started as %s", workers, claimant);
    }

    /** Stops claiming, and waits up to {@code grace} for the attempts under way. */
    public synchronized void stop(Duration grace) {
        stopping = true;
        deliveriesCommitted();
        long deadline = System.nanoTime() + grace.toNanos();
        for (Thread thread : threads) {
            try {
                thread.join(Math.max(1, TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime())));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        long unfinished = threads.stream().filter(Thread::isAlive).count();
        if (unfinished > 0) {
            LOG.warnf("%d webhook workers still sending at shutdown; their deliveries return after the lease",
                    unfinished);
        }
        threads.clear();
    }

    @Override
    public void deliveriesCommitted() {
        lock.lock();
        try {
            signals++;
            work.signalAll();
        } finally {
            lock.unlock();
        }
    }

    private void run() {
        boolean failing = false;
        while (!stopping) {
            long seen = signalsSoFar();
            int claimed;
            try {
                claimed = deliver.deliverDue(claimant, batch, () -> stopping);
                if (failing) {
                    LOG.info("webhook delivery works again");
                    failing = false;
                }
            } catch (RuntimeException e) {
                // The database is down or failing: log once per outage, not once per poll.
                if (!failing) {
                    LOG.warnf("webhook delivery failed, retrying every %s: %s", pollInterval, e.toString());
                    failing = true;
                }
                claimed = 0;
            }
            if (claimed == 0) {
                awaitWork(seen);
            }
        }
    }

    private long signalsSoFar() {
        lock.lock();
        try {
            return signals;
        } finally {
            lock.unlock();
        }
    }

    /** Until a signal newer than {@code seen} or the poll interval, whichever comes first. */
    private void awaitWork(long seen) {
        lock.lock();
        try {
            long left = pollInterval.toNanos();
            while (signals == seen && !stopping && left > 0) {
                left = work.awaitNanos(left);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stopping = true;
        } finally {
            lock.unlock();
        }
    }
}
