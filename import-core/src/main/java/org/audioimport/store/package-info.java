/**
 * The catalogue: opening and migrating the SQLite file, read-only queries, and the batch-writer
 * repository that writes each file's whole result in one transaction (a policy-free transaction runner,
 * and row mappers per table group). It is the only package that writes to the database; it never decodes
 * or analyses audio, and it records the duplicate and gain decisions the phases' packages make.
 */
package org.audioimport.store;
