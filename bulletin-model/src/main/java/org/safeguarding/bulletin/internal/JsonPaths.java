package org.safeguarding.bulletin.internal;

/** Builds JSON paths such as {@code $.sections[3].content[0]}. */
public final class JsonPaths {
  /** The path of the document's root. */
  public static final String ROOT = "$";

  private JsonPaths() {}

  /** The path of a field of the object at {@code path}; control characters in the name are escaped. */
  public static String field(String path, String name) {
    return path + "." + Quote.escaped(name);
  }

  /** The path of an element of the array at {@code path}. */
  public static String index(String path, int index) {
    return path + "[" + index + "]";
  }
}
