/**
 * The command line: one class per command, shared options in mixins, exit codes as part of each
 * command's contract. It wires the core's objects by hand and prints; it holds no import logic.
 */
package org.audioimport.cli;
