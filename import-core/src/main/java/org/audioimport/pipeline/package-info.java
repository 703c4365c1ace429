/**
 * The import pipeline: plans the scan, runs the worker pool whose one body turns each file into its
 * immutable result (decoding it once, every phase of the asked-for result groups fed from that one
 * decode), and hands the result to the store. It owns the import's threads and the computing turns the
 * writer borrows cores from; phases are plain single-threaded functions of their input. It writes no SQL.
 */
package org.audioimport.pipeline;
