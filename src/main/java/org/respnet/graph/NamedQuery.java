package org.respnet.graph;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One file of {@code cypher/} and the record its parameters travel in: the record's component names
 * are exactly the file's {@code $parameters} (checked by {@code NamedQueryContractIT}), so a call
 * site cannot forget one or misspell it. Constants live beside the feature that asks the question.
 *
 * @param file       the file name without {@code .cypher}
 * @param parameters the parameter record
 */
public record NamedQuery<P extends Record>(String file, Class<P> parameters) {

    public static <P extends Record> NamedQuery<P> of(String file, Class<P> parameters) {
        return new NamedQuery<>(file, parameters);
    }

    /** The parameter map the driver sends; nulls are kept, since queries read them as "no filter". */
    public Map<String, Object> bind(P values) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (RecordComponent component : parameters.getRecordComponents()) {
            try {
                // Parameter records are usually package-private to the feature that asks the question.
                var accessor = component.getAccessor();
                accessor.setAccessible(true);
                map.put(component.getName(), accessor.invoke(values));
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new IllegalStateException("cannot read parameter " + component.getName() + " of " + file, e);
            }
        }
        return map;
    }
}
