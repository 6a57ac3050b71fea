package org.disclosurestats.rest;

import io.vertx.core.Context;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.SystemException;
import jakarta.transaction.TransactionManager;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * No transaction outlives its request on a worker thread. A transaction is bound to the thread that began
 * it; one left unended (an error thrown while it committed or rolled back, when the I/O buffers ran out)
 * stays bound to that worker, every later request it serves joins it, and once the transaction reaper has
 * rolled it back each of them fails ("the transaction has rolled back") until a restart. So a worker
 * checks before a request and after its resource method: a transaction still bound is rolled back, or
 * detached if already ended, and logged.
 */
public class TransactionLeftovers {

    private static final Logger LOG = Logger.getLogger(TransactionLeftovers.class);

    @Inject
    TransactionManager transactions;

    @ServerRequestFilter
    public void beforeRequest() {
        clear("before a request");
    }

    @ServerResponseFilter
    public void afterResourceMethod() {
        clear("after its resource method");
    }

    private void clear(String when) {
        if (Context.isOnEventLoopThread()) {
            return; // the event loop runs no transactions
        }
        int status;
        try {
            status = transactions.getStatus();
        } catch (SystemException e) {
            status = Status.STATUS_UNKNOWN;
        }
        if (status == Status.STATUS_NO_TRANSACTION) {
            return;
        }
        LOG.warnf("A transaction in status %d was still bound to %s %s; it is ended here", status, Thread.currentThread().getName(), when);
        try {
            if (status == Status.STATUS_ACTIVE || status == Status.STATUS_MARKED_ROLLBACK) {
                transactions.rollback(); // also detaches it from the thread
                return;
            }
        } catch (Exception | Error e) { // NOSONAR: whatever failed, the thread must be freed below
            LOG.warn("Rolling back the leftover transaction failed; detaching it", e);
        }
        try {
            if (transactions.getStatus() != Status.STATUS_NO_TRANSACTION) {
                transactions.suspend();
            }
        } catch (SystemException e) {
            LOG.error("A leftover transaction could not be detached from " + Thread.currentThread().getName(), e);
        }
    }
}
