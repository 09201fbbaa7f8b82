package org.safeguarding.bulletin.render.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicReference;
import javax.xml.transform.TransformerFactory;
import org.junit.jupiter.api.Test;

/** XML output runs with the JDK's transformer factory, though the tests' class path has Saxon's. */
class JdkTransformersTest {

  @Test
  void savesWithTheJdksTransformerFactoryAndPutsTheContextLoaderBack() throws Exception {
    ClassLoader context = Thread.currentThread().getContextClassLoader();
    AtomicReference<String> inside = new AtomicReference<>();

    JdkTransformers.run(() -> inside.set(TransformerFactory.newInstance().getClass().getName()));

    assertThat(TransformerFactory.newInstance().getClass().getName()).as("outside, from the class path")
        .startsWith("net.sf.saxon.");
    assertThat(inside.get()).as("inside").startsWith("com.sun.org.apache.xalan.internal.");
    assertThat(Thread.currentThread().getContextClassLoader()).isSameAs(context);
  }
}
