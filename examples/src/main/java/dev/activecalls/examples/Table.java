package dev.activecalls.examples;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A plain-text table: columns as wide as their widest cell, a rule under the header. */
final class Table {
  private static final int MAX_CELL = 40;

  private final List<String> header;
  private final List<List<String>> rows = new ArrayList<>();

  Table(String... header) {
    this.header = List.of(header);
  }

  /** Adds a row; null cells print as "-", long ones are cut with "...". */
  Table row(@Nullable Object... cells) {
    if (cells.length != header.size()) {
      throw new IllegalArgumentException("expected " + header.size() + " cells, got " + cells.length);
    }
    rows.add(Arrays.stream(cells).map(Table::cell).toList());
    return this;
  }

  void print(PrintStream out) {
    int[] widths = new int[header.size()];
    for (int i = 0; i < widths.length; i++) {
      widths[i] = header.get(i).length();
      for (List<String> row : rows) {
        widths[i] = Math.max(widths[i], row.get(i).length());
      }
    }
    line(out, header, widths);
    StringBuilder rule = new StringBuilder();
    for (int width : widths) {
      rule.append("-".repeat(width)).append("  ");
    }
    out.println(rule.toString().stripTrailing());
    for (List<String> row : rows) {
      line(out, row, widths);
    }
    if (rows.isEmpty()) {
      out.println("(none)");
    }
  }

  private static void line(PrintStream out, List<String> cells, int[] widths) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < cells.size(); i++) {
      text.append(String.format("%-" + widths[i] + "s  ", cells.get(i)));
    }
    out.println(text.toString().stripTrailing());
  }

  private static String cell(@Nullable Object value) {
    String text = value == null ? "-" : value.toString();
    return text.length() <= MAX_CELL ? text : text.substring(0, MAX_CELL - 3) + "...";
  }
}
