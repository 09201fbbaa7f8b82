package org.safeguarding.bulletin.internal.files;

import java.io.IOException;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadata;
import org.jspecify.annotations.Nullable;
import org.w3c.dom.Node;

/**
 * The number of colour components a JPEG's frame header declares: 1 for grey, 3 for RGB (YCbCr), 4
 * for CMYK or YCCK. Read from the header, so it is known whether or not the pixels can be decoded.
 */
final class JpegComponents {
  private static final String NATIVE_FORMAT = "javax_imageio_jpeg_image_1.0";

  private JpegComponents() {}

  /**
   * The components declared by the first frame header of the JPEG that {@code reader} is set to.
   *
   * @throws IOException if the header cannot be read
   */
  static int count(ImageReader reader) throws IOException {
    IIOMetadata metadata = reader.getImageMetadata(0);
    Node sof = find(metadata.getAsTree(NATIVE_FORMAT), "sof");
    if (sof == null) {
      throw new IOException("no frame header");
    }
    return Integer.parseInt(sof.getAttributes().getNamedItem("numFrameComponents").getNodeValue());
  }

  private static @Nullable Node find(Node node, String name) {
    if (name.equals(node.getNodeName())) {
      return node;
    }
    for (Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
      Node found = find(child, name);
      if (found != null) {
        return found;
      }
    }
    return null;
  }
}
