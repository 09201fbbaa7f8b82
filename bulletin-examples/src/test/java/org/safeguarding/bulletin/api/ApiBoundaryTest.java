package org.safeguarding.bulletin.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.safeguarding.bulletin.model.Bulletin;
import org.safeguarding.bulletin.render.html.HtmlRenderer;

/**
 * The API is what callers can reach: no public or protected signature of a class outside the
 * {@code internal} packages names a class inside them (parameters, results, fields, supertypes and
 * their type arguments). The modules have an {@code Automatic-Module-Name} but no
 * {@code module-info.java} (Batik, which the renderers need, splits packages), so this test is what
 * keeps the internal packages internal.
 */
class ApiBoundaryTest {
  @ParameterizedTest
  @ValueSource(classes = {Bulletin.class, HtmlRenderer.class})
  void noApiSignatureNamesAnInternalClass(Class<?> anchor) throws Exception {
    List<String> leaks = new ArrayList<>();
    for (String name : classNames(anchor)) {
      Class<?> type = Class.forName(name, false, anchor.getClassLoader());
      if (isInternal(type) || !Modifier.isPublic(type.getModifiers()) || !enclosingPublic(type)) {
        continue;
      }
      check(type, "extends", type.getGenericSuperclass(), leaks);
      for (Type iface : type.getGenericInterfaces()) {
        check(type, "implements", iface, leaks);
      }
      for (Method method : type.getDeclaredMethods()) {
        if (visible(method.getModifiers()) && !method.isSynthetic()) {
          check(type, method.getName() + "()", method.getGenericReturnType(), leaks);
          for (Type parameter : method.getGenericParameterTypes()) {
            check(type, method.getName() + "(…)", parameter, leaks);
          }
        }
      }
      for (Constructor<?> constructor : type.getDeclaredConstructors()) {
        if (visible(constructor.getModifiers())) {
          for (Type parameter : constructor.getGenericParameterTypes()) {
            check(type, "constructor", parameter, leaks);
          }
        }
      }
      for (Field field : type.getDeclaredFields()) {
        if (visible(field.getModifiers())) {
          check(type, field.getName(), field.getGenericType(), leaks);
        }
      }
    }
    assertThat(leaks).as("API signatures that name internal classes").isEmpty();
  }

  private static void check(Class<?> owner, String where, Type type, List<String> leaks) {
    if (type instanceof Class<?> c) {
      Class<?> element = c;
      while (element.isArray()) {
        element = element.getComponentType();
      }
      if (isInternal(element)) {
        leaks.add(owner.getName() + " " + where + ": " + element.getName());
      }
    } else if (type instanceof ParameterizedType p) {
      check(owner, where, p.getRawType(), leaks);
      for (Type argument : p.getActualTypeArguments()) {
        check(owner, where, argument, leaks);
      }
    } else if (type instanceof GenericArrayType a) {
      check(owner, where, a.getGenericComponentType(), leaks);
    } else if (type instanceof WildcardType w) {
      Stream.concat(Stream.of(w.getUpperBounds()), Stream.of(w.getLowerBounds())).forEach(b -> check(owner, where, b, leaks));
    }
  }

  private static boolean isInternal(Class<?> type) {
    return type.getName().startsWith("org.safeguarding.bulletin.") && type.getPackageName().contains(".internal");
  }

  private static boolean visible(int modifiers) {
    return Modifier.isPublic(modifiers) || Modifier.isProtected(modifiers);
  }

  private static boolean enclosingPublic(Class<?> type) {
    for (Class<?> outer = type.getEnclosingClass(); outer != null; outer = outer.getEnclosingClass()) {
      if (!Modifier.isPublic(outer.getModifiers())) {
        return false;
      }
    }
    return true;
  }

  /** The names of the classes in the jar or folder that {@code anchor} was loaded from. */
  private static TreeSet<String> classNames(Class<?> anchor) throws IOException, URISyntaxException {
    Path location = Path.of(anchor.getProtectionDomain().getCodeSource().getLocation().toURI());
    TreeSet<String> names = new TreeSet<>();
    if (Files.isDirectory(location)) {
      try (Stream<Path> files = Files.walk(location)) {
        files.map(location::relativize).map(Path::toString).filter(f -> f.endsWith(".class"))
            .forEach(f -> names.add(toClassName(f.replace(java.io.File.separatorChar, '/'))));
      }
    } else {
      try (JarFile jar = new JarFile(location.toFile())) {
        jar.stream().map(e -> e.getName()).filter(f -> f.endsWith(".class") && !f.startsWith("META-INF"))
            .forEach(f -> names.add(toClassName(f)));
      }
    }
    names.removeIf(n -> n.endsWith("package-info") || n.endsWith("module-info"));
    return names;
  }

  private static String toClassName(String file) {
    return file.substring(0, file.length() - ".class".length()).replace('/', '.');
  }
}
