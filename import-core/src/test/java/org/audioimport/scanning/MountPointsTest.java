package org.audioimport.scanning;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The mount tables as the system writes them: comments, swap, octal escapes, a table that cannot be read. */
class MountPointsTest {
    @TempDir
    Path dir;

    @Test
    void theFoldersFstabNamesThatNothingIsMountedOnAreAwaitingTheirDisk() throws Exception {
        Path fstab = Files.writeString(dir.resolve("fstab"), """
                # /etc/fstab: static file system information.
                UUID=0a1b  /              ext4  errors=remount-ro  0 1
                /swapfile  none           swap  sw                 0 0
                //nas/music /srv/My\\040Music cifs noauto,user 0 0
                /dev/sdb1  /media/usb     vfat  noauto,user        0 0
                  # an indented comment /not/a/mount
                """);
        Path mountinfo = Files.writeString(dir.resolve("mountinfo"), """
                22 1 8:1 / / rw,relatime shared:1 - ext4 /dev/sda1 rw
                40 22 8:17 / /media/usb rw,relatime shared:20 - vfat /dev/sdb1 rw
                """);

        assertEquals(Set.of(Path.of("/srv/My Music")), new MountPoints(fstab, mountinfo).awaitingTheirDisk());
    }

    @Test
    void withATableThatCannotBeReadNoFolderAwaitsADisk() throws Exception {
        Path fstab = Files.writeString(dir.resolve("fstab"), "/dev/sdb1 /media/usb vfat noauto 0 0\n");

        assertEquals(Set.of(), new MountPoints(fstab, dir.resolve("no-such-table")).awaitingTheirDisk());
        assertEquals(Set.of(), new MountPoints(dir.resolve("no-fstab"), fstab).awaitingTheirDisk());
    }
}
