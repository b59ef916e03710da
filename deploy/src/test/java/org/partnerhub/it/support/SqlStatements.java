package org.partnerhub.it.support;

import jakarta.persistence.EntityManagerFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.eclipse.persistence.sessions.Session;
import org.eclipse.persistence.sessions.SessionEvent;
import org.eclipse.persistence.sessions.SessionEventAdapter;

/**
 * Counts the SQL statements the persistence provider sends while a piece of work runs in the calling thread (for
 * in-container tests: "a list page costs at most three statements"). It listens to EclipseLink's session events — a
 * call is one statement — so lazy loads and batch fetches are counted too.
 */
public final class SqlStatements {

    private static final ThreadLocal<List<String>> COUNTING = new ThreadLocal<>();
    private static Session listenedTo;

    private SqlStatements() {}

    /** What the work answered, how many statements it sent, and which. */
    public record Counted<T>(T result, long statements, List<String> sql) {}

    /** Starts listening to the provider's session of {@code emf} (once per server). */
    public static synchronized void listen(EntityManagerFactory emf) {
        Session session = emf.unwrap(Session.class);
        if (session == listenedTo) {
            return;
        }
        session.getEventManager().addListener(new Listener());
        listenedTo = session;
    }

    /** Add these classes to an in-container test's deployment. */
    public static Class<?>[] classes() {
        return new Class<?>[] {SqlStatements.class, Counted.class, Listener.class};
    }

    static final class Listener extends SessionEventAdapter {
        @Override
        public void preExecuteCall(SessionEvent event) {
            List<String> sql = COUNTING.get();
            if (sql != null) {
                sql.add(String.valueOf(event.getCall()));
            }
        }
    }

    public static <T> Counted<T> count(Supplier<T> work) {
        List<String> sql = new ArrayList<>();
        COUNTING.set(sql);
        try {
            T result = work.get();
            return new Counted<>(result, sql.size(), List.copyOf(sql));
        } finally {
            COUNTING.remove();
        }
    }
}
