package dev.activecalls.benchmarks;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Command lines for the fresh JVMs the process-level benchmarks start, on this JVM's class path. */
final class ChildJvm {
  private ChildJvm() {}

  /**
   * Returns the command that runs {@code main} in a fresh JVM: this JVM's {@code java}, {@code
   * jvmOptions}, this class path.
   *
   * @param jvmOptions options before the class name, like {@code -Xmn64m}
   * @param main the class whose {@code main} runs
   * @param args its arguments
   * @return the command
   */
  static List<String> command(List<String> jvmOptions, Class<?> main, String... args) {
    List<String> command = new ArrayList<>();
    command.add(ProcessHandle.current().info().command().orElse("java"));
    command.addAll(jvmOptions);
    command.addAll(List.of("-cp", System.getProperty("java.class.path"), main.getName()));
    command.addAll(List.of(args));
    return command;
  }

  /**
   * Runs {@code main} in a fresh JVM ({@link #command}, no extra options) and returns every line
   * it printed, standard error included, once it has exited.
   *
   * @param main the class whose {@code main} runs
   * @param args its arguments
   * @return its output's lines
   * @throws IOException if it cannot start, or exits with a status other than 0 (the message holds
   *     its output)
   * @throws InterruptedException if interrupted while waiting for it
   */
  static List<String> run(Class<?> main, String... args) throws IOException, InterruptedException {
    Process process = new ProcessBuilder(command(List.of(), main, args)).redirectErrorStream(true).start();
    List<String> output = new ArrayList<>();
    try (BufferedReader lines = new BufferedReader(
        new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        output.add(line);
      }
    }
    if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
      process.destroyForcibly();
      throw new IOException(main.getSimpleName() + " " + String.join(" ", args) + " failed:\n"
          + String.join("\n", output));
    }
    return output;
  }
}
