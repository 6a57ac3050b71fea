package org.disclosurestats.rest;

import jakarta.inject.Inject;
import jakarta.transaction.TransactionManager;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Tests only: a request that begins a transaction and returns without ending it, as a request did whose
 * commit failed with an error. The transaction times out after a second, so the reaper rolls it back.
 */
@Path("/test-only/transactions")
public class LeftoverTransactionResource {

    @Inject
    TransactionManager transactions;

    @POST
    @Path("/leave-one-behind")
    @Operation(hidden = true)
    public String leaveOneBehind() throws Exception {
        transactions.setTransactionTimeout(1);
        try {
            transactions.begin();
        } finally {
            transactions.setTransactionTimeout(0);
        }
        return Thread.currentThread().getName();
    }

}
