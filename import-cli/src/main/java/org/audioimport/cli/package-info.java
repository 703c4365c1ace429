/**
 * The command line: one class per command, the options common to every command inherited from the top
 * command, exit codes mapped from failures in one place, logging set up once before any command. It wires
 * the core's objects by hand and prints; it holds no import logic.
 */
package org.audioimport.cli;
