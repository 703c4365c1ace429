package org.audioimport.cli;

/**
 * A command whose log shows only warnings and errors unless {@code --log-level} says otherwise: one with a
 * summary or report of its own, which INFO lines would only interleave with. Other commands log at INFO.
 */
interface QuietByDefault {
}
