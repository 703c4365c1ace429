/**
 * The import pipeline: decides per file what to do, runs the worker pool that decodes each file once
 * and feeds every phase from that one decode, and hands each file's immutable result to the store.
 * Concurrency lives here and nowhere else; phases are plain single-threaded functions of their input.
 */
package org.audioimport.pipeline;
