/** The native text of each function the tap replaced, keyed by its replacement. */
const texts = new WeakMap<object, string>();
const done = new WeakSet<object>();

/**
 * Makes a replacement of a native function read as the native one: `String(fetch)` and
 * `Function.prototype.toString.call(fetch)` give "function fetch() { [native code] }", as before the tap.
 * The replacement is a Proxy (its name, length and properties are the original's); Function.prototype.toString
 * itself is wrapped once per window the same way, so it too reads as native. Everything else it is asked
 * about, it answers exactly as before.
 */
export function disguise<T extends object>(win: Window & typeof globalThis, replacement: T, original: T): T {
  const proto = win.Function.prototype;
  if (!done.has(proto)) {
    done.add(proto);
    const native = proto.toString;
    const wrapped = new Proxy(native, {
      apply: (target, self, args) => texts.get(self) ?? Reflect.apply(target, self, args),
    });
    texts.set(wrapped, native.call(native));
    proto.toString = wrapped;
  }
  texts.set(replacement, proto.toString.call(original));
  return replacement;
}
