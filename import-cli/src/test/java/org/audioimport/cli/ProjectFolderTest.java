package org.audioimport.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The default dataset is found from the program's own location, whatever the working folder. */
class ProjectFolderTest {
    @Test
    void findsTheFolderThatHoldsTheDatasetScript() {
        Path project = ProjectFolder.find().orElseThrow();

        assertTrue(Files.isRegularFile(project.resolve(ProjectFolder.MARKER)), project.toString());
        assertTrue(project.resolve(ProjectFolder.DATASET).startsWith(project));
    }
}
