package dev.stride.adapter.out.cache;

/** What actually went wrong behind a Redis failure (a refused connection, a timeout), for warnings. */
final class RootCause {

    private RootCause() {
    }

    static String of(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root == failure ? failure.toString() : failure.getMessage() + ": " + root;
    }
}
