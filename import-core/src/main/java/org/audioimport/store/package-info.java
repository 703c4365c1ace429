/**
 * The catalogue: opening and migrating the SQLite file, and the batch-writer repository that writes
 * each file's whole result in one transaction. It is the only package that writes to the database;
 * it never decodes or analyses audio.
 */
package org.audioimport.store;
