package pira.mapping;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.representer.Representer;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Reads a built-in mapping into its records straight from SnakeYAML's maps and lists, by the records' own components
 * and their {@code @JsonProperty} names, with the string shortcuts their {@code @JsonCreator} methods declare. Jackson's
 * data binding costs every command about 0.2 s on its first use; a built-in mapping, already checked by the schema at
 * build time, does not need it. {@code BuiltinReaderTest} holds this reader to Jackson's result for every mapping of
 * the project: the two cannot drift apart silently.
 */
final class BuiltinReader {

    private BuiltinReader() {
    }

    static Mapping read(String yaml) {
        LoaderOptions options = YamlLimits.loaderOptions();
        Object tree = new Yaml(new SafeConstructor(options), new Representer(new DumperOptions()),
                new DumperOptions(), options, new PlainScalars()).load(yaml);
        return (Mapping) convert(tree, Mapping.class, "");
    }

    /**
     * The plain scalars Jackson's YAML parser types, and no others: booleans, decimal integers and floats, null. An
     * unquoted 2019-12-31 or 12:30 stays text, as Jackson leaves it, where YAML 1.1 would make a date or a
     * sexagesimal number of it.
     */
    private static final class PlainScalars extends Resolver {
        @Override
        protected void addImplicitResolvers() {
            addImplicitResolver(Tag.BOOL, BOOL, "yYnNtTfFoO");
            addImplicitResolver(Tag.INT, Pattern.compile("^[-+]?(?:0|[1-9][0-9]*)$"), "-+0123456789");
            addImplicitResolver(Tag.FLOAT, Pattern.compile("^[-+]?(?:[0-9]+\\.[0-9]*|\\.[0-9]+)(?:[eE][-+]?[0-9]+)?$"),
                    "-+0123456789.");
            addImplicitResolver(Tag.NULL, NULL, "~nN\0");
            addImplicitResolver(Tag.NULL, EMPTY, null);
        }
    }

    private static Object convert(Object value, Type type, String at) {
        if (value == null) {
            return null;
        }
        Class<?> raw = type instanceof ParameterizedType p ? (Class<?>) p.getRawType() : (Class<?>) type;
        if (raw == String.class) {
            return value instanceof String s ? s : String.valueOf(value);
        }
        if (raw == Integer.class || raw == int.class) {
            return value instanceof Number n ? n.intValue() : Integer.valueOf(String.valueOf(value).strip());
        }
        if (raw == Double.class || raw == double.class) {
            return value instanceof Number n ? n.doubleValue() : Double.valueOf(String.valueOf(value).strip());
        }
        if (raw == Float.class || raw == float.class) {
            return value instanceof Number n ? n.floatValue() : Float.valueOf(String.valueOf(value).strip());
        }
        if (raw == Long.class || raw == long.class) {
            return value instanceof Number n ? n.longValue() : Long.valueOf(String.valueOf(value).strip());
        }
        if (raw == Boolean.class || raw == boolean.class) {
            return value instanceof Boolean b ? b : Boolean.valueOf(String.valueOf(value).strip());
        }
        if (raw == List.class) {
            Type item = ((ParameterizedType) type).getActualTypeArguments()[0];
            List<Object> list = new ArrayList<>();
            int i = 0;
            for (Object o : (List<?>) value) {
                list.add(convert(o, item, at + "/" + i++));
            }
            return list;
        }
        if (raw == Map.class) {
            Type[] kv = ((ParameterizedType) type).getActualTypeArguments();
            Map<Object, Object> map = new LinkedHashMap<>();
            for (Map.Entry<?, ?> e : ((Map<?, ?>) value).entrySet()) {
                map.put(convert(e.getKey(), kv[0], at), convert(e.getValue(), kv[1], at + "/" + e.getKey()));
            }
            return map;
        }
        if (raw.isRecord()) {
            return value instanceof Map<?, ?> m ? record(raw, m, at) : shortcut(raw, value, at);
        }
        throw new IllegalStateException(at + ": tipo non previsto " + type);
    }

    private static Object record(Class<?> type, Map<?, ?> values, String at) {
        RecordComponent[] components = type.getRecordComponents();
        Object[] args = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        int known = 0;
        for (int i = 0; i < components.length; i++) {
            RecordComponent c = components[i];
            JsonProperty property = c.getAccessor().getAnnotation(JsonProperty.class);
            if (property == null) {
                property = field(type, c.getName());
            }
            String key = property != null && !property.value().isEmpty() ? property.value() : c.getName();
            types[i] = c.getType();
            if (values.containsKey(key)) {
                known++;
                args[i] = convert(values.get(key), c.getGenericType(), at + "/" + key);
            }
        }
        if (known != values.size()) {
            throw new IllegalStateException(at + ": chiavi non previste in " + values.keySet());
        }
        try {
            return type.getDeclaredConstructor(types).newInstance(args);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(at + ": " + e, e);
        }
    }

    /** The annotation Jackson reads from the record's parameter, kept on its private field. */
    private static JsonProperty field(Class<?> type, String name) {
        try {
            return type.getDeclaredField(name).getAnnotation(JsonProperty.class);
        } catch (NoSuchFieldException e) {
            return null;
        }
    }

    /** A record written as a plain value: {@code targets: target}, by the record's {@code @JsonCreator} method. */
    private static Object shortcut(Class<?> type, Object value, String at) {
        for (Method m : type.getDeclaredMethods()) {
            if (Modifier.isStatic(m.getModifiers()) && m.isAnnotationPresent(JsonCreator.class)
                    && m.getParameterCount() == 1) {
                try {
                    return m.invoke(null, convert(value, m.getParameterTypes()[0], at));
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(at + ": " + e, e);
                }
            }
        }
        throw new IllegalStateException(at + ": " + type.getSimpleName() + " non si scrive come valore semplice");
    }
}
