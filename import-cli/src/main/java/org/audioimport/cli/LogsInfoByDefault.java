package org.audioimport.cli;

/**
 * A command whose log shows INFO lines unless {@code --log-level} says otherwise: a long-running one with no
 * summary of its own, whose log is the record of what it did. Other commands log warnings and errors only.
 */
interface LogsInfoByDefault {}
