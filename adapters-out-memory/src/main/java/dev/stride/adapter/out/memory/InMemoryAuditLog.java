package dev.stride.adapter.out.memory;

import dev.stride.application.port.out.AuditLog;
import dev.stride.domain.audit.AuditEntry;
import dev.stride.domain.paging.Page;
import dev.stride.domain.paging.PageRequest;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

public class InMemoryAuditLog implements AuditLog, MemoryParticipant {

    static final Comparator<AuditEntry> NEWEST_FIRST = Comparator.comparing(AuditEntry::at).reversed()
            .thenComparing(entry -> entry.id().toString(), Comparator.reverseOrder());

    private final List<AuditEntry> entries = new ArrayList<>();

    @Override
    public synchronized void record(AuditEntry entry) {
        entries.add(entry);
    }

    @Override
    public synchronized Page<AuditEntry> list(PageRequest page) {
        List<AuditEntry> items = entries.stream().sorted(NEWEST_FIRST)
                .skip(page.offset()).limit(page.limit()).toList();
        return Page.of(items, page, entries.size());
    }

    @Override
    public synchronized Object snapshot() {
        return new ArrayList<>(entries);
    }

    @Override
    @SuppressWarnings("unchecked")
    public synchronized void restore(Object snapshot) {
        entries.clear();
        entries.addAll((List<AuditEntry>) snapshot);
    }
}
