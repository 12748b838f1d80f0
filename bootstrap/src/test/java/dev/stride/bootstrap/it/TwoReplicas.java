package dev.stride.bootstrap.it;

import java.util.Map;

/**
 * Two replicas of the packaged application with the same settings, as a deployment of two pods: started one after
 * the other, both stopped on closing (the second even when stopping the first fails).
 */
final class TwoReplicas implements AutoCloseable {

    final ServiceProcess first;
    final ServiceProcess second;

    private TwoReplicas(ServiceProcess first, ServiceProcess second) {
        this.first = first;
        this.second = second;
    }

    /** Both replicas with the shared settings, some of them replaced or added by {@code settings}. */
    static TwoReplicas start(Map<String, String> settings) throws Exception {
        ServiceProcess first = ServiceProcess.start(settings);
        try {
            return new TwoReplicas(first, ServiceProcess.start(settings));
        } catch (Exception failed) {
            // No test gets the pair, so none would stop the replica already running.
            first.close();
            throw failed;
        }
    }

    @Override
    public void close() throws InterruptedException {
        try {
            first.close();
        } finally {
            second.close();
        }
    }
}
