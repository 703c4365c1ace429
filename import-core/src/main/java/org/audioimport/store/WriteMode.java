package org.audioimport.store;

/** How the writer commits a file's rows. */
public enum WriteMode {
    /** All of a file's rows in one transaction: what every import does. */
    TRANSACTION_PER_FILE,
    /**
     * No BEGIN or COMMIT: every statement commits by itself, as a naive importer's would. Only for the
     * benchmark's baseline: a crash can leave half a file in the catalogue.
     */
    TRANSACTION_PER_STATEMENT
}
