package dev.stride.domain.audit;

import java.util.Arrays;

/** What admins do that leaves a trace. The code is what the audit API and the database show. */
public enum AuditAction {
    ACTIVITY_PURGED("activity.purged"),
    USER_TIER_CHANGED("user.tier_changed"),
    USER_RESTORED("user.restored");

    private final String code;

    AuditAction(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static AuditAction fromCode(String code) {
        return Arrays.stream(values())
                .filter(action -> action.code.equals(code))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown audit action " + code));
    }
}
