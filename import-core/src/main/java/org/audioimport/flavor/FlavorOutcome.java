package org.audioimport.flavor;

/** What describing a file or a passage gave: a {@link FlavorVector}, or {@link NoFlavor} and why. */
public sealed interface FlavorOutcome permits FlavorVector, NoFlavor {}
