package dev.stride.application.service.webhook;

import dev.stride.application.port.out.TargetResolver;
import dev.stride.domain.validation.ValidationException;
import dev.stride.domain.webhook.TargetAddresses;
import dev.stride.domain.webhook.WebhookUrl;

/**
 * Whether a subscription's URL may be used: its host must resolve, and, unless private targets are allowed (tests,
 * self-hosters whose receivers share a LAN with Stride), only to public addresses. The sender checks again at
 * every attempt against the address it connects to; this check gives the client its 400 up front.
 */
public class WebhookTargets {

    private final TargetResolver resolver;
    private final boolean allowPrivateTargets;

    public WebhookTargets(TargetResolver resolver, boolean allowPrivateTargets) {
        this.resolver = resolver;
        this.allowPrivateTargets = allowPrivateTargets;
    }

    /** @throws ValidationException on the field {@code url} */
    public void check(WebhookUrl url) {
        TargetAddresses.refusal(resolver.resolve(url.host()), allowPrivateTargets).ifPresent(reason -> {
            throw ValidationException.of("url", reason);
        });
    }
}
