package org.disclosurestats.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * The read replica's state in /q/health/ready. Always up: without a usable replica the primary serves
 * the reads, so a lagging or stopped replica must not take the instance out of a load balancer.
 */
@Readiness
@ApplicationScoped
public class ReplicaReadiness implements HealthCheck {

    @Inject
    ReadRouting routing;

    @Override
    public HealthCheckResponse call() {
        ReadRouting.Standing s = routing.standing();
        HealthCheckResponseBuilder answer = HealthCheckResponse.named("read replica").up().withData("configured", s.configured());
        if (!s.configured()) {
            return answer.withData("reads", "primary").build();
        }
        answer.withData("reads", routing.replicaUsable() ? "replica" : "primary")
                .withData("reachable", s.reachable())
                .withData("standby", s.standby())
                .withData("lagMillis", s.lagMillis())
                .withData("lagBytes", s.lagBytes())
                .withData("maxLagMillis", routing.maxLag().toMillis());
        if (s.problem() != null) {
            answer.withData("problem", s.problem());
        }
        return answer.build();
    }
}
