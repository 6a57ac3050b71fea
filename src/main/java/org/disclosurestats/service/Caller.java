package org.disclosurestats.service;

import java.util.Set;

/**
 * Who is writing, and what they may write: the subject is recorded with every revision; a
 * publisher may write reports of its divisions and their descendants, an admin everything.
 */
public record Caller(String subject, boolean admin, boolean publisher, Set<String> divisions) {

    public Caller {
        divisions = divisions == null ? Set.of() : Set.copyOf(divisions);
    }

    /** The service itself (the seed loader, importers): unrestricted. */
    public static Caller system(String name) {
        return new Caller(name, true, false, Set.of());
    }
}
