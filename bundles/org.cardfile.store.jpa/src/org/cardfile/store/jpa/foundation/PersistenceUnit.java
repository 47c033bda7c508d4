package org.cardfile.store.jpa.foundation;

import java.util.function.Function;

import org.cardfile.store.jpa.foundation.db.Database;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.EntityTransaction;

/**
 * One persistence unit over the store's database: the foundation's own, or a capability store's
 * ({@link JpaStore#openUnit}), which maps its own entities and the foundation entities it reads
 * and writes. All units share the database's connections and keep no shared cache, so each one
 * sees what another committed.
 */
public final class PersistenceUnit implements AutoCloseable {
    private final Database database;
    private final EntityManagerFactory factory;

    PersistenceUnit(Database database, EntityManagerFactory factory) {
        this.database = database;
        this.factory = factory;
    }

    /** The database under the unit, for work done in plain JDBC beside it. */
    public Database database() {
        return database;
    }

    /** Runs the work in one transaction: everything it wrote is committed together, or nothing. */
    public <T> T write(Function<EntityManager, T> work) {
        EntityManager em = factory.createEntityManager();
        EntityTransaction tx = em.getTransaction();
        try {
            tx.begin();
            T result = work.apply(em);
            tx.commit();
            return result;
        } finally {
            if (tx.isActive()) {
                tx.rollback();
            }
            em.close();
        }
    }

    public <T> T read(Function<EntityManager, T> work) {
        EntityManager em = factory.createEntityManager();
        try {
            return work.apply(em);
        } finally {
            em.close();
        }
    }

    /** Closes the unit; the database stays open for the others. */
    @Override
    public void close() {
        factory.close();
    }
}
