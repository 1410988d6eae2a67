package dev.activecalls.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.activecalls.testkit.FakeTrillet;
import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real consumer on the module path: a module whose descriptor says only {@code requires
 * dev.activecalls.trillet; requires dev.activecalls.monitor;} compiles against the SDK's jars and runs a call, in a JVM of its own,
 * against a fake Trillet on loopback.
 */
class ModulePathConsumerTest {
  /** What the consumer's module path holds: the SDK and what it depends on, nothing else. */
  private static final List<String> MODULES =
      List.of("sdk-core", "sdk-trillet", "sdk-monitor", "okhttp-jvm", "okio-jvm", "moshi-", "kotlin-stdlib", "jspecify");

  @TempDir Path dir;

  @Test
  void aModuleThatRequiresOnlyTheVendorModuleCompilesAndRunsACall() throws Exception {
    Path sources = dir.resolve("src");
    write(sources.resolve("module-info.java"), "module consumer { requires dev.activecalls.trillet; requires dev.activecalls.monitor; }");
    write(sources.resolve("consumer/Main.java"), """
        package consumer;

        import dev.activecalls.core.errors.ApiException;
        import dev.activecalls.monitor.LiveCallMonitor;
        import dev.activecalls.trillet.ActiveCallList;
        import dev.activecalls.trillet.TrilletClient;

        public final class Main {
          public static void main(String[] args) {
            try (TrilletClient trillet = TrilletClient.builder()
                .baseUrl(args[0]).apiKey(args[1]).workspaceId(args[2]).build()) {
              ActiveCallList calls = trillet.activeCalls().list();
              System.out.println(calls.count() + " live call(s): " + calls.data().get(0).roomName());
              try {
                trillet.activeCalls().get("call-gone");
              } catch (ApiException e) {
                System.out.println("then HTTP " + e.statusCode());
              }
              System.out.println("async: " + trillet.async().activeCalls().list().join().count()
                  + ", raw: HTTP " + trillet.activeCalls().withRawResponse().list().statusCode());
              try (LiveCallMonitor monitor = LiveCallMonitor.builder().source(trillet.callSource()).build()) {
                System.out.println("monitor: " + monitor.pollNow().calls().get(0).callId());
              }
            }
          }
        }
        """);
    String modulePath = modulePath();
    Path classes = dir.resolve("classes");

    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    StringWriter compilerOutput = new StringWriter();
    boolean compiled = javac.getTask(compilerOutput, null, null,
        List.of("--module-path", modulePath, "-d", classes.toString()), null,
        javac.getStandardFileManager(null, null, StandardCharsets.UTF_8).getJavaFileObjects(
            sources.resolve("module-info.java").toFile(), sources.resolve("consumer/Main.java").toFile()))
        .call();
    assertThat(compiled).as(compilerOutput.toString()).isTrue();

    write(sources.resolve("consumer/Peek.java"),
        "package consumer; class Peek { dev.activecalls.core.internal.HttpPipeline pipeline; }");
    StringWriter peekOutput = new StringWriter();
    boolean peeked = javac.getTask(peekOutput, null, null,
        List.of("--module-path", modulePath, "-d", dir.resolve("peek").toString()), null,
        javac.getStandardFileManager(null, null, StandardCharsets.UTF_8).getJavaFileObjects(
            sources.resolve("module-info.java").toFile(), sources.resolve("consumer/Peek.java").toFile()))
        .call();
    assertThat(peeked).as("the core's internal package is not exported to consumers").isFalse();
    assertThat(peekOutput.toString()).contains("dev.activecalls.core.internal");

    try (FakeTrillet fake = FakeTrillet.start()) {
      fake.addCall(c -> c.roomName("call-abc123"));
      Process process = new ProcessBuilder(
          Path.of(System.getProperty("java.home"), "bin", "java").toString(),
          "--module-path", classes + File.pathSeparator + modulePath,
          "-m", "consumer/consumer.Main", fake.baseUrl(), fake.apiKey(), fake.workspaceId())
          .redirectErrorStream(true)
          .start();
      // A bound against a hang, not a speed assertion: a JVM start and two calls take about a second.
      boolean ended = process.waitFor(60, TimeUnit.SECONDS);
      String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (!ended) {
        process.destroyForcibly();
      }

      assertThat(ended).as(output).isTrue();
      assertThat(process.exitValue()).as(output).isZero();
      assertThat(output).contains("1 live call(s): call-abc123", "then HTTP 404", "async: 1, raw: HTTP 200",
          "monitor: call-abc123");
    }
  }

  private static String modulePath() {
    List<String> entries = new ArrayList<>();
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      String name = Path.of(entry).getFileName().toString();
      boolean sdkModule = entry.contains("sdk-core") || entry.contains("sdk-trillet")
          || entry.contains("sdk-monitor");
      if (MODULES.stream().anyMatch(name::startsWith) && !name.contains("-tests")
          || sdkModule && entry.endsWith("classes") && !entry.endsWith("test-classes")) {
        entries.add(entry);
      }
    }
    assertThat(entries).as(Arrays.toString(entries.toArray())).hasSizeGreaterThanOrEqualTo(MODULES.size());
    return entries.stream().collect(Collectors.joining(File.pathSeparator));
  }

  private static void write(Path file, String text) throws IOException {
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
  }
}
