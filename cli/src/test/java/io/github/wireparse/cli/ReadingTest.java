package io.github.wireparse.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import org.junit.jupiter.api.Test;

class ReadingTest {

    @Test
    void describesReadFailuresWithoutRepeatingThePath() {
        assertThat(Reading.describe(new NoSuchFileException("/x/a.txt"))).isEqualTo("no such file");
        assertThat(Reading.describe(new AccessDeniedException("/x/a.txt"))).isEqualTo("permission denied");
        assertThat(Reading.describe(new FileSystemException("/x/a.txt", null, "Is a directory")))
                .isEqualTo("Is a directory");
        assertThat(Reading.describe(new MalformedInputException(1))).startsWith("cannot decode: ");
        assertThat(Reading.describe(new IOException("disk gone"))).isEqualTo("disk gone");
        assertThat(Reading.describe(new IOException())).isEqualTo("IOException");
    }
}
