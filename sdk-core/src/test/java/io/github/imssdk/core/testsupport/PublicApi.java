package io.github.imssdk.core.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.fail;

/**
 * The public API of a module, read from its compiled classes: every public or protected type
 * outside {@code internal} packages, with its public and protected members, one line each, in a
 * stable order. A module's {@code PublicApiTest} compares it with the baseline committed in
 * {@code api/<artifact>.api}, so that every change to the public API shows up in review, and
 * checks that no signature mentions a type the module does not own (other than the JDK's).
 */
public final class PublicApi {
    /** Set to {@code true} ({@code -Dims.api.update=true}) to rewrite the baselines instead of comparing. */
    public static final String UPDATE_PROPERTY = "ims.api.update";

    private final List<Class<?>> types;

    private PublicApi(List<Class<?>> types) {
        this.types = types;
    }

    /**
     * @param classesDir a module's {@code target/classes}
     * @return its public API
     */
    public static PublicApi of(Path classesDir) {
        List<Class<?>> types = new ArrayList<>();
        try (Stream<Path> files = Files.walk(classesDir)) {
            for (Path p : files.sorted().collect(Collectors.toList())) {
                String rel = classesDir.relativize(p).toString().replace('\\', '/');
                if (!rel.endsWith(".class") || rel.startsWith("META-INF/") || rel.endsWith("module-info.class")
                        || rel.endsWith("package-info.class")) {
                    continue;
                }
                String name = rel.substring(0, rel.length() - ".class".length()).replace('/', '.');
                if (name.contains(".internal.")) {
                    continue;
                }
                Class<?> c = Class.forName(name, false, PublicApi.class.getClassLoader());
                if (isVisible(c)) {
                    types.add(c);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
        return new PublicApi(types);
    }

    /** @return whether code outside the module can name the class */
    private static boolean isVisible(Class<?> c) {
        if (c.isSynthetic() || c.isAnonymousClass() || c.isLocalClass()) {
            return false;
        }
        if (c.getPackage().getName().contains(".internal")) {
            return false;
        }
        int m = c.getModifiers();
        if (!Modifier.isPublic(m) && !(c.getDeclaringClass() != null && Modifier.isProtected(m))) {
            return false;
        }
        return c.getDeclaringClass() == null || isVisible(c.getDeclaringClass());
    }

    private static boolean isApi(int modifiers) {
        return Modifier.isPublic(modifiers) || Modifier.isProtected(modifiers);
    }

    /** @return one line per type and per member, types in name order, members sorted under their type */
    public List<String> lines() {
        List<String> out = new ArrayList<>();
        for (Class<?> c : types) {
            out.add(describeType(c));
            Set<String> members = new TreeSet<>();
            for (Field f : fields(c)) {
                members.add("  " + modifiers(f.getModifiers(), false) + name(f.getGenericType()) + " " + f.getName());
            }
            if (!c.isInterface() && !c.isEnum()) {
                for (Constructor<?> k : c.getDeclaredConstructors()) {
                    if (isApi(k.getModifiers()) && !k.isSynthetic()) {
                        members.add("  " + modifiers(k.getModifiers(), false) + typeParams(k.getTypeParameters())
                                + c.getSimpleName() + params(k) + throwsClause(k));
                    }
                }
            }
            for (Method m : methods(c)) {
                members.add("  " + modifiers(m.getModifiers() & ~(c.isInterface() ? Modifier.ABSTRACT : 0), m.isDefault())
                        + typeParams(m.getTypeParameters()) + name(m.getGenericReturnType()) + " " + m.getName()
                        + params(m) + throwsClause(m));
            }
            out.addAll(members);
        }
        return out;
    }

    /**
     * @return every type a public signature mentions that is neither the JDK's nor a visible type
     *     of this SDK, as {@code "where: type"}
     */
    public Set<String> foreignTypes() {
        Set<String> found = new TreeSet<>();
        for (Class<?> c : types) {
            String where = c.getName();
            check(where, c.getGenericSuperclass(), found);
            for (Type t : c.getGenericInterfaces()) {
                check(where, t, found);
            }
            checkBounds(where, c.getTypeParameters(), found);
            for (Field f : fields(c)) {
                check(where + "#" + f.getName(), f.getGenericType(), found);
            }
            List<Executable> executables = new ArrayList<>(methods(c));
            for (Constructor<?> k : c.getDeclaredConstructors()) {
                if (isApi(k.getModifiers())) {
                    executables.add(k);
                }
            }
            for (Executable e : executables) {
                String w = where + "#" + (e instanceof Constructor ? "<init>" : e.getName());
                if (e instanceof Method) {
                    check(w, ((Method) e).getGenericReturnType(), found);
                }
                for (Type t : e.getGenericParameterTypes()) {
                    check(w, t, found);
                }
                for (Type t : e.getGenericExceptionTypes()) {
                    check(w, t, found);
                }
                checkBounds(w, e.getTypeParameters(), found);
            }
        }
        return found;
    }

    /**
     * Compares {@link #lines()} with the committed baseline, or rewrites the baseline when
     * {@link #UPDATE_PROPERTY} is {@code true}.
     *
     * @param baseline the module's {@code api/<artifact>.api}
     */
    public void assertMatches(Path baseline) {
        List<String> actual = lines();
        try {
            if (Boolean.getBoolean(UPDATE_PROPERTY)) {
                Files.createDirectories(baseline.getParent());
                Files.write(baseline, actual, StandardCharsets.UTF_8);
                return;
            }
            List<String> expected = Files.exists(baseline)
                    ? Files.readAllLines(baseline, StandardCharsets.UTF_8) : new ArrayList<>();
            if (expected.equals(actual)) {
                return;
            }
            Set<String> removed = new LinkedHashSet<>(qualified(expected));
            removed.removeAll(qualified(actual));
            Set<String> added = new LinkedHashSet<>(qualified(actual));
            added.removeAll(qualified(expected));
            StringBuilder msg = new StringBuilder("The public API differs from the recorded baseline ")
                    .append(baseline).append(":\n");
            removed.forEach(l -> msg.append("- ").append(l).append('\n'));
            added.forEach(l -> msg.append("+ ").append(l).append('\n'));
            if (removed.isEmpty() && added.isEmpty()) {
                msg.append("(the same lines in another order)\n");
            }
            msg.append("If the change is intended, record it: mvn -B -ntp install -DskipTests && mvn -B -ntp test -D")
                    .append(UPDATE_PROPERTY).append("=true -Dtest=PublicApiTest -Dsurefire.failIfNoSpecifiedTests=false")
                    .append(" and commit the new baseline with the change (README, \"Working on the SDK\").");
            fail(msg.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Member lines prefixed with their type's name, so that a difference says where it is. */
    private static List<String> qualified(List<String> lines) {
        List<String> out = new ArrayList<>();
        String owner = "";
        for (String l : lines) {
            if (l.startsWith("  ")) {
                out.add(owner + ": " + l.trim());
            } else {
                owner = l.replaceAll("^.*? (?:class|interface|enum|@interface) ([^<\\s]+).*$", "$1");
                out.add(l);
            }
        }
        return out;
    }

    private static void checkBounds(String where, TypeVariable<?>[] vars, Set<String> found) {
        for (TypeVariable<?> v : vars) {
            for (Type b : v.getBounds()) {
                check(where, b, found);
            }
        }
    }

    private static void check(String where, Type t, Set<String> found) {
        if (t == null) {
            return;
        }
        if (t instanceof Class) {
            Class<?> c = (Class<?>) t;
            while (c.isArray()) {
                c = c.getComponentType();
            }
            if (c.isPrimitive() || c.getName().startsWith("java.")) {
                return;
            }
            if (c.getName().startsWith("io.github.imssdk.") && isVisible(c)) {
                return;
            }
            found.add(where + ": " + c.getName());
        } else if (t instanceof ParameterizedType) {
            ParameterizedType p = (ParameterizedType) t;
            check(where, p.getRawType(), found);
            for (Type a : p.getActualTypeArguments()) {
                check(where, a, found);
            }
        } else if (t instanceof WildcardType) {
            for (Type b : ((WildcardType) t).getUpperBounds()) {
                check(where, b, found);
            }
            for (Type b : ((WildcardType) t).getLowerBounds()) {
                check(where, b, found);
            }
        } else if (t instanceof GenericArrayType) {
            check(where, ((GenericArrayType) t).getGenericComponentType(), found);
        }
        // a type variable: its bounds are checked where it is declared (see checkBounds)
    }

    /** Public and protected fields declared by c, or by a superclass code outside cannot name. */
    private static List<Field> fields(Class<?> c) {
        List<Field> out = new ArrayList<>();
        for (Class<?> k = c; k != null && (k == c || !isVisible(k)) && k != Object.class; k = k.getSuperclass()) {
            for (Field f : k.getDeclaredFields()) {
                if (isApi(f.getModifiers()) && !f.isSynthetic()) {
                    out.add(f);
                }
            }
        }
        return out;
    }

    /** Public and protected methods declared by c, or by a superclass code outside cannot name. */
    private static List<Method> methods(Class<?> c) {
        List<Method> out = new ArrayList<>();
        for (Class<?> k = c; k != null && (k == c || !isVisible(k)) && k != Object.class; k = k.getSuperclass()) {
            for (Method m : k.getDeclaredMethods()) {
                if (isApi(m.getModifiers()) && !m.isSynthetic() && !m.isBridge()) {
                    out.add(m);
                }
            }
        }
        return out;
    }

    private static String describeType(Class<?> c) {
        String kind = c.isAnnotation() ? "@interface" : c.isInterface() ? "interface" : c.isEnum() ? "enum" : "class";
        int m = c.getModifiers();
        if (c.isInterface()) {
            m &= ~Modifier.ABSTRACT;
        }
        if (c.isEnum()) {
            m &= ~(Modifier.FINAL | Modifier.ABSTRACT | Modifier.STATIC);
        }
        if (c.isInterface() && c.getDeclaringClass() != null) {
            m &= ~Modifier.STATIC;
        }
        StringBuilder sb = new StringBuilder(modifiers(m, false)).append(kind).append(' ').append(c.getName())
                .append(typeParams(c.getTypeParameters()).trim());
        Type sup = c.getGenericSuperclass();
        if (sup != null && sup != Object.class && !c.isEnum()) {
            sb.append(" extends ").append(name(sup));
        }
        Type[] ifs = c.getGenericInterfaces();
        if (ifs.length > 0 && !c.isAnnotation()) {
            sb.append(c.isInterface() ? " extends " : " implements ")
                    .append(Arrays.stream(ifs).map(PublicApi::name).collect(Collectors.joining(", ")));
        }
        return sb.toString();
    }

    private static String modifiers(int m, boolean isDefault) {
        StringBuilder sb = new StringBuilder();
        sb.append(Modifier.isPublic(m) ? "public " : "protected ");
        if (Modifier.isAbstract(m)) {
            sb.append("abstract ");
        }
        if (isDefault) {
            sb.append("default ");
        }
        if (Modifier.isStatic(m)) {
            sb.append("static ");
        }
        if (Modifier.isFinal(m)) {
            sb.append("final ");
        }
        return sb.toString();
    }

    private static String typeParams(TypeVariable<?>[] vars) {
        if (vars.length == 0) {
            return "";
        }
        StringBuilder sb = new StringBuilder("<");
        for (int i = 0; i < vars.length; i++) {
            sb.append(i > 0 ? ", " : "").append(vars[i].getName());
            List<Type> bounds = new ArrayList<>(Arrays.asList(vars[i].getBounds()));
            bounds.remove(Object.class);
            if (!bounds.isEmpty()) {
                sb.append(" extends ").append(bounds.stream().map(PublicApi::name).collect(Collectors.joining(" & ")));
            }
        }
        return sb.append("> ").toString();
    }

    private static String params(Executable e) {
        Type[] ps = e.getGenericParameterTypes();
        StringBuilder sb = new StringBuilder("(");
        for (int i = 0; i < ps.length; i++) {
            String n = name(ps[i]);
            if (e.isVarArgs() && i == ps.length - 1 && n.endsWith("[]")) {
                n = n.substring(0, n.length() - 2) + "...";
            }
            sb.append(i > 0 ? ", " : "").append(n);
        }
        return sb.append(')').toString();
    }

    private static String throwsClause(Executable e) {
        Type[] ts = e.getGenericExceptionTypes();
        return ts.length == 0 ? "" : " throws " + Arrays.stream(ts).map(PublicApi::name).collect(Collectors.joining(", "));
    }

    /** A type's name, the same on every JDK (the JDK's own toString has varied). */
    static String name(Type t) {
        if (t instanceof Class) {
            Class<?> c = (Class<?>) t;
            return c.isArray() ? name(c.getComponentType()) + "[]" : c.getName();
        }
        if (t instanceof ParameterizedType) {
            ParameterizedType p = (ParameterizedType) t;
            return name(p.getRawType()) + Arrays.stream(p.getActualTypeArguments()).map(PublicApi::name)
                    .collect(Collectors.joining(", ", "<", ">"));
        }
        if (t instanceof GenericArrayType) {
            return name(((GenericArrayType) t).getGenericComponentType()) + "[]";
        }
        if (t instanceof WildcardType) {
            WildcardType w = (WildcardType) t;
            if (w.getLowerBounds().length > 0) {
                return "? super " + name(w.getLowerBounds()[0]);
            }
            Type upper = w.getUpperBounds()[0];
            return upper == Object.class ? "?" : "? extends " + name(upper);
        }
        return t.getTypeName(); // a type variable
    }
}
