package org.disclosurestats.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.disclosurestats.domain.Edition;
import org.disclosurestats.domain.TableIdentities;

/** The identities of the standard tables checked against the service's metric catalogue. */
@ApplicationScoped
public class TableIdentityCheck {

    @Inject
    Catalogue catalogue;

    /**
     * Checks every identity on the given cells: metric code → value, where a present key with a null value is a blank
     * cell and an absent key a cell the report does not state.
     */
    public List<TableIdentities.Result> check(Edition edition, Map<String, BigDecimal> cells) {
        return TableIdentities.check(edition, cells, catalogue.matching(edition, null));
    }
}
