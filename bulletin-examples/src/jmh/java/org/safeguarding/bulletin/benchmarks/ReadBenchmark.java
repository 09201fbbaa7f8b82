package org.safeguarding.bulletin.benchmarks;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.safeguarding.bulletin.json.BulletinJson;
import org.safeguarding.bulletin.json.BulletinReader;
import org.safeguarding.bulletin.model.Bulletin;

/** Reading a bulletin's JSON with full validation, as the command line does for every input. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ReadBenchmark {
  @Param({"example", "ten-times"})
  public String size;

  private final BulletinReader reader = BulletinJson.reader();
  private String json;

  @Setup
  public void write() {
    Bulletin bulletin = size.equals("example") ? Bulletins.example() : Bulletins.tenTimes();
    json = BulletinJson.writer().toJson(bulletin);
  }

  @Benchmark
  public Bulletin readAndValidate() {
    return reader.read(json);
  }
}
