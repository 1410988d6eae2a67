package dev.activecalls.benchmarks;

import java.util.ArrayList;
import java.util.List;

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
}
