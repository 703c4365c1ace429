/**
 * Finding audio files: walking the folders (each real folder once, whatever the symlinks), telling audio
 * apart by its content signature, and hashing content. It only reads the file system; it never opens
 * the catalogue.
 */
package org.audioimport.scanning;
