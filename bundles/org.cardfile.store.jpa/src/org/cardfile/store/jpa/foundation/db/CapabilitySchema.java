package org.cardfile.store.jpa.foundation.db;

import java.util.List;

/**
 * One capability's tables as a history of steps: the capability's name (its key in the version
 * table), where its scripts are, and its steps, oldest first. A capability bundle declares one and
 * has the store apply it when the bundle starts; a release only ever appends steps.
 *
 * @param capability the name its versions are recorded under, e.g. {@code calls}
 * @param scripts the class loader of the bundle the scripts ship in
 * @param folder the folder of the scripts in that bundle; a dialect's variant of a script sits in
 *            its own subfolder ({@code <folder>/postgresql/})
 * @param steps every step, oldest first, numbered from 1 without gaps
 */
public record CapabilitySchema(String capability, ClassLoader scripts, String folder, List<Migration> steps) {
    public CapabilitySchema {
        if (!capability.matches("[a-z][a-z0-9.-]{0,63}")) {
            throw new IllegalArgumentException("A capability's schema name is 1 to 64 lower-case letters, digits,"
                    + " dots or dashes: " + capability);
        }
        steps = List.copyOf(steps);
        for (int i = 0; i < steps.size(); i++) {
            if (steps.get(i).version() != i + 1) {
                throw new IllegalArgumentException("The steps of " + capability + " must be numbered 1, 2, 3, …: step "
                        + (i + 1) + " is numbered " + steps.get(i).version());
            }
        }
    }

    public int latestVersion() {
        return steps.size();
    }
}
