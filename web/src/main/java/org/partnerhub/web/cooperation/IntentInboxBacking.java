package org.partnerhub.web.cooperation;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import org.partnerhub.application.cooperation.IntentFilter;
import org.partnerhub.application.cooperation.IntentService;
import org.partnerhub.application.cooperation.IntentView;
import org.partnerhub.domain.cooperation.IntentStatus;
import org.partnerhub.domain.shared.Page;
import org.partnerhub.domain.shared.PageRequest;
import org.partnerhub.web.api.Enums;
import org.partnerhub.web.security.RequestActor;

/** The intents inbox ({@code /intents?status=}): my intents, by status, with the count of each. */
@Named
@RequestScoped
public class IntentInboxBacking {

    @Inject
    IntentService intents;

    @Inject
    RequestActor actor;

    private String status;
    private Page<IntentView> result;
    private Map<IntentStatus, Long> counts;

    public Page<IntentView> getResult() {
        if (result == null) {
            result = intents.list(actor.get(), new IntentFilter(chosen(), null, null), PageRequest.first(100));
        }
        return result;
    }

    public Map<IntentStatus, Long> getCounts() {
        if (counts == null) {
            counts = intents.counts(actor.get(), IntentFilter.NONE);
        }
        return counts;
    }

    public List<IntentStatus> getStatuses() {
        return List.of(IntentStatus.values());
    }

    public long getAll() {
        return getCounts().values().stream().mapToLong(Long::longValue).sum();
    }

    public IntentStatus chosen() {
        return Enums.find(IntentStatus.class, status);
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }
}
