package dev.stride.application.service.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stride.application.port.in.CreateWebhookCommand;
import dev.stride.domain.paging.PageRequest;
import dev.stride.domain.user.UserId;
import dev.stride.domain.validation.FieldError;
import dev.stride.domain.validation.ValidationException;
import dev.stride.domain.webhook.Subscription;
import dev.stride.domain.webhook.SubscriptionLimitReachedException;
import dev.stride.domain.webhook.WebhookEventType;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CreateWebhookServiceTest {

    private final WebhookWorld world = new WebhookWorld();
    private final UserId ann = UserId.newId();

    @Test
    void createsAnActiveSubscriptionWithAFreshSecret() {
        Subscription created = world.createWebhook(false).create(new CreateWebhookCommand(ann,
                "https://hooks.example.com/in?source=stride", List.of("activity.deleted", "activity.created",
                        "activity.created"), "spreadsheet sync"));

        assertThat(created.owner()).isEqualTo(ann);
        assertThat(created.isActive()).isTrue();
        assertThat(created.events()).containsExactly(WebhookEventType.ACTIVITY_CREATED,
                WebhookEventType.ACTIVITY_DELETED);
        assertThat(created.url().toString()).isEqualTo("https://hooks.example.com/in?source=stride");
        assertThat(created.secret().value()).startsWith("whsec_");
        assertThat(Base64.getDecoder().decode(created.secret().value().substring(6))).hasSize(32);
        assertThat(world.subscriptions.find(ann, created.id())).contains(created);

        Subscription another = world.subscribe(ann, "https://hooks.example.com/in", "activity.created");
        assertThat(another.secret()).isNotEqualTo(created.secret());
    }

    @Test
    void reportsEveryBrokenRuleAtOnce() {
        List<FieldError> errors = violations(new CreateWebhookCommand(ann, "ftp://hooks.example.com/",
                List.of("activity.created", "activity.exploded"), "x".repeat(257)));

        assertThat(errors).extracting(FieldError::field).containsExactlyInAnyOrder("url", "events", "description");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "hooks.example.com/in", "https://user:pass@hooks.example.com/", "https:///path",
        "https://hooks.example.com/#frag", "javascript:alert(1)", "http://[::1", "https://hooks.example.com:0/"})
    void refusesUrlsThatAreNotPlainHttpOrHttps(String url) {
        assertThat(violations(new CreateWebhookCommand(ann, url, List.of("activity.created"), null)))
                .extracting(FieldError::field).containsExactly("url");
    }

    @Test
    void refusesAMissingListOfEvents() {
        assertThat(violations(new CreateWebhookCommand(ann, "https://hooks.example.com/", List.of(), null)))
                .extracting(FieldError::field).containsExactly("events");
        assertThat(violations(new CreateWebhookCommand(ann, "https://hooks.example.com/", null, null)))
                .extracting(FieldError::field).containsExactly("events");
    }

    @ParameterizedTest
    @ValueSource(strings = {"127.0.0.1", "10.1.2.3", "172.16.0.9", "192.168.1.1", "169.254.169.254", "100.64.0.1",
        "0.0.0.0", "::1", "fd00:ec2::254", "fe80::1", "::ffff:127.0.0.1", "64:ff9b::a00:1", "224.0.0.1"})
    void refusesHostsThatResolveToInternalAddresses(String address) {
        world.dns.answer("internal.example.com", WebhookWorld.address(address));

        assertThat(violations(new CreateWebhookCommand(ann, "https://internal.example.com/hook",
                List.of("activity.created"), null))).extracting(FieldError::message)
                .singleElement().asString().contains("internal address");
    }

    @Test
    void aHostWithOneInternalAddressAmongPublicOnesIsRefused() {
        world.dns.answer("mixed.example.com", WebhookWorld.address("203.0.113.5"), WebhookWorld.address("10.0.0.5"));

        assertThat(violations(new CreateWebhookCommand(ann, "https://mixed.example.com/", List.of("activity.created"),
                null))).extracting(FieldError::field).containsExactly("url");
    }

    @Test
    void literalInternalAddressesAreRefusedToo() {
        assertThat(violations(new CreateWebhookCommand(ann, "http://127.0.0.1:8080/hook",
                List.of("activity.created"), null))).extracting(FieldError::field).containsExactly("url");
        assertThat(violations(new CreateWebhookCommand(ann, "http://[::1]/hook",
                List.of("activity.created"), null))).extracting(FieldError::field).containsExactly("url");
    }

    @Test
    void privateTargetsAreAllowedWhenConfigured() {
        Subscription local = world.createWebhook(true).create(new CreateWebhookCommand(ann,
                "http://127.0.0.1:8080/hook", List.of("activity.created"), null));

        assertThat(local.url().host()).isEqualTo("127.0.0.1");
    }

    @Test
    void aHostThatDoesNotResolveIsRefused() {
        assertThat(violations(new CreateWebhookCommand(ann, "https://nowhere.invalid/",
                List.of("activity.created"), null))).extracting(FieldError::message)
                .containsExactly("the host does not resolve");
    }

    @Test
    void atMostTenSubscriptionsPerUserDisabledOnesIncluded() {
        for (int i = 0; i < Subscription.MAX_PER_OWNER; i++) {
            world.subscribe(ann, "https://hooks.example.com/" + i, "activity.created");
        }
        world.subscriptions.disable(world.subscriptions.list(ann, PageRequest.firstPage()).items().get(0).id(),
                world.time.now());
        world.subscribe(UserId.newId(), "https://hooks.example.com/bob", "activity.created");

        assertThatThrownBy(() -> world.subscribe(ann, "https://hooks.example.com/11", "activity.created"))
                .isInstanceOf(SubscriptionLimitReachedException.class);
        assertThat(world.subscriptions.list(ann, PageRequest.firstPage()).total()).isEqualTo(10);
    }

    private List<FieldError> violations(CreateWebhookCommand command) {
        try {
            world.createWebhook(false).create(command);
        } catch (ValidationException e) {
            return e.errors();
        }
        throw new AssertionError("expected a ValidationException");
    }
}
