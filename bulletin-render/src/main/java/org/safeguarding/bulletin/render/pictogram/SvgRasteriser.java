package org.safeguarding.bulletin.render.pictogram;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import org.apache.batik.transcoder.SVGAbstractTranscoder;
import org.apache.batik.transcoder.TranscoderException;
import org.apache.batik.transcoder.TranscoderInput;
import org.apache.batik.transcoder.TranscoderOutput;
import org.apache.batik.transcoder.image.PNGTranscoder;

/** Draws SVG artwork as PNG with Apache Batik, refusing scripts and external resources. */
final class SvgRasteriser {
  private SvgRasteriser() {}

  /**
   * Draws {@code svg} into a square PNG.
   *
   * @throws IllegalStateException naming the picture if Batik cannot draw it
   */
  static byte[] toPng(String name, byte[] svg, int sizePixels) {
    PNGTranscoder transcoder = new PNGTranscoder();
    transcoder.addTranscodingHint(SVGAbstractTranscoder.KEY_WIDTH, (float) sizePixels);
    transcoder.addTranscodingHint(SVGAbstractTranscoder.KEY_HEIGHT, (float) sizePixels);
    transcoder.addTranscodingHint(SVGAbstractTranscoder.KEY_ALLOW_EXTERNAL_RESOURCES, Boolean.FALSE);
    transcoder.addTranscodingHint(SVGAbstractTranscoder.KEY_EXECUTE_ONLOAD, Boolean.FALSE);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      transcoder.transcode(new TranscoderInput(new ByteArrayInputStream(svg)), new TranscoderOutput(out));
    } catch (TranscoderException | RuntimeException e) {
      throw new IllegalStateException("pictogram '" + name + "': cannot draw its SVG: " + e.getMessage(), e);
    }
    return out.toByteArray();
  }
}
