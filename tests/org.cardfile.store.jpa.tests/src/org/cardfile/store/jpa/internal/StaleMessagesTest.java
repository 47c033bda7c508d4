package org.cardfile.store.jpa.internal;

import org.cardfile.store.jpa.foundation.records.StaleMessages;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.RollbackException;

/** Every repository's save turns a lost race into the readable refusal, wherever the conflict surfaces. */
class StaleMessagesTest {

    @Test
    void aConflictAtFlushOrAtCommitDirectlyOrAsACauseIsALostRace() {
        assertTrue(StaleMessages.isOptimisticLock(new OptimisticLockException("at flush")));
        assertTrue(StaleMessages.isOptimisticLock(new RollbackException(new OptimisticLockException("at commit"))));
        assertTrue(StaleMessages.isOptimisticLock(new PersistenceException(new RuntimeException(
                new org.eclipse.persistence.exceptions.OptimisticLockException("changed since last read") {
                    private static final long serialVersionUID = 1L;
                }))), "EclipseLink's own, wrapped");
        assertFalse(StaleMessages.isOptimisticLock(new PersistenceException("disk full")));
        assertFalse(StaleMessages.isOptimisticLock(new RollbackException(new IllegalStateException("no connection"))));
    }
}
