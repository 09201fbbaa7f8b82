package org.safeguarding.bulletin.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.safeguarding.bulletin.model.Bulletin;
import org.safeguarding.bulletin.render.BulletinRenderer;
import org.safeguarding.bulletin.render.Companions;
import org.safeguarding.bulletin.validate.Problem;

/** A renderer for tests that renders its own way and takes its problems and file names from {@code renderer}. */
final class RenderingWrapper implements BulletinRenderer {
  /** How the wrapper renders, given the renderer it wraps. */
  interface Rendering {
    void render(BulletinRenderer renderer, Bulletin bulletin, OutputStream stream) throws IOException;
  }

  private final BulletinRenderer renderer;
  private final Rendering rendering;

  RenderingWrapper(BulletinRenderer renderer, Rendering rendering) {
    this.renderer = renderer;
    this.rendering = rendering;
  }

  @Override
  public void render(Bulletin bulletin, Companions companions, OutputStream stream) throws IOException {
    rendering.render(renderer, bulletin, stream);
  }

  @Override
  public List<Problem> problems(Bulletin bulletin) {
    return renderer.problems(bulletin);
  }

  @Override
  public String fileName(Bulletin bulletin) {
    return renderer.fileName(bulletin);
  }
}
