package org.audioimport.store;

/**
 * The flavor versions whose vectors a query takes together, {@code oldest} to {@code newest}: the
 * caller's to say which compare with each other (the flavor's versions, not the store's).
 */
public record FlavorVersions(int oldest, int newest) {
    public FlavorVersions {
        if (oldest < 1 || oldest > newest) {
            throw new IllegalArgumentException("no flavor versions from " + oldest + " to " + newest);
        }
    }
}
