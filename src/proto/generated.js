/*eslint-disable block-scoped-var, id-length, no-control-regex, no-magic-numbers, no-mixed-operators, no-prototype-builtins, no-redeclare, no-shadow, no-var, sort-vars, default-case, jsdoc/require-param*/
import $protobuf from "protobufjs/minimal.js";

// Common aliases
const $Reader = $protobuf.Reader, $Writer = $protobuf.Writer, $util = $protobuf.util;
const $Object = $util.global.Object, $undefined = $util.global.undefined, $Error = $util.global.Error, $RangeError = $util.global.RangeError, $TypeError = $util.global.TypeError, $Number = $util.global.Number, $parseInt = $util.global.parseInt, $String = $util.global.String, $BigInt = $util.global.BigInt, $Array = $util.global.Array, $isFinite = $util.global.isFinite, $Boolean = $util.global.Boolean;

// Exported root namespace
const $root = $protobuf.roots["default"] || ($protobuf.roots["default"] = {});

export const ailee = $root.ailee = (() => {

    /**
     * Namespace ailee.
     * @exports ailee
     * @namespace
     */
    const ailee = {};

    ailee.v1 = (function() {

        /**
         * Namespace v1.
         * @memberof ailee
         * @namespace
         */
        const v1 = {};

        v1.ResourceLimits = (function() {

            /**
             * Properties of a ResourceLimits.
             * @typedef {Object} ailee.v1.ResourceLimits.$Properties
             * @property {number|null} [memoryPages] ResourceLimits memoryPages
             * @property {number|null} [executionMs] ResourceLimits executionMs
             * @property {number|null} [maxOutputBytes] ResourceLimits maxOutputBytes
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ResourceLimits.
             * @memberof ailee.v1
             * @interface IResourceLimits
             * @augments ailee.v1.ResourceLimits.$Properties
             * @deprecated Use ailee.v1.ResourceLimits.$Properties instead.
             */

            /**
             * Shape of a ResourceLimits.
             * @typedef {ailee.v1.ResourceLimits.$Properties} ailee.v1.ResourceLimits.$Shape
             */

            /**
             * Constructs a new ResourceLimits.
             * @memberof ailee.v1
             * @classdesc Represents a ResourceLimits.
             * @constructor
             * @param {ailee.v1.ResourceLimits.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ResourceLimits = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ResourceLimits memoryPages.
             * @member {number} memoryPages
             * @memberof ailee.v1.ResourceLimits
             * @instance
             */
            ResourceLimits.prototype.memoryPages = 0;

            /**
             * ResourceLimits executionMs.
             * @member {number} executionMs
             * @memberof ailee.v1.ResourceLimits
             * @instance
             */
            ResourceLimits.prototype.executionMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * ResourceLimits maxOutputBytes.
             * @member {number} maxOutputBytes
             * @memberof ailee.v1.ResourceLimits
             * @instance
             */
            ResourceLimits.prototype.maxOutputBytes = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Creates a new ResourceLimits instance using the specified properties.
             * @function create
             * @memberof ailee.v1.ResourceLimits
             * @static
             * @param {ailee.v1.ResourceLimits.$Properties=} [properties] Properties to set
             * @returns {ailee.v1.ResourceLimits} ResourceLimits instance
             * @type {{
             *   (properties: ailee.v1.ResourceLimits.$Shape): ailee.v1.ResourceLimits & ailee.v1.ResourceLimits.$Shape;
             *   (properties?: ailee.v1.ResourceLimits.$Properties): ailee.v1.ResourceLimits;
             * }}
             */
            ResourceLimits.create = function(properties) {
                return new ResourceLimits(properties);
            };

            /**
             * Encodes the specified ResourceLimits message. Does not implicitly {@link ailee.v1.ResourceLimits.verify|verify} messages.
             * @function encode
             * @memberof ailee.v1.ResourceLimits
             * @static
             * @param {ailee.v1.ResourceLimits.$Properties} message ResourceLimits message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ResourceLimits.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.memoryPages != null && $Object.hasOwnProperty.call(message, "memoryPages") && message.memoryPages !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.memoryPages);
                if (message.executionMs != null && $Object.hasOwnProperty.call(message, "executionMs") && (typeof message.executionMs === "object" ? message.executionMs.low || message.executionMs.high : message.executionMs !== 0))
                    writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.executionMs);
                if (message.maxOutputBytes != null && $Object.hasOwnProperty.call(message, "maxOutputBytes") && (typeof message.maxOutputBytes === "object" ? message.maxOutputBytes.low || message.maxOutputBytes.high : message.maxOutputBytes !== 0))
                    writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.maxOutputBytes);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a ResourceLimits message from the specified reader or buffer.
             * @function decode
             * @memberof ailee.v1.ResourceLimits
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {ailee.v1.ResourceLimits & ailee.v1.ResourceLimits.$Shape} ResourceLimits
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ResourceLimits.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.ailee.v1.ResourceLimits();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.memoryPages = value;
                            else
                                delete message.memoryPages;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.executionMs = value;
                            else
                                delete message.executionMs;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.maxOutputBytes = value;
                            else
                                delete message.maxOutputBytes;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates a ResourceLimits message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof ailee.v1.ResourceLimits
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {ailee.v1.ResourceLimits} ResourceLimits
             */
            ResourceLimits.fromObject = function (object, _depth) {
                if (object instanceof $root.ailee.v1.ResourceLimits)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".ailee.v1.ResourceLimits: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.ailee.v1.ResourceLimits();
                if (object.memoryPages != null)
                    if ($Number(object.memoryPages) !== 0)
                        message.memoryPages = object.memoryPages >>> 0;
                if (object.executionMs != null)
                    if (typeof object.executionMs === "object" ? object.executionMs.low || object.executionMs.high : $Number(object.executionMs) !== 0)
                        if ($util.Long)
                            message.executionMs = $util.Long.fromValue(object.executionMs, true);
                        else if (typeof object.executionMs === "string")
                            message.executionMs = $parseInt(object.executionMs, 10);
                        else if (typeof object.executionMs === "number")
                            message.executionMs = object.executionMs;
                        else if (typeof object.executionMs === "object")
                            message.executionMs = new $util.LongBits(object.executionMs.low >>> 0, object.executionMs.high >>> 0).toNumber(true);
                if (object.maxOutputBytes != null)
                    if (typeof object.maxOutputBytes === "object" ? object.maxOutputBytes.low || object.maxOutputBytes.high : $Number(object.maxOutputBytes) !== 0)
                        if ($util.Long)
                            message.maxOutputBytes = $util.Long.fromValue(object.maxOutputBytes, true);
                        else if (typeof object.maxOutputBytes === "string")
                            message.maxOutputBytes = $parseInt(object.maxOutputBytes, 10);
                        else if (typeof object.maxOutputBytes === "number")
                            message.maxOutputBytes = object.maxOutputBytes;
                        else if (typeof object.maxOutputBytes === "object")
                            message.maxOutputBytes = new $util.LongBits(object.maxOutputBytes.low >>> 0, object.maxOutputBytes.high >>> 0).toNumber(true);
                return message;
            };

            /**
             * Creates a plain object from a ResourceLimits message. Also converts values to other types if specified.
             * @function toObject
             * @memberof ailee.v1.ResourceLimits
             * @static
             * @param {ailee.v1.ResourceLimits} message ResourceLimits
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ResourceLimits.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.memoryPages = 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.executionMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.executionMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.maxOutputBytes = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.maxOutputBytes = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (message.memoryPages != null && $Object.hasOwnProperty.call(message, "memoryPages"))
                    object.memoryPages = message.memoryPages;
                if (message.executionMs != null && $Object.hasOwnProperty.call(message, "executionMs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.executionMs = typeof message.executionMs === "number" ? $BigInt(message.executionMs) : $util.Long.fromBits(message.executionMs.low >>> 0, message.executionMs.high >>> 0, true).toBigInt();
                    else if (typeof message.executionMs === "number")
                        object.executionMs = options.longs === $String ? $String(message.executionMs) : message.executionMs;
                    else
                        object.executionMs = options.longs === $String ? $util.Long.prototype.toString.call(message.executionMs) : options.longs === $Number ? new $util.LongBits(message.executionMs.low >>> 0, message.executionMs.high >>> 0).toNumber(true) : message.executionMs;
                if (message.maxOutputBytes != null && $Object.hasOwnProperty.call(message, "maxOutputBytes"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.maxOutputBytes = typeof message.maxOutputBytes === "number" ? $BigInt(message.maxOutputBytes) : $util.Long.fromBits(message.maxOutputBytes.low >>> 0, message.maxOutputBytes.high >>> 0, true).toBigInt();
                    else if (typeof message.maxOutputBytes === "number")
                        object.maxOutputBytes = options.longs === $String ? $String(message.maxOutputBytes) : message.maxOutputBytes;
                    else
                        object.maxOutputBytes = options.longs === $String ? $util.Long.prototype.toString.call(message.maxOutputBytes) : options.longs === $Number ? new $util.LongBits(message.maxOutputBytes.low >>> 0, message.maxOutputBytes.high >>> 0).toNumber(true) : message.maxOutputBytes;
                return object;
            };

            /**
             * Converts this ResourceLimits to JSON.
             * @function toJSON
             * @memberof ailee.v1.ResourceLimits
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ResourceLimits.prototype.toJSON = function() {
                return ResourceLimits.toObject(this, $protobuf.util.toJSONOptions);
            };

            return ResourceLimits;
        })();

        v1.TaskTimeouts = (function() {

            /**
             * Properties of a TaskTimeouts.
             * @typedef {Object} ailee.v1.TaskTimeouts.$Properties
             * @property {number|null} [queueMs] TaskTimeouts queueMs
             * @property {number|null} [bidWindowMs] TaskTimeouts bidWindowMs
             * @property {number|null} [totalMs] TaskTimeouts totalMs
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a TaskTimeouts.
             * @memberof ailee.v1
             * @interface ITaskTimeouts
             * @augments ailee.v1.TaskTimeouts.$Properties
             * @deprecated Use ailee.v1.TaskTimeouts.$Properties instead.
             */

            /**
             * Shape of a TaskTimeouts.
             * @typedef {ailee.v1.TaskTimeouts.$Properties} ailee.v1.TaskTimeouts.$Shape
             */

            /**
             * Constructs a new TaskTimeouts.
             * @memberof ailee.v1
             * @classdesc Represents a TaskTimeouts.
             * @constructor
             * @param {ailee.v1.TaskTimeouts.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const TaskTimeouts = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * TaskTimeouts queueMs.
             * @member {number} queueMs
             * @memberof ailee.v1.TaskTimeouts
             * @instance
             */
            TaskTimeouts.prototype.queueMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * TaskTimeouts bidWindowMs.
             * @member {number} bidWindowMs
             * @memberof ailee.v1.TaskTimeouts
             * @instance
             */
            TaskTimeouts.prototype.bidWindowMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * TaskTimeouts totalMs.
             * @member {number} totalMs
             * @memberof ailee.v1.TaskTimeouts
             * @instance
             */
            TaskTimeouts.prototype.totalMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Creates a new TaskTimeouts instance using the specified properties.
             * @function create
             * @memberof ailee.v1.TaskTimeouts
             * @static
             * @param {ailee.v1.TaskTimeouts.$Properties=} [properties] Properties to set
             * @returns {ailee.v1.TaskTimeouts} TaskTimeouts instance
             * @type {{
             *   (properties: ailee.v1.TaskTimeouts.$Shape): ailee.v1.TaskTimeouts & ailee.v1.TaskTimeouts.$Shape;
             *   (properties?: ailee.v1.TaskTimeouts.$Properties): ailee.v1.TaskTimeouts;
             * }}
             */
            TaskTimeouts.create = function(properties) {
                return new TaskTimeouts(properties);
            };

            /**
             * Encodes the specified TaskTimeouts message. Does not implicitly {@link ailee.v1.TaskTimeouts.verify|verify} messages.
             * @function encode
             * @memberof ailee.v1.TaskTimeouts
             * @static
             * @param {ailee.v1.TaskTimeouts.$Properties} message TaskTimeouts message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            TaskTimeouts.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.queueMs != null && $Object.hasOwnProperty.call(message, "queueMs") && (typeof message.queueMs === "object" ? message.queueMs.low || message.queueMs.high : message.queueMs !== 0))
                    writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.queueMs);
                if (message.bidWindowMs != null && $Object.hasOwnProperty.call(message, "bidWindowMs") && (typeof message.bidWindowMs === "object" ? message.bidWindowMs.low || message.bidWindowMs.high : message.bidWindowMs !== 0))
                    writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.bidWindowMs);
                if (message.totalMs != null && $Object.hasOwnProperty.call(message, "totalMs") && (typeof message.totalMs === "object" ? message.totalMs.low || message.totalMs.high : message.totalMs !== 0))
                    writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.totalMs);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a TaskTimeouts message from the specified reader or buffer.
             * @function decode
             * @memberof ailee.v1.TaskTimeouts
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {ailee.v1.TaskTimeouts & ailee.v1.TaskTimeouts.$Shape} TaskTimeouts
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            TaskTimeouts.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.ailee.v1.TaskTimeouts();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.queueMs = value;
                            else
                                delete message.queueMs;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.bidWindowMs = value;
                            else
                                delete message.bidWindowMs;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.totalMs = value;
                            else
                                delete message.totalMs;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates a TaskTimeouts message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof ailee.v1.TaskTimeouts
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {ailee.v1.TaskTimeouts} TaskTimeouts
             */
            TaskTimeouts.fromObject = function (object, _depth) {
                if (object instanceof $root.ailee.v1.TaskTimeouts)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".ailee.v1.TaskTimeouts: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.ailee.v1.TaskTimeouts();
                if (object.queueMs != null)
                    if (typeof object.queueMs === "object" ? object.queueMs.low || object.queueMs.high : $Number(object.queueMs) !== 0)
                        if ($util.Long)
                            message.queueMs = $util.Long.fromValue(object.queueMs, true);
                        else if (typeof object.queueMs === "string")
                            message.queueMs = $parseInt(object.queueMs, 10);
                        else if (typeof object.queueMs === "number")
                            message.queueMs = object.queueMs;
                        else if (typeof object.queueMs === "object")
                            message.queueMs = new $util.LongBits(object.queueMs.low >>> 0, object.queueMs.high >>> 0).toNumber(true);
                if (object.bidWindowMs != null)
                    if (typeof object.bidWindowMs === "object" ? object.bidWindowMs.low || object.bidWindowMs.high : $Number(object.bidWindowMs) !== 0)
                        if ($util.Long)
                            message.bidWindowMs = $util.Long.fromValue(object.bidWindowMs, true);
                        else if (typeof object.bidWindowMs === "string")
                            message.bidWindowMs = $parseInt(object.bidWindowMs, 10);
                        else if (typeof object.bidWindowMs === "number")
                            message.bidWindowMs = object.bidWindowMs;
                        else if (typeof object.bidWindowMs === "object")
                            message.bidWindowMs = new $util.LongBits(object.bidWindowMs.low >>> 0, object.bidWindowMs.high >>> 0).toNumber(true);
                if (object.totalMs != null)
                    if (typeof object.totalMs === "object" ? object.totalMs.low || object.totalMs.high : $Number(object.totalMs) !== 0)
                        if ($util.Long)
                            message.totalMs = $util.Long.fromValue(object.totalMs, true);
                        else if (typeof object.totalMs === "string")
                            message.totalMs = $parseInt(object.totalMs, 10);
                        else if (typeof object.totalMs === "number")
                            message.totalMs = object.totalMs;
                        else if (typeof object.totalMs === "object")
                            message.totalMs = new $util.LongBits(object.totalMs.low >>> 0, object.totalMs.high >>> 0).toNumber(true);
                return message;
            };

            /**
             * Creates a plain object from a TaskTimeouts message. Also converts values to other types if specified.
             * @function toObject
             * @memberof ailee.v1.TaskTimeouts
             * @static
             * @param {ailee.v1.TaskTimeouts} message TaskTimeouts
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            TaskTimeouts.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.queueMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.queueMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.bidWindowMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.bidWindowMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.totalMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.totalMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (message.queueMs != null && $Object.hasOwnProperty.call(message, "queueMs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.queueMs = typeof message.queueMs === "number" ? $BigInt(message.queueMs) : $util.Long.fromBits(message.queueMs.low >>> 0, message.queueMs.high >>> 0, true).toBigInt();
                    else if (typeof message.queueMs === "number")
                        object.queueMs = options.longs === $String ? $String(message.queueMs) : message.queueMs;
                    else
                        object.queueMs = options.longs === $String ? $util.Long.prototype.toString.call(message.queueMs) : options.longs === $Number ? new $util.LongBits(message.queueMs.low >>> 0, message.queueMs.high >>> 0).toNumber(true) : message.queueMs;
                if (message.bidWindowMs != null && $Object.hasOwnProperty.call(message, "bidWindowMs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.bidWindowMs = typeof message.bidWindowMs === "number" ? $BigInt(message.bidWindowMs) : $util.Long.fromBits(message.bidWindowMs.low >>> 0, message.bidWindowMs.high >>> 0, true).toBigInt();
                    else if (typeof message.bidWindowMs === "number")
                        object.bidWindowMs = options.longs === $String ? $String(message.bidWindowMs) : message.bidWindowMs;
                    else
                        object.bidWindowMs = options.longs === $String ? $util.Long.prototype.toString.call(message.bidWindowMs) : options.longs === $Number ? new $util.LongBits(message.bidWindowMs.low >>> 0, message.bidWindowMs.high >>> 0).toNumber(true) : message.bidWindowMs;
                if (message.totalMs != null && $Object.hasOwnProperty.call(message, "totalMs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.totalMs = typeof message.totalMs === "number" ? $BigInt(message.totalMs) : $util.Long.fromBits(message.totalMs.low >>> 0, message.totalMs.high >>> 0, true).toBigInt();
                    else if (typeof message.totalMs === "number")
                        object.totalMs = options.longs === $String ? $String(message.totalMs) : message.totalMs;
                    else
                        object.totalMs = options.longs === $String ? $util.Long.prototype.toString.call(message.totalMs) : options.longs === $Number ? new $util.LongBits(message.totalMs.low >>> 0, message.totalMs.high >>> 0).toNumber(true) : message.totalMs;
                return object;
            };

            /**
             * Converts this TaskTimeouts to JSON.
             * @function toJSON
             * @memberof ailee.v1.TaskTimeouts
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            TaskTimeouts.prototype.toJSON = function() {
                return TaskTimeouts.toObject(this, $protobuf.util.toJSONOptions);
            };

            return TaskTimeouts;
        })();

        v1.TaskSpec = (function() {

            /**
             * Properties of a TaskSpec.
             * @typedef {Object} ailee.v1.TaskSpec.$Properties
             * @property {string|null} [moduleCid] TaskSpec moduleCid
             * @property {string|null} [inputCid] TaskSpec inputCid
             * @property {Array.<string>|null} [args] TaskSpec args
             * @property {Object.<string,string>|null} [env] TaskSpec env
             * @property {ailee.v1.ResourceLimits.$Properties|null} [limits] TaskSpec limits
             * @property {ailee.v1.TaskTimeouts.$Properties|null} [timeouts] TaskSpec timeouts
             * @property {number|null} [maxPrice] TaskSpec maxPrice
             * @property {string|null} [clientAccount] TaskSpec clientAccount
             * @property {ailee.v1.VerificationPolicy.$Properties|null} [verification] TaskSpec verification
             * @property {Uint8Array|null} [contentKey] TaskSpec contentKey
             * @property {Uint8Array|null} [moduleSha256] TaskSpec moduleSha256
             * @property {Uint8Array|null} [inputSha256] TaskSpec inputSha256
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a TaskSpec.
             * @memberof ailee.v1
             * @interface ITaskSpec
             * @augments ailee.v1.TaskSpec.$Properties
             * @deprecated Use ailee.v1.TaskSpec.$Properties instead.
             */

            /**
             * Shape of a TaskSpec.
             * @typedef {ailee.v1.TaskSpec.$Properties} ailee.v1.TaskSpec.$Shape
             */

            /**
             * Constructs a new TaskSpec.
             * @memberof ailee.v1
             * @classdesc Represents a TaskSpec.
             * @constructor
             * @param {ailee.v1.TaskSpec.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const TaskSpec = function (properties) {
                this.args = [];
                this.env = {};
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * TaskSpec moduleCid.
             * @member {string} moduleCid
             * @memberof ailee.v1.TaskSpec
             * @instance
             */
            TaskSpec.prototype.moduleCid = "";

            /**
             * TaskSpec inputCid.
             * @member {string} inputCid
             * @memberof ailee.v1.TaskSpec
             * @instance
             */
            TaskSpec.prototype.inputCid = "";

            /**
             * TaskSpec args.
             * @member {Array.<string>} args
             * @memberof ailee.v1.TaskSpec
             * @instance
             */
            TaskSpec.prototype.args = $util.emptyArray;

            /**
             * TaskSpec env.
             * @member {Object.<string,string>} env
             * @memberof ailee.v1.TaskSpec
             * @instance
             */
            TaskSpec.prototype.env = $util.emptyObject;

            /**
             * TaskSpec limits.
             * @member {ailee.v1.ResourceLimits.$Properties|null|undefined} limits
             * @memberof ailee.v1.TaskSpec
             * @instance
             */
            TaskSpec.prototype.limits = null;

            /**
             * TaskSpec timeouts.
             * @member {ailee.v1.TaskTimeouts.$Properties|null|undefined} timeouts
             * @memberof ailee.v1.TaskSpec
             * @instance
             */
            TaskSpec.prototype.timeouts = null;

            /**
             * TaskSpec maxPrice.
             * @member {number} maxPrice
             * @memberof ailee.v1.TaskSpec
             * @instance
             */
            TaskSpec.prototype.maxPrice = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * TaskSpec clientAccount.
             * @member {string} clientAccount
             * @memberof ailee.v1.TaskSpec
             * @instance
             */
            TaskSpec.prototype.clientAccount = "";

            /**
             * TaskSpec verification.
             * @member {ailee.v1.VerificationPolicy.$Properties|null|undefined} verification
             * @memberof ailee.v1.TaskSpec
             * @instance
             */
            TaskSpec.prototype.verification = null;

            /**
             * TaskSpec contentKey.
             * @member {Uint8Array} contentKey
             * @memberof ailee.v1.TaskSpec
             * @instance
             */
            TaskSpec.prototype.contentKey = $util.newBuffer([]);

            /**
             * TaskSpec moduleSha256.
             * @member {Uint8Array} moduleSha256
             * @memberof ailee.v1.TaskSpec
             * @instance
             */
            TaskSpec.prototype.moduleSha256 = $util.newBuffer([]);

            /**
             * TaskSpec inputSha256.
             * @member {Uint8Array} inputSha256
             * @memberof ailee.v1.TaskSpec
             * @instance
             */
            TaskSpec.prototype.inputSha256 = $util.newBuffer([]);

            /**
             * Creates a new TaskSpec instance using the specified properties.
             * @function create
             * @memberof ailee.v1.TaskSpec
             * @static
             * @param {ailee.v1.TaskSpec.$Properties=} [properties] Properties to set
             * @returns {ailee.v1.TaskSpec} TaskSpec instance
             * @type {{
             *   (properties: ailee.v1.TaskSpec.$Shape): ailee.v1.TaskSpec & ailee.v1.TaskSpec.$Shape;
             *   (properties?: ailee.v1.TaskSpec.$Properties): ailee.v1.TaskSpec;
             * }}
             */
            TaskSpec.create = function(properties) {
                return new TaskSpec(properties);
            };

            /**
             * Encodes the specified TaskSpec message. Does not implicitly {@link ailee.v1.TaskSpec.verify|verify} messages.
             * @function encode
             * @memberof ailee.v1.TaskSpec
             * @static
             * @param {ailee.v1.TaskSpec.$Properties} message TaskSpec message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            TaskSpec.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.moduleCid != null && $Object.hasOwnProperty.call(message, "moduleCid") && message.moduleCid !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.moduleCid);
                if (message.inputCid != null && $Object.hasOwnProperty.call(message, "inputCid") && message.inputCid !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.inputCid);
                if (message.args != null && message.args.length)
                    for (let i = 0; i < message.args.length; ++i)
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.args[i]);
                if (message.env != null && $Object.hasOwnProperty.call(message, "env"))
                    for (let keys = $Object.keys(message.env), i = 0; i < keys.length; ++i)
                        writer.uint32(/* id 4, wireType 2 =*/34).fork().uint32(/* id 1, wireType 2 =*/10).string(keys[i]).uint32(/* id 2, wireType 2 =*/18).string(message.env[keys[i]]).ldelim();
                if (message.limits != null && $Object.hasOwnProperty.call(message, "limits"))
                    $root.ailee.v1.ResourceLimits.encode(message.limits, writer.uint32(/* id 5, wireType 2 =*/42).fork(), _depth + 1).ldelim();
                if (message.timeouts != null && $Object.hasOwnProperty.call(message, "timeouts"))
                    $root.ailee.v1.TaskTimeouts.encode(message.timeouts, writer.uint32(/* id 6, wireType 2 =*/50).fork(), _depth + 1).ldelim();
                if (message.maxPrice != null && $Object.hasOwnProperty.call(message, "maxPrice") && (typeof message.maxPrice === "object" ? message.maxPrice.low || message.maxPrice.high : message.maxPrice !== 0))
                    writer.uint32(/* id 7, wireType 0 =*/56).uint64(message.maxPrice);
                if (message.clientAccount != null && $Object.hasOwnProperty.call(message, "clientAccount") && message.clientAccount !== "")
                    writer.uint32(/* id 8, wireType 2 =*/66).string(message.clientAccount);
                if (message.verification != null && $Object.hasOwnProperty.call(message, "verification"))
                    $root.ailee.v1.VerificationPolicy.encode(message.verification, writer.uint32(/* id 9, wireType 2 =*/74).fork(), _depth + 1).ldelim();
                if (message.contentKey != null && $Object.hasOwnProperty.call(message, "contentKey") && message.contentKey.length)
                    writer.uint32(/* id 40, wireType 2 =*/322).bytes(message.contentKey);
                if (message.moduleSha256 != null && $Object.hasOwnProperty.call(message, "moduleSha256") && message.moduleSha256.length)
                    writer.uint32(/* id 41, wireType 2 =*/330).bytes(message.moduleSha256);
                if (message.inputSha256 != null && $Object.hasOwnProperty.call(message, "inputSha256") && message.inputSha256.length)
                    writer.uint32(/* id 42, wireType 2 =*/338).bytes(message.inputSha256);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a TaskSpec message from the specified reader or buffer.
             * @function decode
             * @memberof ailee.v1.TaskSpec
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {ailee.v1.TaskSpec & ailee.v1.TaskSpec.$Shape} TaskSpec
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            TaskSpec.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, key, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.ailee.v1.TaskSpec();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.moduleCid = value;
                            else
                                delete message.moduleCid;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.inputCid = value;
                            else
                                delete message.inputCid;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if (!(message.args && message.args.length))
                                message.args = [];
                            message.args.push(reader.stringVerify());
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if (message.env === $util.emptyObject)
                                message.env = {};
                            let end2 = reader.size() + reader.pos;
                            if (end2 > reader.len)
                                throw $RangeError("index out of range");
                            reader.len = end2;
                            key = "";
                            value = "";
                            while (reader.pos < end2) {
                                let tag2 = reader.tag();
                                wireType = tag2 & 7;
                                switch (tag2 >>>= 3) {
                                case 1:
                                    if (wireType !== 2)
                                        break;
                                    key = reader.stringVerify();
                                    continue;
                                case 2:
                                    if (wireType !== 2)
                                        break;
                                    value = reader.stringVerify();
                                    continue;
                                }
                                reader.skipType(wireType, _depth, tag2);
                            }
                            if (reader.pos !== end2)
                                throw $RangeError("index out of range");
                            reader.len = end;
                            if (key === "__proto__")
                                $util.makeProp(message.env, key);
                            message.env[key] = value;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            message.limits = $root.ailee.v1.ResourceLimits.decode(reader, reader.size(), $undefined, _depth + 1, message.limits);
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            message.timeouts = $root.ailee.v1.TaskTimeouts.decode(reader, reader.size(), $undefined, _depth + 1, message.timeouts);
                            continue;
                        }
                    case 7: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.maxPrice = value;
                            else
                                delete message.maxPrice;
                            continue;
                        }
                    case 8: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.clientAccount = value;
                            else
                                delete message.clientAccount;
                            continue;
                        }
                    case 9: {
                            if (wireType !== 2)
                                break;
                            message.verification = $root.ailee.v1.VerificationPolicy.decode(reader, reader.size(), $undefined, _depth + 1, message.verification);
                            continue;
                        }
                    case 40: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.contentKey = value;
                            else
                                delete message.contentKey;
                            continue;
                        }
                    case 41: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.moduleSha256 = value;
                            else
                                delete message.moduleSha256;
                            continue;
                        }
                    case 42: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.inputSha256 = value;
                            else
                                delete message.inputSha256;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates a TaskSpec message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof ailee.v1.TaskSpec
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {ailee.v1.TaskSpec} TaskSpec
             */
            TaskSpec.fromObject = function (object, _depth) {
                if (object instanceof $root.ailee.v1.TaskSpec)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".ailee.v1.TaskSpec: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.ailee.v1.TaskSpec();
                if (object.moduleCid != null)
                    if (typeof object.moduleCid !== "string" || object.moduleCid.length)
                        message.moduleCid = $String(object.moduleCid);
                if (object.inputCid != null)
                    if (typeof object.inputCid !== "string" || object.inputCid.length)
                        message.inputCid = $String(object.inputCid);
                if (object.args) {
                    if (!$Array.isArray(object.args))
                        throw $TypeError(".ailee.v1.TaskSpec.args: array expected");
                    message.args = $Array(object.args.length);
                    for (let i = 0; i < object.args.length; ++i)
                        message.args[i] = $String(object.args[i]);
                }
                if (object.env) {
                    if (!$util.isObject(object.env))
                        throw $TypeError(".ailee.v1.TaskSpec.env: object expected");
                    message.env = {};
                    for (let keys = $Object.keys(object.env), i = 0; i < keys.length; ++i) {
                        if (keys[i] === "__proto__")
                            $util.makeProp(message.env, keys[i]);
                        message.env[keys[i]] = $String(object.env[keys[i]]);
                    }
                }
                if (object.limits != null) {
                    if (!$util.isObject(object.limits))
                        throw $TypeError(".ailee.v1.TaskSpec.limits: object expected");
                    message.limits = $root.ailee.v1.ResourceLimits.fromObject(object.limits, _depth + 1);
                }
                if (object.timeouts != null) {
                    if (!$util.isObject(object.timeouts))
                        throw $TypeError(".ailee.v1.TaskSpec.timeouts: object expected");
                    message.timeouts = $root.ailee.v1.TaskTimeouts.fromObject(object.timeouts, _depth + 1);
                }
                if (object.maxPrice != null)
                    if (typeof object.maxPrice === "object" ? object.maxPrice.low || object.maxPrice.high : $Number(object.maxPrice) !== 0)
                        if ($util.Long)
                            message.maxPrice = $util.Long.fromValue(object.maxPrice, true);
                        else if (typeof object.maxPrice === "string")
                            message.maxPrice = $parseInt(object.maxPrice, 10);
                        else if (typeof object.maxPrice === "number")
                            message.maxPrice = object.maxPrice;
                        else if (typeof object.maxPrice === "object")
                            message.maxPrice = new $util.LongBits(object.maxPrice.low >>> 0, object.maxPrice.high >>> 0).toNumber(true);
                if (object.clientAccount != null)
                    if (typeof object.clientAccount !== "string" || object.clientAccount.length)
                        message.clientAccount = $String(object.clientAccount);
                if (object.verification != null) {
                    if (!$util.isObject(object.verification))
                        throw $TypeError(".ailee.v1.TaskSpec.verification: object expected");
                    message.verification = $root.ailee.v1.VerificationPolicy.fromObject(object.verification, _depth + 1);
                }
                if (object.contentKey != null)
                    if (object.contentKey.length)
                        if (typeof object.contentKey === "string")
                            $util.base64.decode(object.contentKey, message.contentKey = $util.newBuffer($util.base64.length(object.contentKey)), 0);
                        else if (object.contentKey.length >= 0)
                            message.contentKey = object.contentKey;
                if (object.moduleSha256 != null)
                    if (object.moduleSha256.length)
                        if (typeof object.moduleSha256 === "string")
                            $util.base64.decode(object.moduleSha256, message.moduleSha256 = $util.newBuffer($util.base64.length(object.moduleSha256)), 0);
                        else if (object.moduleSha256.length >= 0)
                            message.moduleSha256 = object.moduleSha256;
                if (object.inputSha256 != null)
                    if (object.inputSha256.length)
                        if (typeof object.inputSha256 === "string")
                            $util.base64.decode(object.inputSha256, message.inputSha256 = $util.newBuffer($util.base64.length(object.inputSha256)), 0);
                        else if (object.inputSha256.length >= 0)
                            message.inputSha256 = object.inputSha256;
                return message;
            };

            /**
             * Creates a plain object from a TaskSpec message. Also converts values to other types if specified.
             * @function toObject
             * @memberof ailee.v1.TaskSpec
             * @static
             * @param {ailee.v1.TaskSpec} message TaskSpec
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            TaskSpec.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.args = [];
                if (options.objects || options.defaults)
                    object.env = {};
                if (options.defaults) {
                    object.moduleCid = "";
                    object.inputCid = "";
                    object.limits = null;
                    object.timeouts = null;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.maxPrice = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.maxPrice = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.clientAccount = "";
                    object.verification = null;
                    if (options.bytes === $String)
                        object.contentKey = "";
                    else {
                        object.contentKey = [];
                        if (options.bytes !== $Array)
                            object.contentKey = $util.newBuffer(object.contentKey);
                    }
                    if (options.bytes === $String)
                        object.moduleSha256 = "";
                    else {
                        object.moduleSha256 = [];
                        if (options.bytes !== $Array)
                            object.moduleSha256 = $util.newBuffer(object.moduleSha256);
                    }
                    if (options.bytes === $String)
                        object.inputSha256 = "";
                    else {
                        object.inputSha256 = [];
                        if (options.bytes !== $Array)
                            object.inputSha256 = $util.newBuffer(object.inputSha256);
                    }
                }
                if (message.moduleCid != null && $Object.hasOwnProperty.call(message, "moduleCid"))
                    object.moduleCid = message.moduleCid;
                if (message.inputCid != null && $Object.hasOwnProperty.call(message, "inputCid"))
                    object.inputCid = message.inputCid;
                if (message.args && message.args.length) {
                    object.args = $Array(message.args.length);
                    for (let j = 0; j < message.args.length; ++j)
                        object.args[j] = message.args[j];
                }
                let keys2;
                if (message.env && (keys2 = $Object.keys(message.env)).length) {
                    object.env = {};
                    for (let j = 0; j < keys2.length; ++j) {
                        if (keys2[j] === "__proto__")
                            $util.makeProp(object.env, keys2[j]);
                        object.env[keys2[j]] = message.env[keys2[j]];
                    }
                }
                if (message.limits != null && $Object.hasOwnProperty.call(message, "limits"))
                    object.limits = $root.ailee.v1.ResourceLimits.toObject(message.limits, options, _depth + 1);
                if (message.timeouts != null && $Object.hasOwnProperty.call(message, "timeouts"))
                    object.timeouts = $root.ailee.v1.TaskTimeouts.toObject(message.timeouts, options, _depth + 1);
                if (message.maxPrice != null && $Object.hasOwnProperty.call(message, "maxPrice"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.maxPrice = typeof message.maxPrice === "number" ? $BigInt(message.maxPrice) : $util.Long.fromBits(message.maxPrice.low >>> 0, message.maxPrice.high >>> 0, true).toBigInt();
                    else if (typeof message.maxPrice === "number")
                        object.maxPrice = options.longs === $String ? $String(message.maxPrice) : message.maxPrice;
                    else
                        object.maxPrice = options.longs === $String ? $util.Long.prototype.toString.call(message.maxPrice) : options.longs === $Number ? new $util.LongBits(message.maxPrice.low >>> 0, message.maxPrice.high >>> 0).toNumber(true) : message.maxPrice;
                if (message.clientAccount != null && $Object.hasOwnProperty.call(message, "clientAccount"))
                    object.clientAccount = message.clientAccount;
                if (message.verification != null && $Object.hasOwnProperty.call(message, "verification"))
                    object.verification = $root.ailee.v1.VerificationPolicy.toObject(message.verification, options, _depth + 1);
                if (message.contentKey != null && $Object.hasOwnProperty.call(message, "contentKey"))
                    object.contentKey = options.bytes === $String ? $util.base64.encode(message.contentKey, 0, message.contentKey.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.contentKey) : message.contentKey;
                if (message.moduleSha256 != null && $Object.hasOwnProperty.call(message, "moduleSha256"))
                    object.moduleSha256 = options.bytes === $String ? $util.base64.encode(message.moduleSha256, 0, message.moduleSha256.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.moduleSha256) : message.moduleSha256;
                if (message.inputSha256 != null && $Object.hasOwnProperty.call(message, "inputSha256"))
                    object.inputSha256 = options.bytes === $String ? $util.base64.encode(message.inputSha256, 0, message.inputSha256.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.inputSha256) : message.inputSha256;
                return object;
            };

            /**
             * Converts this TaskSpec to JSON.
             * @function toJSON
             * @memberof ailee.v1.TaskSpec
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            TaskSpec.prototype.toJSON = function() {
                return TaskSpec.toObject(this, $protobuf.util.toJSONOptions);
            };

            return TaskSpec;
        })();

        /**
         * VerificationKind enum.
         * @name ailee.v1.VerificationKind
         * @enum {number}
         * @property {number} VERIFICATION_KIND_UNSPECIFIED=0 VERIFICATION_KIND_UNSPECIFIED value
         * @property {number} VERIFICATION_KIND_NONE=1 VERIFICATION_KIND_NONE value
         * @property {number} VERIFICATION_KIND_SPOT=2 VERIFICATION_KIND_SPOT value
         * @property {number} VERIFICATION_KIND_REPLICATE=3 VERIFICATION_KIND_REPLICATE value
         * @property {number} VERIFICATION_KIND_ADAPTIVE=4 VERIFICATION_KIND_ADAPTIVE value
         */
        v1.VerificationKind = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "VERIFICATION_KIND_UNSPECIFIED"] = 0;
            values[valuesById[1] = "VERIFICATION_KIND_NONE"] = 1;
            values[valuesById[2] = "VERIFICATION_KIND_SPOT"] = 2;
            values[valuesById[3] = "VERIFICATION_KIND_REPLICATE"] = 3;
            values[valuesById[4] = "VERIFICATION_KIND_ADAPTIVE"] = 4;
            return values;
        })();

        v1.VerificationPolicy = (function() {

            /**
             * Properties of a VerificationPolicy.
             * @typedef {Object} ailee.v1.VerificationPolicy.$Properties
             * @property {ailee.v1.VerificationKind|null} [kind] VerificationPolicy kind
             * @property {number|null} [probability] VerificationPolicy probability
             * @property {number|null} [replicas] VerificationPolicy replicas
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a VerificationPolicy.
             * @memberof ailee.v1
             * @interface IVerificationPolicy
             * @augments ailee.v1.VerificationPolicy.$Properties
             * @deprecated Use ailee.v1.VerificationPolicy.$Properties instead.
             */

            /**
             * Shape of a VerificationPolicy.
             * @typedef {ailee.v1.VerificationPolicy.$Properties} ailee.v1.VerificationPolicy.$Shape
             */

            /**
             * Constructs a new VerificationPolicy.
             * @memberof ailee.v1
             * @classdesc Represents a VerificationPolicy.
             * @constructor
             * @param {ailee.v1.VerificationPolicy.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const VerificationPolicy = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * VerificationPolicy kind.
             * @member {ailee.v1.VerificationKind} kind
             * @memberof ailee.v1.VerificationPolicy
             * @instance
             */
            VerificationPolicy.prototype.kind = 0;

            /**
             * VerificationPolicy probability.
             * @member {number} probability
             * @memberof ailee.v1.VerificationPolicy
             * @instance
             */
            VerificationPolicy.prototype.probability = 0;

            /**
             * VerificationPolicy replicas.
             * @member {number} replicas
             * @memberof ailee.v1.VerificationPolicy
             * @instance
             */
            VerificationPolicy.prototype.replicas = 0;

            /**
             * Creates a new VerificationPolicy instance using the specified properties.
             * @function create
             * @memberof ailee.v1.VerificationPolicy
             * @static
             * @param {ailee.v1.VerificationPolicy.$Properties=} [properties] Properties to set
             * @returns {ailee.v1.VerificationPolicy} VerificationPolicy instance
             * @type {{
             *   (properties: ailee.v1.VerificationPolicy.$Shape): ailee.v1.VerificationPolicy & ailee.v1.VerificationPolicy.$Shape;
             *   (properties?: ailee.v1.VerificationPolicy.$Properties): ailee.v1.VerificationPolicy;
             * }}
             */
            VerificationPolicy.create = function(properties) {
                return new VerificationPolicy(properties);
            };

            /**
             * Encodes the specified VerificationPolicy message. Does not implicitly {@link ailee.v1.VerificationPolicy.verify|verify} messages.
             * @function encode
             * @memberof ailee.v1.VerificationPolicy
             * @static
             * @param {ailee.v1.VerificationPolicy.$Properties} message VerificationPolicy message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            VerificationPolicy.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.kind != null && $Object.hasOwnProperty.call(message, "kind") && message.kind !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).int32(message.kind);
                if (message.probability != null && $Object.hasOwnProperty.call(message, "probability") && !$Object.is(message.probability, 0))
                    writer.uint32(/* id 2, wireType 1 =*/17).double(message.probability);
                if (message.replicas != null && $Object.hasOwnProperty.call(message, "replicas") && message.replicas !== 0)
                    writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.replicas);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a VerificationPolicy message from the specified reader or buffer.
             * @function decode
             * @memberof ailee.v1.VerificationPolicy
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {ailee.v1.VerificationPolicy & ailee.v1.VerificationPolicy.$Shape} VerificationPolicy
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            VerificationPolicy.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.ailee.v1.VerificationPolicy();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.kind = value;
                            else
                                delete message.kind;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.probability = value;
                            else
                                delete message.probability;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.replicas = value;
                            else
                                delete message.replicas;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates a VerificationPolicy message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof ailee.v1.VerificationPolicy
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {ailee.v1.VerificationPolicy} VerificationPolicy
             */
            VerificationPolicy.fromObject = function (object, _depth) {
                if (object instanceof $root.ailee.v1.VerificationPolicy)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".ailee.v1.VerificationPolicy: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.ailee.v1.VerificationPolicy();
                if (object.kind !== 0 && (typeof object.kind !== "string" || $root.ailee.v1.VerificationKind[object.kind] !== 0))
                    switch (object.kind) {
                    case "VERIFICATION_KIND_UNSPECIFIED":
                    case 0:
                        message.kind = 0;
                        break;
                    case "VERIFICATION_KIND_NONE":
                    case 1:
                        message.kind = 1;
                        break;
                    case "VERIFICATION_KIND_SPOT":
                    case 2:
                        message.kind = 2;
                        break;
                    case "VERIFICATION_KIND_REPLICATE":
                    case 3:
                        message.kind = 3;
                        break;
                    case "VERIFICATION_KIND_ADAPTIVE":
                    case 4:
                        message.kind = 4;
                        break;
                    default:
                        if (typeof object.kind === "number" && (object.kind | 0) === object.kind)
                            message.kind = object.kind;
                    }
                if (object.probability != null)
                    if (!$Object.is($Number(object.probability), 0))
                        message.probability = $Number(object.probability);
                if (object.replicas != null)
                    if ($Number(object.replicas) !== 0)
                        message.replicas = object.replicas >>> 0;
                return message;
            };

            /**
             * Creates a plain object from a VerificationPolicy message. Also converts values to other types if specified.
             * @function toObject
             * @memberof ailee.v1.VerificationPolicy
             * @static
             * @param {ailee.v1.VerificationPolicy} message VerificationPolicy
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            VerificationPolicy.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.kind = options.enums === $String ? "VERIFICATION_KIND_UNSPECIFIED" : 0;
                    object.probability = 0;
                    object.replicas = 0;
                }
                if (message.kind != null && $Object.hasOwnProperty.call(message, "kind"))
                    object.kind = options.enums === $String ? $root.ailee.v1.VerificationKind[message.kind] === $undefined ? message.kind : $root.ailee.v1.VerificationKind[message.kind] : message.kind;
                if (message.probability != null && $Object.hasOwnProperty.call(message, "probability"))
                    object.probability = options.json && !$isFinite(message.probability) ? $String(message.probability) : message.probability;
                if (message.replicas != null && $Object.hasOwnProperty.call(message, "replicas"))
                    object.replicas = message.replicas;
                return object;
            };

            /**
             * Converts this VerificationPolicy to JSON.
             * @function toJSON
             * @memberof ailee.v1.VerificationPolicy
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            VerificationPolicy.prototype.toJSON = function() {
                return VerificationPolicy.toObject(this, $protobuf.util.toJSONOptions);
            };

            return VerificationPolicy;
        })();

        /**
         * ExecutionStatus enum.
         * @name ailee.v1.ExecutionStatus
         * @enum {number}
         * @property {number} EXECUTION_STATUS_UNSPECIFIED=0 EXECUTION_STATUS_UNSPECIFIED value
         * @property {number} EXECUTION_STATUS_EXITED=1 EXECUTION_STATUS_EXITED value
         * @property {number} EXECUTION_STATUS_TRAPPED=2 EXECUTION_STATUS_TRAPPED value
         * @property {number} EXECUTION_STATUS_TIMED_OUT=3 EXECUTION_STATUS_TIMED_OUT value
         * @property {number} EXECUTION_STATUS_MEMORY_EXCEEDED=4 EXECUTION_STATUS_MEMORY_EXCEEDED value
         * @property {number} EXECUTION_STATUS_OUTPUT_EXCEEDED=5 EXECUTION_STATUS_OUTPUT_EXCEEDED value
         * @property {number} EXECUTION_STATUS_INVALID_MODULE=6 EXECUTION_STATUS_INVALID_MODULE value
         */
        v1.ExecutionStatus = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "EXECUTION_STATUS_UNSPECIFIED"] = 0;
            values[valuesById[1] = "EXECUTION_STATUS_EXITED"] = 1;
            values[valuesById[2] = "EXECUTION_STATUS_TRAPPED"] = 2;
            values[valuesById[3] = "EXECUTION_STATUS_TIMED_OUT"] = 3;
            values[valuesById[4] = "EXECUTION_STATUS_MEMORY_EXCEEDED"] = 4;
            values[valuesById[5] = "EXECUTION_STATUS_OUTPUT_EXCEEDED"] = 5;
            values[valuesById[6] = "EXECUTION_STATUS_INVALID_MODULE"] = 6;
            return values;
        })();

        v1.ResourceUsage = (function() {

            /**
             * Properties of a ResourceUsage.
             * @typedef {Object} ailee.v1.ResourceUsage.$Properties
             * @property {number|null} [wallMs] ResourceUsage wallMs
             * @property {number|null} [peakMemoryPages] ResourceUsage peakMemoryPages
             * @property {number|null} [stdoutBytes] ResourceUsage stdoutBytes
             * @property {number|null} [stderrBytes] ResourceUsage stderrBytes
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ResourceUsage.
             * @memberof ailee.v1
             * @interface IResourceUsage
             * @augments ailee.v1.ResourceUsage.$Properties
             * @deprecated Use ailee.v1.ResourceUsage.$Properties instead.
             */

            /**
             * Shape of a ResourceUsage.
             * @typedef {ailee.v1.ResourceUsage.$Properties} ailee.v1.ResourceUsage.$Shape
             */

            /**
             * Constructs a new ResourceUsage.
             * @memberof ailee.v1
             * @classdesc Represents a ResourceUsage.
             * @constructor
             * @param {ailee.v1.ResourceUsage.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ResourceUsage = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ResourceUsage wallMs.
             * @member {number} wallMs
             * @memberof ailee.v1.ResourceUsage
             * @instance
             */
            ResourceUsage.prototype.wallMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * ResourceUsage peakMemoryPages.
             * @member {number} peakMemoryPages
             * @memberof ailee.v1.ResourceUsage
             * @instance
             */
            ResourceUsage.prototype.peakMemoryPages = 0;

            /**
             * ResourceUsage stdoutBytes.
             * @member {number} stdoutBytes
             * @memberof ailee.v1.ResourceUsage
             * @instance
             */
            ResourceUsage.prototype.stdoutBytes = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * ResourceUsage stderrBytes.
             * @member {number} stderrBytes
             * @memberof ailee.v1.ResourceUsage
             * @instance
             */
            ResourceUsage.prototype.stderrBytes = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Creates a new ResourceUsage instance using the specified properties.
             * @function create
             * @memberof ailee.v1.ResourceUsage
             * @static
             * @param {ailee.v1.ResourceUsage.$Properties=} [properties] Properties to set
             * @returns {ailee.v1.ResourceUsage} ResourceUsage instance
             * @type {{
             *   (properties: ailee.v1.ResourceUsage.$Shape): ailee.v1.ResourceUsage & ailee.v1.ResourceUsage.$Shape;
             *   (properties?: ailee.v1.ResourceUsage.$Properties): ailee.v1.ResourceUsage;
             * }}
             */
            ResourceUsage.create = function(properties) {
                return new ResourceUsage(properties);
            };

            /**
             * Encodes the specified ResourceUsage message. Does not implicitly {@link ailee.v1.ResourceUsage.verify|verify} messages.
             * @function encode
             * @memberof ailee.v1.ResourceUsage
             * @static
             * @param {ailee.v1.ResourceUsage.$Properties} message ResourceUsage message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ResourceUsage.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.wallMs != null && $Object.hasOwnProperty.call(message, "wallMs") && (typeof message.wallMs === "object" ? message.wallMs.low || message.wallMs.high : message.wallMs !== 0))
                    writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.wallMs);
                if (message.peakMemoryPages != null && $Object.hasOwnProperty.call(message, "peakMemoryPages") && message.peakMemoryPages !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.peakMemoryPages);
                if (message.stdoutBytes != null && $Object.hasOwnProperty.call(message, "stdoutBytes") && (typeof message.stdoutBytes === "object" ? message.stdoutBytes.low || message.stdoutBytes.high : message.stdoutBytes !== 0))
                    writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.stdoutBytes);
                if (message.stderrBytes != null && $Object.hasOwnProperty.call(message, "stderrBytes") && (typeof message.stderrBytes === "object" ? message.stderrBytes.low || message.stderrBytes.high : message.stderrBytes !== 0))
                    writer.uint32(/* id 4, wireType 0 =*/32).uint64(message.stderrBytes);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a ResourceUsage message from the specified reader or buffer.
             * @function decode
             * @memberof ailee.v1.ResourceUsage
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {ailee.v1.ResourceUsage & ailee.v1.ResourceUsage.$Shape} ResourceUsage
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ResourceUsage.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.ailee.v1.ResourceUsage();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.wallMs = value;
                            else
                                delete message.wallMs;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.peakMemoryPages = value;
                            else
                                delete message.peakMemoryPages;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.stdoutBytes = value;
                            else
                                delete message.stdoutBytes;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.stderrBytes = value;
                            else
                                delete message.stderrBytes;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates a ResourceUsage message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof ailee.v1.ResourceUsage
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {ailee.v1.ResourceUsage} ResourceUsage
             */
            ResourceUsage.fromObject = function (object, _depth) {
                if (object instanceof $root.ailee.v1.ResourceUsage)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".ailee.v1.ResourceUsage: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.ailee.v1.ResourceUsage();
                if (object.wallMs != null)
                    if (typeof object.wallMs === "object" ? object.wallMs.low || object.wallMs.high : $Number(object.wallMs) !== 0)
                        if ($util.Long)
                            message.wallMs = $util.Long.fromValue(object.wallMs, true);
                        else if (typeof object.wallMs === "string")
                            message.wallMs = $parseInt(object.wallMs, 10);
                        else if (typeof object.wallMs === "number")
                            message.wallMs = object.wallMs;
                        else if (typeof object.wallMs === "object")
                            message.wallMs = new $util.LongBits(object.wallMs.low >>> 0, object.wallMs.high >>> 0).toNumber(true);
                if (object.peakMemoryPages != null)
                    if ($Number(object.peakMemoryPages) !== 0)
                        message.peakMemoryPages = object.peakMemoryPages >>> 0;
                if (object.stdoutBytes != null)
                    if (typeof object.stdoutBytes === "object" ? object.stdoutBytes.low || object.stdoutBytes.high : $Number(object.stdoutBytes) !== 0)
                        if ($util.Long)
                            message.stdoutBytes = $util.Long.fromValue(object.stdoutBytes, true);
                        else if (typeof object.stdoutBytes === "string")
                            message.stdoutBytes = $parseInt(object.stdoutBytes, 10);
                        else if (typeof object.stdoutBytes === "number")
                            message.stdoutBytes = object.stdoutBytes;
                        else if (typeof object.stdoutBytes === "object")
                            message.stdoutBytes = new $util.LongBits(object.stdoutBytes.low >>> 0, object.stdoutBytes.high >>> 0).toNumber(true);
                if (object.stderrBytes != null)
                    if (typeof object.stderrBytes === "object" ? object.stderrBytes.low || object.stderrBytes.high : $Number(object.stderrBytes) !== 0)
                        if ($util.Long)
                            message.stderrBytes = $util.Long.fromValue(object.stderrBytes, true);
                        else if (typeof object.stderrBytes === "string")
                            message.stderrBytes = $parseInt(object.stderrBytes, 10);
                        else if (typeof object.stderrBytes === "number")
                            message.stderrBytes = object.stderrBytes;
                        else if (typeof object.stderrBytes === "object")
                            message.stderrBytes = new $util.LongBits(object.stderrBytes.low >>> 0, object.stderrBytes.high >>> 0).toNumber(true);
                return message;
            };

            /**
             * Creates a plain object from a ResourceUsage message. Also converts values to other types if specified.
             * @function toObject
             * @memberof ailee.v1.ResourceUsage
             * @static
             * @param {ailee.v1.ResourceUsage} message ResourceUsage
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ResourceUsage.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.wallMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.wallMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.peakMemoryPages = 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.stdoutBytes = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.stdoutBytes = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.stderrBytes = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.stderrBytes = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (message.wallMs != null && $Object.hasOwnProperty.call(message, "wallMs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.wallMs = typeof message.wallMs === "number" ? $BigInt(message.wallMs) : $util.Long.fromBits(message.wallMs.low >>> 0, message.wallMs.high >>> 0, true).toBigInt();
                    else if (typeof message.wallMs === "number")
                        object.wallMs = options.longs === $String ? $String(message.wallMs) : message.wallMs;
                    else
                        object.wallMs = options.longs === $String ? $util.Long.prototype.toString.call(message.wallMs) : options.longs === $Number ? new $util.LongBits(message.wallMs.low >>> 0, message.wallMs.high >>> 0).toNumber(true) : message.wallMs;
                if (message.peakMemoryPages != null && $Object.hasOwnProperty.call(message, "peakMemoryPages"))
                    object.peakMemoryPages = message.peakMemoryPages;
                if (message.stdoutBytes != null && $Object.hasOwnProperty.call(message, "stdoutBytes"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.stdoutBytes = typeof message.stdoutBytes === "number" ? $BigInt(message.stdoutBytes) : $util.Long.fromBits(message.stdoutBytes.low >>> 0, message.stdoutBytes.high >>> 0, true).toBigInt();
                    else if (typeof message.stdoutBytes === "number")
                        object.stdoutBytes = options.longs === $String ? $String(message.stdoutBytes) : message.stdoutBytes;
                    else
                        object.stdoutBytes = options.longs === $String ? $util.Long.prototype.toString.call(message.stdoutBytes) : options.longs === $Number ? new $util.LongBits(message.stdoutBytes.low >>> 0, message.stdoutBytes.high >>> 0).toNumber(true) : message.stdoutBytes;
                if (message.stderrBytes != null && $Object.hasOwnProperty.call(message, "stderrBytes"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.stderrBytes = typeof message.stderrBytes === "number" ? $BigInt(message.stderrBytes) : $util.Long.fromBits(message.stderrBytes.low >>> 0, message.stderrBytes.high >>> 0, true).toBigInt();
                    else if (typeof message.stderrBytes === "number")
                        object.stderrBytes = options.longs === $String ? $String(message.stderrBytes) : message.stderrBytes;
                    else
                        object.stderrBytes = options.longs === $String ? $util.Long.prototype.toString.call(message.stderrBytes) : options.longs === $Number ? new $util.LongBits(message.stderrBytes.low >>> 0, message.stderrBytes.high >>> 0).toNumber(true) : message.stderrBytes;
                return object;
            };

            /**
             * Converts this ResourceUsage to JSON.
             * @function toJSON
             * @memberof ailee.v1.ResourceUsage
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ResourceUsage.prototype.toJSON = function() {
                return ResourceUsage.toObject(this, $protobuf.util.toJSONOptions);
            };

            return ResourceUsage;
        })();

        v1.ExecutionReceipt = (function() {

            /**
             * Properties of an ExecutionReceipt.
             * @typedef {Object} ailee.v1.ExecutionReceipt.$Properties
             * @property {string|null} [taskId] ExecutionReceipt taskId
             * @property {number|null} [attempt] ExecutionReceipt attempt
             * @property {Uint8Array|null} [moduleHash] ExecutionReceipt moduleHash
             * @property {Uint8Array|null} [inputHash] ExecutionReceipt inputHash
             * @property {Uint8Array|null} [outputHash] ExecutionReceipt outputHash
             * @property {Uint8Array|null} [stderrHash] ExecutionReceipt stderrHash
             * @property {number|null} [exitCode] ExecutionReceipt exitCode
             * @property {ailee.v1.ExecutionStatus|null} [status] ExecutionReceipt status
             * @property {ailee.v1.ResourceUsage.$Properties|null} [resources] ExecutionReceipt resources
             * @property {string|null} [workerPeerId] ExecutionReceipt workerPeerId
             * @property {string|null} [coordinatorPeerId] ExecutionReceipt coordinatorPeerId
             * @property {number|null} [timestampMs] ExecutionReceipt timestampMs
             * @property {string|null} [outputCid] ExecutionReceipt outputCid
             * @property {Uint8Array|null} [assignmentNonce] ExecutionReceipt assignmentNonce
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an ExecutionReceipt.
             * @memberof ailee.v1
             * @interface IExecutionReceipt
             * @augments ailee.v1.ExecutionReceipt.$Properties
             * @deprecated Use ailee.v1.ExecutionReceipt.$Properties instead.
             */

            /**
             * Shape of an ExecutionReceipt.
             * @typedef {ailee.v1.ExecutionReceipt.$Properties} ailee.v1.ExecutionReceipt.$Shape
             */

            /**
             * Constructs a new ExecutionReceipt.
             * @memberof ailee.v1
             * @classdesc Represents an ExecutionReceipt.
             * @constructor
             * @param {ailee.v1.ExecutionReceipt.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ExecutionReceipt = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ExecutionReceipt taskId.
             * @member {string} taskId
             * @memberof ailee.v1.ExecutionReceipt
             * @instance
             */
            ExecutionReceipt.prototype.taskId = "";

            /**
             * ExecutionReceipt attempt.
             * @member {number} attempt
             * @memberof ailee.v1.ExecutionReceipt
             * @instance
             */
            ExecutionReceipt.prototype.attempt = 0;

            /**
             * ExecutionReceipt moduleHash.
             * @member {Uint8Array} moduleHash
             * @memberof ailee.v1.ExecutionReceipt
             * @instance
             */
            ExecutionReceipt.prototype.moduleHash = $util.newBuffer([]);

            /**
             * ExecutionReceipt inputHash.
             * @member {Uint8Array} inputHash
             * @memberof ailee.v1.ExecutionReceipt
             * @instance
             */
            ExecutionReceipt.prototype.inputHash = $util.newBuffer([]);

            /**
             * ExecutionReceipt outputHash.
             * @member {Uint8Array} outputHash
             * @memberof ailee.v1.ExecutionReceipt
             * @instance
             */
            ExecutionReceipt.prototype.outputHash = $util.newBuffer([]);

            /**
             * ExecutionReceipt stderrHash.
             * @member {Uint8Array} stderrHash
             * @memberof ailee.v1.ExecutionReceipt
             * @instance
             */
            ExecutionReceipt.prototype.stderrHash = $util.newBuffer([]);

            /**
             * ExecutionReceipt exitCode.
             * @member {number} exitCode
             * @memberof ailee.v1.ExecutionReceipt
             * @instance
             */
            ExecutionReceipt.prototype.exitCode = 0;

            /**
             * ExecutionReceipt status.
             * @member {ailee.v1.ExecutionStatus} status
             * @memberof ailee.v1.ExecutionReceipt
             * @instance
             */
            ExecutionReceipt.prototype.status = 0;

            /**
             * ExecutionReceipt resources.
             * @member {ailee.v1.ResourceUsage.$Properties|null|undefined} resources
             * @memberof ailee.v1.ExecutionReceipt
             * @instance
             */
            ExecutionReceipt.prototype.resources = null;

            /**
             * ExecutionReceipt workerPeerId.
             * @member {string} workerPeerId
             * @memberof ailee.v1.ExecutionReceipt
             * @instance
             */
            ExecutionReceipt.prototype.workerPeerId = "";

            /**
             * ExecutionReceipt coordinatorPeerId.
             * @member {string} coordinatorPeerId
             * @memberof ailee.v1.ExecutionReceipt
             * @instance
             */
            ExecutionReceipt.prototype.coordinatorPeerId = "";

            /**
             * ExecutionReceipt timestampMs.
             * @member {number} timestampMs
             * @memberof ailee.v1.ExecutionReceipt
             * @instance
             */
            ExecutionReceipt.prototype.timestampMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * ExecutionReceipt outputCid.
             * @member {string} outputCid
             * @memberof ailee.v1.ExecutionReceipt
             * @instance
             */
            ExecutionReceipt.prototype.outputCid = "";

            /**
             * ExecutionReceipt assignmentNonce.
             * @member {Uint8Array} assignmentNonce
             * @memberof ailee.v1.ExecutionReceipt
             * @instance
             */
            ExecutionReceipt.prototype.assignmentNonce = $util.newBuffer([]);

            /**
             * Creates a new ExecutionReceipt instance using the specified properties.
             * @function create
             * @memberof ailee.v1.ExecutionReceipt
             * @static
             * @param {ailee.v1.ExecutionReceipt.$Properties=} [properties] Properties to set
             * @returns {ailee.v1.ExecutionReceipt} ExecutionReceipt instance
             * @type {{
             *   (properties: ailee.v1.ExecutionReceipt.$Shape): ailee.v1.ExecutionReceipt & ailee.v1.ExecutionReceipt.$Shape;
             *   (properties?: ailee.v1.ExecutionReceipt.$Properties): ailee.v1.ExecutionReceipt;
             * }}
             */
            ExecutionReceipt.create = function(properties) {
                return new ExecutionReceipt(properties);
            };

            /**
             * Encodes the specified ExecutionReceipt message. Does not implicitly {@link ailee.v1.ExecutionReceipt.verify|verify} messages.
             * @function encode
             * @memberof ailee.v1.ExecutionReceipt
             * @static
             * @param {ailee.v1.ExecutionReceipt.$Properties} message ExecutionReceipt message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ExecutionReceipt.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.taskId != null && $Object.hasOwnProperty.call(message, "taskId") && message.taskId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.taskId);
                if (message.attempt != null && $Object.hasOwnProperty.call(message, "attempt") && message.attempt !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.attempt);
                if (message.moduleHash != null && $Object.hasOwnProperty.call(message, "moduleHash") && message.moduleHash.length)
                    writer.uint32(/* id 3, wireType 2 =*/26).bytes(message.moduleHash);
                if (message.inputHash != null && $Object.hasOwnProperty.call(message, "inputHash") && message.inputHash.length)
                    writer.uint32(/* id 4, wireType 2 =*/34).bytes(message.inputHash);
                if (message.outputHash != null && $Object.hasOwnProperty.call(message, "outputHash") && message.outputHash.length)
                    writer.uint32(/* id 5, wireType 2 =*/42).bytes(message.outputHash);
                if (message.stderrHash != null && $Object.hasOwnProperty.call(message, "stderrHash") && message.stderrHash.length)
                    writer.uint32(/* id 6, wireType 2 =*/50).bytes(message.stderrHash);
                if (message.exitCode != null && $Object.hasOwnProperty.call(message, "exitCode") && message.exitCode !== 0)
                    writer.uint32(/* id 7, wireType 0 =*/56).int32(message.exitCode);
                if (message.status != null && $Object.hasOwnProperty.call(message, "status") && message.status !== 0)
                    writer.uint32(/* id 8, wireType 0 =*/64).int32(message.status);
                if (message.resources != null && $Object.hasOwnProperty.call(message, "resources"))
                    $root.ailee.v1.ResourceUsage.encode(message.resources, writer.uint32(/* id 9, wireType 2 =*/74).fork(), _depth + 1).ldelim();
                if (message.workerPeerId != null && $Object.hasOwnProperty.call(message, "workerPeerId") && message.workerPeerId !== "")
                    writer.uint32(/* id 10, wireType 2 =*/82).string(message.workerPeerId);
                if (message.coordinatorPeerId != null && $Object.hasOwnProperty.call(message, "coordinatorPeerId") && message.coordinatorPeerId !== "")
                    writer.uint32(/* id 11, wireType 2 =*/90).string(message.coordinatorPeerId);
                if (message.timestampMs != null && $Object.hasOwnProperty.call(message, "timestampMs") && (typeof message.timestampMs === "object" ? message.timestampMs.low || message.timestampMs.high : message.timestampMs !== 0))
                    writer.uint32(/* id 12, wireType 0 =*/96).uint64(message.timestampMs);
                if (message.outputCid != null && $Object.hasOwnProperty.call(message, "outputCid") && message.outputCid !== "")
                    writer.uint32(/* id 13, wireType 2 =*/106).string(message.outputCid);
                if (message.assignmentNonce != null && $Object.hasOwnProperty.call(message, "assignmentNonce") && message.assignmentNonce.length)
                    writer.uint32(/* id 14, wireType 2 =*/114).bytes(message.assignmentNonce);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an ExecutionReceipt message from the specified reader or buffer.
             * @function decode
             * @memberof ailee.v1.ExecutionReceipt
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {ailee.v1.ExecutionReceipt & ailee.v1.ExecutionReceipt.$Shape} ExecutionReceipt
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ExecutionReceipt.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.ailee.v1.ExecutionReceipt();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.taskId = value;
                            else
                                delete message.taskId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.attempt = value;
                            else
                                delete message.attempt;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.moduleHash = value;
                            else
                                delete message.moduleHash;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.inputHash = value;
                            else
                                delete message.inputHash;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.outputHash = value;
                            else
                                delete message.outputHash;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.stderrHash = value;
                            else
                                delete message.stderrHash;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.exitCode = value;
                            else
                                delete message.exitCode;
                            continue;
                        }
                    case 8: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.status = value;
                            else
                                delete message.status;
                            continue;
                        }
                    case 9: {
                            if (wireType !== 2)
                                break;
                            message.resources = $root.ailee.v1.ResourceUsage.decode(reader, reader.size(), $undefined, _depth + 1, message.resources);
                            continue;
                        }
                    case 10: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.workerPeerId = value;
                            else
                                delete message.workerPeerId;
                            continue;
                        }
                    case 11: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.coordinatorPeerId = value;
                            else
                                delete message.coordinatorPeerId;
                            continue;
                        }
                    case 12: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.timestampMs = value;
                            else
                                delete message.timestampMs;
                            continue;
                        }
                    case 13: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.outputCid = value;
                            else
                                delete message.outputCid;
                            continue;
                        }
                    case 14: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.assignmentNonce = value;
                            else
                                delete message.assignmentNonce;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates an ExecutionReceipt message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof ailee.v1.ExecutionReceipt
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {ailee.v1.ExecutionReceipt} ExecutionReceipt
             */
            ExecutionReceipt.fromObject = function (object, _depth) {
                if (object instanceof $root.ailee.v1.ExecutionReceipt)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".ailee.v1.ExecutionReceipt: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.ailee.v1.ExecutionReceipt();
                if (object.taskId != null)
                    if (typeof object.taskId !== "string" || object.taskId.length)
                        message.taskId = $String(object.taskId);
                if (object.attempt != null)
                    if ($Number(object.attempt) !== 0)
                        message.attempt = object.attempt >>> 0;
                if (object.moduleHash != null)
                    if (object.moduleHash.length)
                        if (typeof object.moduleHash === "string")
                            $util.base64.decode(object.moduleHash, message.moduleHash = $util.newBuffer($util.base64.length(object.moduleHash)), 0);
                        else if (object.moduleHash.length >= 0)
                            message.moduleHash = object.moduleHash;
                if (object.inputHash != null)
                    if (object.inputHash.length)
                        if (typeof object.inputHash === "string")
                            $util.base64.decode(object.inputHash, message.inputHash = $util.newBuffer($util.base64.length(object.inputHash)), 0);
                        else if (object.inputHash.length >= 0)
                            message.inputHash = object.inputHash;
                if (object.outputHash != null)
                    if (object.outputHash.length)
                        if (typeof object.outputHash === "string")
                            $util.base64.decode(object.outputHash, message.outputHash = $util.newBuffer($util.base64.length(object.outputHash)), 0);
                        else if (object.outputHash.length >= 0)
                            message.outputHash = object.outputHash;
                if (object.stderrHash != null)
                    if (object.stderrHash.length)
                        if (typeof object.stderrHash === "string")
                            $util.base64.decode(object.stderrHash, message.stderrHash = $util.newBuffer($util.base64.length(object.stderrHash)), 0);
                        else if (object.stderrHash.length >= 0)
                            message.stderrHash = object.stderrHash;
                if (object.exitCode != null)
                    if ($Number(object.exitCode) !== 0)
                        message.exitCode = object.exitCode | 0;
                if (object.status !== 0 && (typeof object.status !== "string" || $root.ailee.v1.ExecutionStatus[object.status] !== 0))
                    switch (object.status) {
                    case "EXECUTION_STATUS_UNSPECIFIED":
                    case 0:
                        message.status = 0;
                        break;
                    case "EXECUTION_STATUS_EXITED":
                    case 1:
                        message.status = 1;
                        break;
                    case "EXECUTION_STATUS_TRAPPED":
                    case 2:
                        message.status = 2;
                        break;
                    case "EXECUTION_STATUS_TIMED_OUT":
                    case 3:
                        message.status = 3;
                        break;
                    case "EXECUTION_STATUS_MEMORY_EXCEEDED":
                    case 4:
                        message.status = 4;
                        break;
                    case "EXECUTION_STATUS_OUTPUT_EXCEEDED":
                    case 5:
                        message.status = 5;
                        break;
                    case "EXECUTION_STATUS_INVALID_MODULE":
                    case 6:
                        message.status = 6;
                        break;
                    default:
                        if (typeof object.status === "number" && (object.status | 0) === object.status)
                            message.status = object.status;
                    }
                if (object.resources != null) {
                    if (!$util.isObject(object.resources))
                        throw $TypeError(".ailee.v1.ExecutionReceipt.resources: object expected");
                    message.resources = $root.ailee.v1.ResourceUsage.fromObject(object.resources, _depth + 1);
                }
                if (object.workerPeerId != null)
                    if (typeof object.workerPeerId !== "string" || object.workerPeerId.length)
                        message.workerPeerId = $String(object.workerPeerId);
                if (object.coordinatorPeerId != null)
                    if (typeof object.coordinatorPeerId !== "string" || object.coordinatorPeerId.length)
                        message.coordinatorPeerId = $String(object.coordinatorPeerId);
                if (object.timestampMs != null)
                    if (typeof object.timestampMs === "object" ? object.timestampMs.low || object.timestampMs.high : $Number(object.timestampMs) !== 0)
                        if ($util.Long)
                            message.timestampMs = $util.Long.fromValue(object.timestampMs, true);
                        else if (typeof object.timestampMs === "string")
                            message.timestampMs = $parseInt(object.timestampMs, 10);
                        else if (typeof object.timestampMs === "number")
                            message.timestampMs = object.timestampMs;
                        else if (typeof object.timestampMs === "object")
                            message.timestampMs = new $util.LongBits(object.timestampMs.low >>> 0, object.timestampMs.high >>> 0).toNumber(true);
                if (object.outputCid != null)
                    if (typeof object.outputCid !== "string" || object.outputCid.length)
                        message.outputCid = $String(object.outputCid);
                if (object.assignmentNonce != null)
                    if (object.assignmentNonce.length)
                        if (typeof object.assignmentNonce === "string")
                            $util.base64.decode(object.assignmentNonce, message.assignmentNonce = $util.newBuffer($util.base64.length(object.assignmentNonce)), 0);
                        else if (object.assignmentNonce.length >= 0)
                            message.assignmentNonce = object.assignmentNonce;
                return message;
            };

            /**
             * Creates a plain object from an ExecutionReceipt message. Also converts values to other types if specified.
             * @function toObject
             * @memberof ailee.v1.ExecutionReceipt
             * @static
             * @param {ailee.v1.ExecutionReceipt} message ExecutionReceipt
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ExecutionReceipt.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.taskId = "";
                    object.attempt = 0;
                    if (options.bytes === $String)
                        object.moduleHash = "";
                    else {
                        object.moduleHash = [];
                        if (options.bytes !== $Array)
                            object.moduleHash = $util.newBuffer(object.moduleHash);
                    }
                    if (options.bytes === $String)
                        object.inputHash = "";
                    else {
                        object.inputHash = [];
                        if (options.bytes !== $Array)
                            object.inputHash = $util.newBuffer(object.inputHash);
                    }
                    if (options.bytes === $String)
                        object.outputHash = "";
                    else {
                        object.outputHash = [];
                        if (options.bytes !== $Array)
                            object.outputHash = $util.newBuffer(object.outputHash);
                    }
                    if (options.bytes === $String)
                        object.stderrHash = "";
                    else {
                        object.stderrHash = [];
                        if (options.bytes !== $Array)
                            object.stderrHash = $util.newBuffer(object.stderrHash);
                    }
                    object.exitCode = 0;
                    object.status = options.enums === $String ? "EXECUTION_STATUS_UNSPECIFIED" : 0;
                    object.resources = null;
                    object.workerPeerId = "";
                    object.coordinatorPeerId = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.timestampMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.timestampMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.outputCid = "";
                    if (options.bytes === $String)
                        object.assignmentNonce = "";
                    else {
                        object.assignmentNonce = [];
                        if (options.bytes !== $Array)
                            object.assignmentNonce = $util.newBuffer(object.assignmentNonce);
                    }
                }
                if (message.taskId != null && $Object.hasOwnProperty.call(message, "taskId"))
                    object.taskId = message.taskId;
                if (message.attempt != null && $Object.hasOwnProperty.call(message, "attempt"))
                    object.attempt = message.attempt;
                if (message.moduleHash != null && $Object.hasOwnProperty.call(message, "moduleHash"))
                    object.moduleHash = options.bytes === $String ? $util.base64.encode(message.moduleHash, 0, message.moduleHash.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.moduleHash) : message.moduleHash;
                if (message.inputHash != null && $Object.hasOwnProperty.call(message, "inputHash"))
                    object.inputHash = options.bytes === $String ? $util.base64.encode(message.inputHash, 0, message.inputHash.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.inputHash) : message.inputHash;
                if (message.outputHash != null && $Object.hasOwnProperty.call(message, "outputHash"))
                    object.outputHash = options.bytes === $String ? $util.base64.encode(message.outputHash, 0, message.outputHash.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.outputHash) : message.outputHash;
                if (message.stderrHash != null && $Object.hasOwnProperty.call(message, "stderrHash"))
                    object.stderrHash = options.bytes === $String ? $util.base64.encode(message.stderrHash, 0, message.stderrHash.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.stderrHash) : message.stderrHash;
                if (message.exitCode != null && $Object.hasOwnProperty.call(message, "exitCode"))
                    object.exitCode = message.exitCode;
                if (message.status != null && $Object.hasOwnProperty.call(message, "status"))
                    object.status = options.enums === $String ? $root.ailee.v1.ExecutionStatus[message.status] === $undefined ? message.status : $root.ailee.v1.ExecutionStatus[message.status] : message.status;
                if (message.resources != null && $Object.hasOwnProperty.call(message, "resources"))
                    object.resources = $root.ailee.v1.ResourceUsage.toObject(message.resources, options, _depth + 1);
                if (message.workerPeerId != null && $Object.hasOwnProperty.call(message, "workerPeerId"))
                    object.workerPeerId = message.workerPeerId;
                if (message.coordinatorPeerId != null && $Object.hasOwnProperty.call(message, "coordinatorPeerId"))
                    object.coordinatorPeerId = message.coordinatorPeerId;
                if (message.timestampMs != null && $Object.hasOwnProperty.call(message, "timestampMs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.timestampMs = typeof message.timestampMs === "number" ? $BigInt(message.timestampMs) : $util.Long.fromBits(message.timestampMs.low >>> 0, message.timestampMs.high >>> 0, true).toBigInt();
                    else if (typeof message.timestampMs === "number")
                        object.timestampMs = options.longs === $String ? $String(message.timestampMs) : message.timestampMs;
                    else
                        object.timestampMs = options.longs === $String ? $util.Long.prototype.toString.call(message.timestampMs) : options.longs === $Number ? new $util.LongBits(message.timestampMs.low >>> 0, message.timestampMs.high >>> 0).toNumber(true) : message.timestampMs;
                if (message.outputCid != null && $Object.hasOwnProperty.call(message, "outputCid"))
                    object.outputCid = message.outputCid;
                if (message.assignmentNonce != null && $Object.hasOwnProperty.call(message, "assignmentNonce"))
                    object.assignmentNonce = options.bytes === $String ? $util.base64.encode(message.assignmentNonce, 0, message.assignmentNonce.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.assignmentNonce) : message.assignmentNonce;
                return object;
            };

            /**
             * Converts this ExecutionReceipt to JSON.
             * @function toJSON
             * @memberof ailee.v1.ExecutionReceipt
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ExecutionReceipt.prototype.toJSON = function() {
                return ExecutionReceipt.toObject(this, $protobuf.util.toJSONOptions);
            };

            return ExecutionReceipt;
        })();

        v1.SignedReceipt = (function() {

            /**
             * Properties of a SignedReceipt.
             * @typedef {Object} ailee.v1.SignedReceipt.$Properties
             * @property {Uint8Array|null} [receipt] SignedReceipt receipt
             * @property {Uint8Array|null} [signature] SignedReceipt signature
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a SignedReceipt.
             * @memberof ailee.v1
             * @interface ISignedReceipt
             * @augments ailee.v1.SignedReceipt.$Properties
             * @deprecated Use ailee.v1.SignedReceipt.$Properties instead.
             */

            /**
             * Shape of a SignedReceipt.
             * @typedef {ailee.v1.SignedReceipt.$Properties} ailee.v1.SignedReceipt.$Shape
             */

            /**
             * Constructs a new SignedReceipt.
             * @memberof ailee.v1
             * @classdesc Represents a SignedReceipt.
             * @constructor
             * @param {ailee.v1.SignedReceipt.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const SignedReceipt = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * SignedReceipt receipt.
             * @member {Uint8Array} receipt
             * @memberof ailee.v1.SignedReceipt
             * @instance
             */
            SignedReceipt.prototype.receipt = $util.newBuffer([]);

            /**
             * SignedReceipt signature.
             * @member {Uint8Array} signature
             * @memberof ailee.v1.SignedReceipt
             * @instance
             */
            SignedReceipt.prototype.signature = $util.newBuffer([]);

            /**
             * Creates a new SignedReceipt instance using the specified properties.
             * @function create
             * @memberof ailee.v1.SignedReceipt
             * @static
             * @param {ailee.v1.SignedReceipt.$Properties=} [properties] Properties to set
             * @returns {ailee.v1.SignedReceipt} SignedReceipt instance
             * @type {{
             *   (properties: ailee.v1.SignedReceipt.$Shape): ailee.v1.SignedReceipt & ailee.v1.SignedReceipt.$Shape;
             *   (properties?: ailee.v1.SignedReceipt.$Properties): ailee.v1.SignedReceipt;
             * }}
             */
            SignedReceipt.create = function(properties) {
                return new SignedReceipt(properties);
            };

            /**
             * Encodes the specified SignedReceipt message. Does not implicitly {@link ailee.v1.SignedReceipt.verify|verify} messages.
             * @function encode
             * @memberof ailee.v1.SignedReceipt
             * @static
             * @param {ailee.v1.SignedReceipt.$Properties} message SignedReceipt message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SignedReceipt.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.receipt != null && $Object.hasOwnProperty.call(message, "receipt") && message.receipt.length)
                    writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.receipt);
                if (message.signature != null && $Object.hasOwnProperty.call(message, "signature") && message.signature.length)
                    writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.signature);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a SignedReceipt message from the specified reader or buffer.
             * @function decode
             * @memberof ailee.v1.SignedReceipt
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {ailee.v1.SignedReceipt & ailee.v1.SignedReceipt.$Shape} SignedReceipt
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SignedReceipt.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.ailee.v1.SignedReceipt();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.receipt = value;
                            else
                                delete message.receipt;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.signature = value;
                            else
                                delete message.signature;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates a SignedReceipt message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof ailee.v1.SignedReceipt
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {ailee.v1.SignedReceipt} SignedReceipt
             */
            SignedReceipt.fromObject = function (object, _depth) {
                if (object instanceof $root.ailee.v1.SignedReceipt)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".ailee.v1.SignedReceipt: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.ailee.v1.SignedReceipt();
                if (object.receipt != null)
                    if (object.receipt.length)
                        if (typeof object.receipt === "string")
                            $util.base64.decode(object.receipt, message.receipt = $util.newBuffer($util.base64.length(object.receipt)), 0);
                        else if (object.receipt.length >= 0)
                            message.receipt = object.receipt;
                if (object.signature != null)
                    if (object.signature.length)
                        if (typeof object.signature === "string")
                            $util.base64.decode(object.signature, message.signature = $util.newBuffer($util.base64.length(object.signature)), 0);
                        else if (object.signature.length >= 0)
                            message.signature = object.signature;
                return message;
            };

            /**
             * Creates a plain object from a SignedReceipt message. Also converts values to other types if specified.
             * @function toObject
             * @memberof ailee.v1.SignedReceipt
             * @static
             * @param {ailee.v1.SignedReceipt} message SignedReceipt
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            SignedReceipt.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    if (options.bytes === $String)
                        object.receipt = "";
                    else {
                        object.receipt = [];
                        if (options.bytes !== $Array)
                            object.receipt = $util.newBuffer(object.receipt);
                    }
                    if (options.bytes === $String)
                        object.signature = "";
                    else {
                        object.signature = [];
                        if (options.bytes !== $Array)
                            object.signature = $util.newBuffer(object.signature);
                    }
                }
                if (message.receipt != null && $Object.hasOwnProperty.call(message, "receipt"))
                    object.receipt = options.bytes === $String ? $util.base64.encode(message.receipt, 0, message.receipt.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.receipt) : message.receipt;
                if (message.signature != null && $Object.hasOwnProperty.call(message, "signature"))
                    object.signature = options.bytes === $String ? $util.base64.encode(message.signature, 0, message.signature.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.signature) : message.signature;
                return object;
            };

            /**
             * Converts this SignedReceipt to JSON.
             * @function toJSON
             * @memberof ailee.v1.SignedReceipt
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            SignedReceipt.prototype.toJSON = function() {
                return SignedReceipt.toObject(this, $protobuf.util.toJSONOptions);
            };

            return SignedReceipt;
        })();

        v1.TaskOffer = (function() {

            /**
             * Properties of a TaskOffer.
             * @typedef {Object} ailee.v1.TaskOffer.$Properties
             * @property {string|null} [taskId] TaskOffer taskId
             * @property {string|null} [coordinatorPeerId] TaskOffer coordinatorPeerId
             * @property {number|null} [attempt] TaskOffer attempt
             * @property {number|null} [memoryPages] TaskOffer memoryPages
             * @property {number|null} [executionMs] TaskOffer executionMs
             * @property {number|null} [maxPrice] TaskOffer maxPrice
             * @property {number|null} [bidDeadlineMs] TaskOffer bidDeadlineMs
             * @property {number|null} [moduleSizeBytes] TaskOffer moduleSizeBytes
             * @property {string|null} [moduleCid] TaskOffer moduleCid
             * @property {Array.<string>|null} [excludedWorkers] TaskOffer excludedWorkers
             * @property {number|null} [lateBidUntilMs] TaskOffer lateBidUntilMs
             * @property {Array.<string>|null} [invitedWorkers] TaskOffer invitedWorkers
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a TaskOffer.
             * @memberof ailee.v1
             * @interface ITaskOffer
             * @augments ailee.v1.TaskOffer.$Properties
             * @deprecated Use ailee.v1.TaskOffer.$Properties instead.
             */

            /**
             * Shape of a TaskOffer.
             * @typedef {ailee.v1.TaskOffer.$Properties} ailee.v1.TaskOffer.$Shape
             */

            /**
             * Constructs a new TaskOffer.
             * @memberof ailee.v1
             * @classdesc Represents a TaskOffer.
             * @constructor
             * @param {ailee.v1.TaskOffer.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const TaskOffer = function (properties) {
                this.excludedWorkers = [];
                this.invitedWorkers = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * TaskOffer taskId.
             * @member {string} taskId
             * @memberof ailee.v1.TaskOffer
             * @instance
             */
            TaskOffer.prototype.taskId = "";

            /**
             * TaskOffer coordinatorPeerId.
             * @member {string} coordinatorPeerId
             * @memberof ailee.v1.TaskOffer
             * @instance
             */
            TaskOffer.prototype.coordinatorPeerId = "";

            /**
             * TaskOffer attempt.
             * @member {number} attempt
             * @memberof ailee.v1.TaskOffer
             * @instance
             */
            TaskOffer.prototype.attempt = 0;

            /**
             * TaskOffer memoryPages.
             * @member {number} memoryPages
             * @memberof ailee.v1.TaskOffer
             * @instance
             */
            TaskOffer.prototype.memoryPages = 0;

            /**
             * TaskOffer executionMs.
             * @member {number} executionMs
             * @memberof ailee.v1.TaskOffer
             * @instance
             */
            TaskOffer.prototype.executionMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * TaskOffer maxPrice.
             * @member {number} maxPrice
             * @memberof ailee.v1.TaskOffer
             * @instance
             */
            TaskOffer.prototype.maxPrice = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * TaskOffer bidDeadlineMs.
             * @member {number} bidDeadlineMs
             * @memberof ailee.v1.TaskOffer
             * @instance
             */
            TaskOffer.prototype.bidDeadlineMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * TaskOffer moduleSizeBytes.
             * @member {number} moduleSizeBytes
             * @memberof ailee.v1.TaskOffer
             * @instance
             */
            TaskOffer.prototype.moduleSizeBytes = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * TaskOffer moduleCid.
             * @member {string} moduleCid
             * @memberof ailee.v1.TaskOffer
             * @instance
             */
            TaskOffer.prototype.moduleCid = "";

            /**
             * TaskOffer excludedWorkers.
             * @member {Array.<string>} excludedWorkers
             * @memberof ailee.v1.TaskOffer
             * @instance
             */
            TaskOffer.prototype.excludedWorkers = $util.emptyArray;

            /**
             * TaskOffer lateBidUntilMs.
             * @member {number} lateBidUntilMs
             * @memberof ailee.v1.TaskOffer
             * @instance
             */
            TaskOffer.prototype.lateBidUntilMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * TaskOffer invitedWorkers.
             * @member {Array.<string>} invitedWorkers
             * @memberof ailee.v1.TaskOffer
             * @instance
             */
            TaskOffer.prototype.invitedWorkers = $util.emptyArray;

            /**
             * Creates a new TaskOffer instance using the specified properties.
             * @function create
             * @memberof ailee.v1.TaskOffer
             * @static
             * @param {ailee.v1.TaskOffer.$Properties=} [properties] Properties to set
             * @returns {ailee.v1.TaskOffer} TaskOffer instance
             * @type {{
             *   (properties: ailee.v1.TaskOffer.$Shape): ailee.v1.TaskOffer & ailee.v1.TaskOffer.$Shape;
             *   (properties?: ailee.v1.TaskOffer.$Properties): ailee.v1.TaskOffer;
             * }}
             */
            TaskOffer.create = function(properties) {
                return new TaskOffer(properties);
            };

            /**
             * Encodes the specified TaskOffer message. Does not implicitly {@link ailee.v1.TaskOffer.verify|verify} messages.
             * @function encode
             * @memberof ailee.v1.TaskOffer
             * @static
             * @param {ailee.v1.TaskOffer.$Properties} message TaskOffer message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            TaskOffer.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.taskId != null && $Object.hasOwnProperty.call(message, "taskId") && message.taskId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.taskId);
                if (message.coordinatorPeerId != null && $Object.hasOwnProperty.call(message, "coordinatorPeerId") && message.coordinatorPeerId !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.coordinatorPeerId);
                if (message.attempt != null && $Object.hasOwnProperty.call(message, "attempt") && message.attempt !== 0)
                    writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.attempt);
                if (message.memoryPages != null && $Object.hasOwnProperty.call(message, "memoryPages") && message.memoryPages !== 0)
                    writer.uint32(/* id 4, wireType 0 =*/32).uint32(message.memoryPages);
                if (message.executionMs != null && $Object.hasOwnProperty.call(message, "executionMs") && (typeof message.executionMs === "object" ? message.executionMs.low || message.executionMs.high : message.executionMs !== 0))
                    writer.uint32(/* id 5, wireType 0 =*/40).uint64(message.executionMs);
                if (message.maxPrice != null && $Object.hasOwnProperty.call(message, "maxPrice") && (typeof message.maxPrice === "object" ? message.maxPrice.low || message.maxPrice.high : message.maxPrice !== 0))
                    writer.uint32(/* id 6, wireType 0 =*/48).uint64(message.maxPrice);
                if (message.bidDeadlineMs != null && $Object.hasOwnProperty.call(message, "bidDeadlineMs") && (typeof message.bidDeadlineMs === "object" ? message.bidDeadlineMs.low || message.bidDeadlineMs.high : message.bidDeadlineMs !== 0))
                    writer.uint32(/* id 7, wireType 0 =*/56).uint64(message.bidDeadlineMs);
                if (message.moduleSizeBytes != null && $Object.hasOwnProperty.call(message, "moduleSizeBytes") && (typeof message.moduleSizeBytes === "object" ? message.moduleSizeBytes.low || message.moduleSizeBytes.high : message.moduleSizeBytes !== 0))
                    writer.uint32(/* id 8, wireType 0 =*/64).uint64(message.moduleSizeBytes);
                if (message.moduleCid != null && $Object.hasOwnProperty.call(message, "moduleCid") && message.moduleCid !== "")
                    writer.uint32(/* id 9, wireType 2 =*/74).string(message.moduleCid);
                if (message.excludedWorkers != null && message.excludedWorkers.length)
                    for (let i = 0; i < message.excludedWorkers.length; ++i)
                        writer.uint32(/* id 10, wireType 2 =*/82).string(message.excludedWorkers[i]);
                if (message.lateBidUntilMs != null && $Object.hasOwnProperty.call(message, "lateBidUntilMs") && (typeof message.lateBidUntilMs === "object" ? message.lateBidUntilMs.low || message.lateBidUntilMs.high : message.lateBidUntilMs !== 0))
                    writer.uint32(/* id 70, wireType 0 =*/560).uint64(message.lateBidUntilMs);
                if (message.invitedWorkers != null && message.invitedWorkers.length)
                    for (let i = 0; i < message.invitedWorkers.length; ++i)
                        writer.uint32(/* id 71, wireType 2 =*/570).string(message.invitedWorkers[i]);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a TaskOffer message from the specified reader or buffer.
             * @function decode
             * @memberof ailee.v1.TaskOffer
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {ailee.v1.TaskOffer & ailee.v1.TaskOffer.$Shape} TaskOffer
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            TaskOffer.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.ailee.v1.TaskOffer();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.taskId = value;
                            else
                                delete message.taskId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.coordinatorPeerId = value;
                            else
                                delete message.coordinatorPeerId;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.attempt = value;
                            else
                                delete message.attempt;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.memoryPages = value;
                            else
                                delete message.memoryPages;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.executionMs = value;
                            else
                                delete message.executionMs;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.maxPrice = value;
                            else
                                delete message.maxPrice;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.bidDeadlineMs = value;
                            else
                                delete message.bidDeadlineMs;
                            continue;
                        }
                    case 8: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.moduleSizeBytes = value;
                            else
                                delete message.moduleSizeBytes;
                            continue;
                        }
                    case 9: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.moduleCid = value;
                            else
                                delete message.moduleCid;
                            continue;
                        }
                    case 10: {
                            if (wireType !== 2)
                                break;
                            if (!(message.excludedWorkers && message.excludedWorkers.length))
                                message.excludedWorkers = [];
                            message.excludedWorkers.push(reader.stringVerify());
                            continue;
                        }
                    case 70: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.lateBidUntilMs = value;
                            else
                                delete message.lateBidUntilMs;
                            continue;
                        }
                    case 71: {
                            if (wireType !== 2)
                                break;
                            if (!(message.invitedWorkers && message.invitedWorkers.length))
                                message.invitedWorkers = [];
                            message.invitedWorkers.push(reader.stringVerify());
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates a TaskOffer message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof ailee.v1.TaskOffer
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {ailee.v1.TaskOffer} TaskOffer
             */
            TaskOffer.fromObject = function (object, _depth) {
                if (object instanceof $root.ailee.v1.TaskOffer)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".ailee.v1.TaskOffer: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.ailee.v1.TaskOffer();
                if (object.taskId != null)
                    if (typeof object.taskId !== "string" || object.taskId.length)
                        message.taskId = $String(object.taskId);
                if (object.coordinatorPeerId != null)
                    if (typeof object.coordinatorPeerId !== "string" || object.coordinatorPeerId.length)
                        message.coordinatorPeerId = $String(object.coordinatorPeerId);
                if (object.attempt != null)
                    if ($Number(object.attempt) !== 0)
                        message.attempt = object.attempt >>> 0;
                if (object.memoryPages != null)
                    if ($Number(object.memoryPages) !== 0)
                        message.memoryPages = object.memoryPages >>> 0;
                if (object.executionMs != null)
                    if (typeof object.executionMs === "object" ? object.executionMs.low || object.executionMs.high : $Number(object.executionMs) !== 0)
                        if ($util.Long)
                            message.executionMs = $util.Long.fromValue(object.executionMs, true);
                        else if (typeof object.executionMs === "string")
                            message.executionMs = $parseInt(object.executionMs, 10);
                        else if (typeof object.executionMs === "number")
                            message.executionMs = object.executionMs;
                        else if (typeof object.executionMs === "object")
                            message.executionMs = new $util.LongBits(object.executionMs.low >>> 0, object.executionMs.high >>> 0).toNumber(true);
                if (object.maxPrice != null)
                    if (typeof object.maxPrice === "object" ? object.maxPrice.low || object.maxPrice.high : $Number(object.maxPrice) !== 0)
                        if ($util.Long)
                            message.maxPrice = $util.Long.fromValue(object.maxPrice, true);
                        else if (typeof object.maxPrice === "string")
                            message.maxPrice = $parseInt(object.maxPrice, 10);
                        else if (typeof object.maxPrice === "number")
                            message.maxPrice = object.maxPrice;
                        else if (typeof object.maxPrice === "object")
                            message.maxPrice = new $util.LongBits(object.maxPrice.low >>> 0, object.maxPrice.high >>> 0).toNumber(true);
                if (object.bidDeadlineMs != null)
                    if (typeof object.bidDeadlineMs === "object" ? object.bidDeadlineMs.low || object.bidDeadlineMs.high : $Number(object.bidDeadlineMs) !== 0)
                        if ($util.Long)
                            message.bidDeadlineMs = $util.Long.fromValue(object.bidDeadlineMs, true);
                        else if (typeof object.bidDeadlineMs === "string")
                            message.bidDeadlineMs = $parseInt(object.bidDeadlineMs, 10);
                        else if (typeof object.bidDeadlineMs === "number")
                            message.bidDeadlineMs = object.bidDeadlineMs;
                        else if (typeof object.bidDeadlineMs === "object")
                            message.bidDeadlineMs = new $util.LongBits(object.bidDeadlineMs.low >>> 0, object.bidDeadlineMs.high >>> 0).toNumber(true);
                if (object.moduleSizeBytes != null)
                    if (typeof object.moduleSizeBytes === "object" ? object.moduleSizeBytes.low || object.moduleSizeBytes.high : $Number(object.moduleSizeBytes) !== 0)
                        if ($util.Long)
                            message.moduleSizeBytes = $util.Long.fromValue(object.moduleSizeBytes, true);
                        else if (typeof object.moduleSizeBytes === "string")
                            message.moduleSizeBytes = $parseInt(object.moduleSizeBytes, 10);
                        else if (typeof object.moduleSizeBytes === "number")
                            message.moduleSizeBytes = object.moduleSizeBytes;
                        else if (typeof object.moduleSizeBytes === "object")
                            message.moduleSizeBytes = new $util.LongBits(object.moduleSizeBytes.low >>> 0, object.moduleSizeBytes.high >>> 0).toNumber(true);
                if (object.moduleCid != null)
                    if (typeof object.moduleCid !== "string" || object.moduleCid.length)
                        message.moduleCid = $String(object.moduleCid);
                if (object.excludedWorkers) {
                    if (!$Array.isArray(object.excludedWorkers))
                        throw $TypeError(".ailee.v1.TaskOffer.excludedWorkers: array expected");
                    message.excludedWorkers = $Array(object.excludedWorkers.length);
                    for (let i = 0; i < object.excludedWorkers.length; ++i)
                        message.excludedWorkers[i] = $String(object.excludedWorkers[i]);
                }
                if (object.lateBidUntilMs != null)
                    if (typeof object.lateBidUntilMs === "object" ? object.lateBidUntilMs.low || object.lateBidUntilMs.high : $Number(object.lateBidUntilMs) !== 0)
                        if ($util.Long)
                            message.lateBidUntilMs = $util.Long.fromValue(object.lateBidUntilMs, true);
                        else if (typeof object.lateBidUntilMs === "string")
                            message.lateBidUntilMs = $parseInt(object.lateBidUntilMs, 10);
                        else if (typeof object.lateBidUntilMs === "number")
                            message.lateBidUntilMs = object.lateBidUntilMs;
                        else if (typeof object.lateBidUntilMs === "object")
                            message.lateBidUntilMs = new $util.LongBits(object.lateBidUntilMs.low >>> 0, object.lateBidUntilMs.high >>> 0).toNumber(true);
                if (object.invitedWorkers) {
                    if (!$Array.isArray(object.invitedWorkers))
                        throw $TypeError(".ailee.v1.TaskOffer.invitedWorkers: array expected");
                    message.invitedWorkers = $Array(object.invitedWorkers.length);
                    for (let i = 0; i < object.invitedWorkers.length; ++i)
                        message.invitedWorkers[i] = $String(object.invitedWorkers[i]);
                }
                return message;
            };

            /**
             * Creates a plain object from a TaskOffer message. Also converts values to other types if specified.
             * @function toObject
             * @memberof ailee.v1.TaskOffer
             * @static
             * @param {ailee.v1.TaskOffer} message TaskOffer
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            TaskOffer.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults) {
                    object.excludedWorkers = [];
                    object.invitedWorkers = [];
                }
                if (options.defaults) {
                    object.taskId = "";
                    object.coordinatorPeerId = "";
                    object.attempt = 0;
                    object.memoryPages = 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.executionMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.executionMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.maxPrice = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.maxPrice = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.bidDeadlineMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.bidDeadlineMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.moduleSizeBytes = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.moduleSizeBytes = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.moduleCid = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.lateBidUntilMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.lateBidUntilMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (message.taskId != null && $Object.hasOwnProperty.call(message, "taskId"))
                    object.taskId = message.taskId;
                if (message.coordinatorPeerId != null && $Object.hasOwnProperty.call(message, "coordinatorPeerId"))
                    object.coordinatorPeerId = message.coordinatorPeerId;
                if (message.attempt != null && $Object.hasOwnProperty.call(message, "attempt"))
                    object.attempt = message.attempt;
                if (message.memoryPages != null && $Object.hasOwnProperty.call(message, "memoryPages"))
                    object.memoryPages = message.memoryPages;
                if (message.executionMs != null && $Object.hasOwnProperty.call(message, "executionMs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.executionMs = typeof message.executionMs === "number" ? $BigInt(message.executionMs) : $util.Long.fromBits(message.executionMs.low >>> 0, message.executionMs.high >>> 0, true).toBigInt();
                    else if (typeof message.executionMs === "number")
                        object.executionMs = options.longs === $String ? $String(message.executionMs) : message.executionMs;
                    else
                        object.executionMs = options.longs === $String ? $util.Long.prototype.toString.call(message.executionMs) : options.longs === $Number ? new $util.LongBits(message.executionMs.low >>> 0, message.executionMs.high >>> 0).toNumber(true) : message.executionMs;
                if (message.maxPrice != null && $Object.hasOwnProperty.call(message, "maxPrice"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.maxPrice = typeof message.maxPrice === "number" ? $BigInt(message.maxPrice) : $util.Long.fromBits(message.maxPrice.low >>> 0, message.maxPrice.high >>> 0, true).toBigInt();
                    else if (typeof message.maxPrice === "number")
                        object.maxPrice = options.longs === $String ? $String(message.maxPrice) : message.maxPrice;
                    else
                        object.maxPrice = options.longs === $String ? $util.Long.prototype.toString.call(message.maxPrice) : options.longs === $Number ? new $util.LongBits(message.maxPrice.low >>> 0, message.maxPrice.high >>> 0).toNumber(true) : message.maxPrice;
                if (message.bidDeadlineMs != null && $Object.hasOwnProperty.call(message, "bidDeadlineMs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.bidDeadlineMs = typeof message.bidDeadlineMs === "number" ? $BigInt(message.bidDeadlineMs) : $util.Long.fromBits(message.bidDeadlineMs.low >>> 0, message.bidDeadlineMs.high >>> 0, true).toBigInt();
                    else if (typeof message.bidDeadlineMs === "number")
                        object.bidDeadlineMs = options.longs === $String ? $String(message.bidDeadlineMs) : message.bidDeadlineMs;
                    else
                        object.bidDeadlineMs = options.longs === $String ? $util.Long.prototype.toString.call(message.bidDeadlineMs) : options.longs === $Number ? new $util.LongBits(message.bidDeadlineMs.low >>> 0, message.bidDeadlineMs.high >>> 0).toNumber(true) : message.bidDeadlineMs;
                if (message.moduleSizeBytes != null && $Object.hasOwnProperty.call(message, "moduleSizeBytes"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.moduleSizeBytes = typeof message.moduleSizeBytes === "number" ? $BigInt(message.moduleSizeBytes) : $util.Long.fromBits(message.moduleSizeBytes.low >>> 0, message.moduleSizeBytes.high >>> 0, true).toBigInt();
                    else if (typeof message.moduleSizeBytes === "number")
                        object.moduleSizeBytes = options.longs === $String ? $String(message.moduleSizeBytes) : message.moduleSizeBytes;
                    else
                        object.moduleSizeBytes = options.longs === $String ? $util.Long.prototype.toString.call(message.moduleSizeBytes) : options.longs === $Number ? new $util.LongBits(message.moduleSizeBytes.low >>> 0, message.moduleSizeBytes.high >>> 0).toNumber(true) : message.moduleSizeBytes;
                if (message.moduleCid != null && $Object.hasOwnProperty.call(message, "moduleCid"))
                    object.moduleCid = message.moduleCid;
                if (message.excludedWorkers && message.excludedWorkers.length) {
                    object.excludedWorkers = $Array(message.excludedWorkers.length);
                    for (let j = 0; j < message.excludedWorkers.length; ++j)
                        object.excludedWorkers[j] = message.excludedWorkers[j];
                }
                if (message.lateBidUntilMs != null && $Object.hasOwnProperty.call(message, "lateBidUntilMs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.lateBidUntilMs = typeof message.lateBidUntilMs === "number" ? $BigInt(message.lateBidUntilMs) : $util.Long.fromBits(message.lateBidUntilMs.low >>> 0, message.lateBidUntilMs.high >>> 0, true).toBigInt();
                    else if (typeof message.lateBidUntilMs === "number")
                        object.lateBidUntilMs = options.longs === $String ? $String(message.lateBidUntilMs) : message.lateBidUntilMs;
                    else
                        object.lateBidUntilMs = options.longs === $String ? $util.Long.prototype.toString.call(message.lateBidUntilMs) : options.longs === $Number ? new $util.LongBits(message.lateBidUntilMs.low >>> 0, message.lateBidUntilMs.high >>> 0).toNumber(true) : message.lateBidUntilMs;
                if (message.invitedWorkers && message.invitedWorkers.length) {
                    object.invitedWorkers = $Array(message.invitedWorkers.length);
                    for (let j = 0; j < message.invitedWorkers.length; ++j)
                        object.invitedWorkers[j] = message.invitedWorkers[j];
                }
                return object;
            };

            /**
             * Converts this TaskOffer to JSON.
             * @function toJSON
             * @memberof ailee.v1.TaskOffer
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            TaskOffer.prototype.toJSON = function() {
                return TaskOffer.toObject(this, $protobuf.util.toJSONOptions);
            };

            return TaskOffer;
        })();

        v1.TaskOfferBatch = (function() {

            /**
             * Properties of a TaskOfferBatch.
             * @typedef {Object} ailee.v1.TaskOfferBatch.$Properties
             * @property {string|null} [coordinatorPeerId] TaskOfferBatch coordinatorPeerId
             * @property {Array.<ailee.v1.TaskOffer.$Properties>|null} [offers] TaskOfferBatch offers
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a TaskOfferBatch.
             * @memberof ailee.v1
             * @interface ITaskOfferBatch
             * @augments ailee.v1.TaskOfferBatch.$Properties
             * @deprecated Use ailee.v1.TaskOfferBatch.$Properties instead.
             */

            /**
             * Shape of a TaskOfferBatch.
             * @typedef {ailee.v1.TaskOfferBatch.$Properties} ailee.v1.TaskOfferBatch.$Shape
             */

            /**
             * Constructs a new TaskOfferBatch.
             * @memberof ailee.v1
             * @classdesc Represents a TaskOfferBatch.
             * @constructor
             * @param {ailee.v1.TaskOfferBatch.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const TaskOfferBatch = function (properties) {
                this.offers = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * TaskOfferBatch coordinatorPeerId.
             * @member {string} coordinatorPeerId
             * @memberof ailee.v1.TaskOfferBatch
             * @instance
             */
            TaskOfferBatch.prototype.coordinatorPeerId = "";

            /**
             * TaskOfferBatch offers.
             * @member {Array.<ailee.v1.TaskOffer.$Properties>} offers
             * @memberof ailee.v1.TaskOfferBatch
             * @instance
             */
            TaskOfferBatch.prototype.offers = $util.emptyArray;

            /**
             * Creates a new TaskOfferBatch instance using the specified properties.
             * @function create
             * @memberof ailee.v1.TaskOfferBatch
             * @static
             * @param {ailee.v1.TaskOfferBatch.$Properties=} [properties] Properties to set
             * @returns {ailee.v1.TaskOfferBatch} TaskOfferBatch instance
             * @type {{
             *   (properties: ailee.v1.TaskOfferBatch.$Shape): ailee.v1.TaskOfferBatch & ailee.v1.TaskOfferBatch.$Shape;
             *   (properties?: ailee.v1.TaskOfferBatch.$Properties): ailee.v1.TaskOfferBatch;
             * }}
             */
            TaskOfferBatch.create = function(properties) {
                return new TaskOfferBatch(properties);
            };

            /**
             * Encodes the specified TaskOfferBatch message. Does not implicitly {@link ailee.v1.TaskOfferBatch.verify|verify} messages.
             * @function encode
             * @memberof ailee.v1.TaskOfferBatch
             * @static
             * @param {ailee.v1.TaskOfferBatch.$Properties} message TaskOfferBatch message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            TaskOfferBatch.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.coordinatorPeerId != null && $Object.hasOwnProperty.call(message, "coordinatorPeerId") && message.coordinatorPeerId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.coordinatorPeerId);
                if (message.offers != null && message.offers.length)
                    for (let i = 0; i < message.offers.length; ++i)
                        $root.ailee.v1.TaskOffer.encode(message.offers[i], writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a TaskOfferBatch message from the specified reader or buffer.
             * @function decode
             * @memberof ailee.v1.TaskOfferBatch
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {ailee.v1.TaskOfferBatch & ailee.v1.TaskOfferBatch.$Shape} TaskOfferBatch
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            TaskOfferBatch.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.ailee.v1.TaskOfferBatch();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.coordinatorPeerId = value;
                            else
                                delete message.coordinatorPeerId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if (!(message.offers && message.offers.length))
                                message.offers = [];
                            message.offers.push($root.ailee.v1.TaskOffer.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates a TaskOfferBatch message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof ailee.v1.TaskOfferBatch
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {ailee.v1.TaskOfferBatch} TaskOfferBatch
             */
            TaskOfferBatch.fromObject = function (object, _depth) {
                if (object instanceof $root.ailee.v1.TaskOfferBatch)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".ailee.v1.TaskOfferBatch: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.ailee.v1.TaskOfferBatch();
                if (object.coordinatorPeerId != null)
                    if (typeof object.coordinatorPeerId !== "string" || object.coordinatorPeerId.length)
                        message.coordinatorPeerId = $String(object.coordinatorPeerId);
                if (object.offers) {
                    if (!$Array.isArray(object.offers))
                        throw $TypeError(".ailee.v1.TaskOfferBatch.offers: array expected");
                    message.offers = $Array(object.offers.length);
                    for (let i = 0; i < object.offers.length; ++i) {
                        if (!$util.isObject(object.offers[i]))
                            throw $TypeError(".ailee.v1.TaskOfferBatch.offers: object expected");
                        message.offers[i] = $root.ailee.v1.TaskOffer.fromObject(object.offers[i], _depth + 1);
                    }
                }
                return message;
            };

            /**
             * Creates a plain object from a TaskOfferBatch message. Also converts values to other types if specified.
             * @function toObject
             * @memberof ailee.v1.TaskOfferBatch
             * @static
             * @param {ailee.v1.TaskOfferBatch} message TaskOfferBatch
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            TaskOfferBatch.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.offers = [];
                if (options.defaults)
                    object.coordinatorPeerId = "";
                if (message.coordinatorPeerId != null && $Object.hasOwnProperty.call(message, "coordinatorPeerId"))
                    object.coordinatorPeerId = message.coordinatorPeerId;
                if (message.offers && message.offers.length) {
                    object.offers = $Array(message.offers.length);
                    for (let j = 0; j < message.offers.length; ++j)
                        object.offers[j] = $root.ailee.v1.TaskOffer.toObject(message.offers[j], options, _depth + 1);
                }
                return object;
            };

            /**
             * Converts this TaskOfferBatch to JSON.
             * @function toJSON
             * @memberof ailee.v1.TaskOfferBatch
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            TaskOfferBatch.prototype.toJSON = function() {
                return TaskOfferBatch.toObject(this, $protobuf.util.toJSONOptions);
            };

            return TaskOfferBatch;
        })();

        v1.Telemetry = (function() {

            /**
             * Properties of a Telemetry.
             * @typedef {Object} ailee.v1.Telemetry.$Properties
             * @property {string|null} [peerId] Telemetry peerId
             * @property {number|null} [timestampMs] Telemetry timestampMs
             * @property {number|null} [seq] Telemetry seq
             * @property {number|null} [cpuLoad] Telemetry cpuLoad
             * @property {number|null} [memoryUsedBytes] Telemetry memoryUsedBytes
             * @property {number|null} [memoryTotalBytes] Telemetry memoryTotalBytes
             * @property {number|null} [runningTasks] Telemetry runningTasks
             * @property {number|null} [capacitySlots] Telemetry capacitySlots
             * @property {number|null} [maxMemoryPages] Telemetry maxMemoryPages
             * @property {number|null} [price] Telemetry price
             * @property {string|null} [version] Telemetry version
             * @property {boolean|null} [draining] Telemetry draining
             * @property {number|null} [uptimeMs] Telemetry uptimeMs
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Telemetry.
             * @memberof ailee.v1
             * @interface ITelemetry
             * @augments ailee.v1.Telemetry.$Properties
             * @deprecated Use ailee.v1.Telemetry.$Properties instead.
             */

            /**
             * Shape of a Telemetry.
             * @typedef {ailee.v1.Telemetry.$Properties} ailee.v1.Telemetry.$Shape
             */

            /**
             * Constructs a new Telemetry.
             * @memberof ailee.v1
             * @classdesc Represents a Telemetry.
             * @constructor
             * @param {ailee.v1.Telemetry.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Telemetry = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Telemetry peerId.
             * @member {string} peerId
             * @memberof ailee.v1.Telemetry
             * @instance
             */
            Telemetry.prototype.peerId = "";

            /**
             * Telemetry timestampMs.
             * @member {number} timestampMs
             * @memberof ailee.v1.Telemetry
             * @instance
             */
            Telemetry.prototype.timestampMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Telemetry seq.
             * @member {number} seq
             * @memberof ailee.v1.Telemetry
             * @instance
             */
            Telemetry.prototype.seq = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Telemetry cpuLoad.
             * @member {number} cpuLoad
             * @memberof ailee.v1.Telemetry
             * @instance
             */
            Telemetry.prototype.cpuLoad = 0;

            /**
             * Telemetry memoryUsedBytes.
             * @member {number} memoryUsedBytes
             * @memberof ailee.v1.Telemetry
             * @instance
             */
            Telemetry.prototype.memoryUsedBytes = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Telemetry memoryTotalBytes.
             * @member {number} memoryTotalBytes
             * @memberof ailee.v1.Telemetry
             * @instance
             */
            Telemetry.prototype.memoryTotalBytes = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Telemetry runningTasks.
             * @member {number} runningTasks
             * @memberof ailee.v1.Telemetry
             * @instance
             */
            Telemetry.prototype.runningTasks = 0;

            /**
             * Telemetry capacitySlots.
             * @member {number} capacitySlots
             * @memberof ailee.v1.Telemetry
             * @instance
             */
            Telemetry.prototype.capacitySlots = 0;

            /**
             * Telemetry maxMemoryPages.
             * @member {number} maxMemoryPages
             * @memberof ailee.v1.Telemetry
             * @instance
             */
            Telemetry.prototype.maxMemoryPages = 0;

            /**
             * Telemetry price.
             * @member {number} price
             * @memberof ailee.v1.Telemetry
             * @instance
             */
            Telemetry.prototype.price = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Telemetry version.
             * @member {string} version
             * @memberof ailee.v1.Telemetry
             * @instance
             */
            Telemetry.prototype.version = "";

            /**
             * Telemetry draining.
             * @member {boolean} draining
             * @memberof ailee.v1.Telemetry
             * @instance
             */
            Telemetry.prototype.draining = false;

            /**
             * Telemetry uptimeMs.
             * @member {number} uptimeMs
             * @memberof ailee.v1.Telemetry
             * @instance
             */
            Telemetry.prototype.uptimeMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Creates a new Telemetry instance using the specified properties.
             * @function create
             * @memberof ailee.v1.Telemetry
             * @static
             * @param {ailee.v1.Telemetry.$Properties=} [properties] Properties to set
             * @returns {ailee.v1.Telemetry} Telemetry instance
             * @type {{
             *   (properties: ailee.v1.Telemetry.$Shape): ailee.v1.Telemetry & ailee.v1.Telemetry.$Shape;
             *   (properties?: ailee.v1.Telemetry.$Properties): ailee.v1.Telemetry;
             * }}
             */
            Telemetry.create = function(properties) {
                return new Telemetry(properties);
            };

            /**
             * Encodes the specified Telemetry message. Does not implicitly {@link ailee.v1.Telemetry.verify|verify} messages.
             * @function encode
             * @memberof ailee.v1.Telemetry
             * @static
             * @param {ailee.v1.Telemetry.$Properties} message Telemetry message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Telemetry.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.peerId != null && $Object.hasOwnProperty.call(message, "peerId") && message.peerId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.peerId);
                if (message.timestampMs != null && $Object.hasOwnProperty.call(message, "timestampMs") && (typeof message.timestampMs === "object" ? message.timestampMs.low || message.timestampMs.high : message.timestampMs !== 0))
                    writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.timestampMs);
                if (message.seq != null && $Object.hasOwnProperty.call(message, "seq") && (typeof message.seq === "object" ? message.seq.low || message.seq.high : message.seq !== 0))
                    writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.seq);
                if (message.cpuLoad != null && $Object.hasOwnProperty.call(message, "cpuLoad") && !$Object.is(message.cpuLoad, 0))
                    writer.uint32(/* id 4, wireType 1 =*/33).double(message.cpuLoad);
                if (message.memoryUsedBytes != null && $Object.hasOwnProperty.call(message, "memoryUsedBytes") && (typeof message.memoryUsedBytes === "object" ? message.memoryUsedBytes.low || message.memoryUsedBytes.high : message.memoryUsedBytes !== 0))
                    writer.uint32(/* id 5, wireType 0 =*/40).uint64(message.memoryUsedBytes);
                if (message.memoryTotalBytes != null && $Object.hasOwnProperty.call(message, "memoryTotalBytes") && (typeof message.memoryTotalBytes === "object" ? message.memoryTotalBytes.low || message.memoryTotalBytes.high : message.memoryTotalBytes !== 0))
                    writer.uint32(/* id 6, wireType 0 =*/48).uint64(message.memoryTotalBytes);
                if (message.runningTasks != null && $Object.hasOwnProperty.call(message, "runningTasks") && message.runningTasks !== 0)
                    writer.uint32(/* id 7, wireType 0 =*/56).uint32(message.runningTasks);
                if (message.capacitySlots != null && $Object.hasOwnProperty.call(message, "capacitySlots") && message.capacitySlots !== 0)
                    writer.uint32(/* id 8, wireType 0 =*/64).uint32(message.capacitySlots);
                if (message.maxMemoryPages != null && $Object.hasOwnProperty.call(message, "maxMemoryPages") && message.maxMemoryPages !== 0)
                    writer.uint32(/* id 9, wireType 0 =*/72).uint32(message.maxMemoryPages);
                if (message.price != null && $Object.hasOwnProperty.call(message, "price") && (typeof message.price === "object" ? message.price.low || message.price.high : message.price !== 0))
                    writer.uint32(/* id 10, wireType 0 =*/80).uint64(message.price);
                if (message.version != null && $Object.hasOwnProperty.call(message, "version") && message.version !== "")
                    writer.uint32(/* id 11, wireType 2 =*/90).string(message.version);
                if (message.draining != null && $Object.hasOwnProperty.call(message, "draining") && message.draining !== false)
                    writer.uint32(/* id 12, wireType 0 =*/96).bool(message.draining);
                if (message.uptimeMs != null && $Object.hasOwnProperty.call(message, "uptimeMs") && (typeof message.uptimeMs === "object" ? message.uptimeMs.low || message.uptimeMs.high : message.uptimeMs !== 0))
                    writer.uint32(/* id 13, wireType 0 =*/104).uint64(message.uptimeMs);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Telemetry message from the specified reader or buffer.
             * @function decode
             * @memberof ailee.v1.Telemetry
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {ailee.v1.Telemetry & ailee.v1.Telemetry.$Shape} Telemetry
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Telemetry.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.ailee.v1.Telemetry();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.peerId = value;
                            else
                                delete message.peerId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.timestampMs = value;
                            else
                                delete message.timestampMs;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.seq = value;
                            else
                                delete message.seq;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.cpuLoad = value;
                            else
                                delete message.cpuLoad;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.memoryUsedBytes = value;
                            else
                                delete message.memoryUsedBytes;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.memoryTotalBytes = value;
                            else
                                delete message.memoryTotalBytes;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.runningTasks = value;
                            else
                                delete message.runningTasks;
                            continue;
                        }
                    case 8: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.capacitySlots = value;
                            else
                                delete message.capacitySlots;
                            continue;
                        }
                    case 9: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.maxMemoryPages = value;
                            else
                                delete message.maxMemoryPages;
                            continue;
                        }
                    case 10: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.price = value;
                            else
                                delete message.price;
                            continue;
                        }
                    case 11: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.version = value;
                            else
                                delete message.version;
                            continue;
                        }
                    case 12: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.draining = value;
                            else
                                delete message.draining;
                            continue;
                        }
                    case 13: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.uptimeMs = value;
                            else
                                delete message.uptimeMs;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates a Telemetry message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof ailee.v1.Telemetry
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {ailee.v1.Telemetry} Telemetry
             */
            Telemetry.fromObject = function (object, _depth) {
                if (object instanceof $root.ailee.v1.Telemetry)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".ailee.v1.Telemetry: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.ailee.v1.Telemetry();
                if (object.peerId != null)
                    if (typeof object.peerId !== "string" || object.peerId.length)
                        message.peerId = $String(object.peerId);
                if (object.timestampMs != null)
                    if (typeof object.timestampMs === "object" ? object.timestampMs.low || object.timestampMs.high : $Number(object.timestampMs) !== 0)
                        if ($util.Long)
                            message.timestampMs = $util.Long.fromValue(object.timestampMs, true);
                        else if (typeof object.timestampMs === "string")
                            message.timestampMs = $parseInt(object.timestampMs, 10);
                        else if (typeof object.timestampMs === "number")
                            message.timestampMs = object.timestampMs;
                        else if (typeof object.timestampMs === "object")
                            message.timestampMs = new $util.LongBits(object.timestampMs.low >>> 0, object.timestampMs.high >>> 0).toNumber(true);
                if (object.seq != null)
                    if (typeof object.seq === "object" ? object.seq.low || object.seq.high : $Number(object.seq) !== 0)
                        if ($util.Long)
                            message.seq = $util.Long.fromValue(object.seq, true);
                        else if (typeof object.seq === "string")
                            message.seq = $parseInt(object.seq, 10);
                        else if (typeof object.seq === "number")
                            message.seq = object.seq;
                        else if (typeof object.seq === "object")
                            message.seq = new $util.LongBits(object.seq.low >>> 0, object.seq.high >>> 0).toNumber(true);
                if (object.cpuLoad != null)
                    if (!$Object.is($Number(object.cpuLoad), 0))
                        message.cpuLoad = $Number(object.cpuLoad);
                if (object.memoryUsedBytes != null)
                    if (typeof object.memoryUsedBytes === "object" ? object.memoryUsedBytes.low || object.memoryUsedBytes.high : $Number(object.memoryUsedBytes) !== 0)
                        if ($util.Long)
                            message.memoryUsedBytes = $util.Long.fromValue(object.memoryUsedBytes, true);
                        else if (typeof object.memoryUsedBytes === "string")
                            message.memoryUsedBytes = $parseInt(object.memoryUsedBytes, 10);
                        else if (typeof object.memoryUsedBytes === "number")
                            message.memoryUsedBytes = object.memoryUsedBytes;
                        else if (typeof object.memoryUsedBytes === "object")
                            message.memoryUsedBytes = new $util.LongBits(object.memoryUsedBytes.low >>> 0, object.memoryUsedBytes.high >>> 0).toNumber(true);
                if (object.memoryTotalBytes != null)
                    if (typeof object.memoryTotalBytes === "object" ? object.memoryTotalBytes.low || object.memoryTotalBytes.high : $Number(object.memoryTotalBytes) !== 0)
                        if ($util.Long)
                            message.memoryTotalBytes = $util.Long.fromValue(object.memoryTotalBytes, true);
                        else if (typeof object.memoryTotalBytes === "string")
                            message.memoryTotalBytes = $parseInt(object.memoryTotalBytes, 10);
                        else if (typeof object.memoryTotalBytes === "number")
                            message.memoryTotalBytes = object.memoryTotalBytes;
                        else if (typeof object.memoryTotalBytes === "object")
                            message.memoryTotalBytes = new $util.LongBits(object.memoryTotalBytes.low >>> 0, object.memoryTotalBytes.high >>> 0).toNumber(true);
                if (object.runningTasks != null)
                    if ($Number(object.runningTasks) !== 0)
                        message.runningTasks = object.runningTasks >>> 0;
                if (object.capacitySlots != null)
                    if ($Number(object.capacitySlots) !== 0)
                        message.capacitySlots = object.capacitySlots >>> 0;
                if (object.maxMemoryPages != null)
                    if ($Number(object.maxMemoryPages) !== 0)
                        message.maxMemoryPages = object.maxMemoryPages >>> 0;
                if (object.price != null)
                    if (typeof object.price === "object" ? object.price.low || object.price.high : $Number(object.price) !== 0)
                        if ($util.Long)
                            message.price = $util.Long.fromValue(object.price, true);
                        else if (typeof object.price === "string")
                            message.price = $parseInt(object.price, 10);
                        else if (typeof object.price === "number")
                            message.price = object.price;
                        else if (typeof object.price === "object")
                            message.price = new $util.LongBits(object.price.low >>> 0, object.price.high >>> 0).toNumber(true);
                if (object.version != null)
                    if (typeof object.version !== "string" || object.version.length)
                        message.version = $String(object.version);
                if (object.draining != null)
                    if (object.draining)
                        message.draining = $Boolean(object.draining);
                if (object.uptimeMs != null)
                    if (typeof object.uptimeMs === "object" ? object.uptimeMs.low || object.uptimeMs.high : $Number(object.uptimeMs) !== 0)
                        if ($util.Long)
                            message.uptimeMs = $util.Long.fromValue(object.uptimeMs, true);
                        else if (typeof object.uptimeMs === "string")
                            message.uptimeMs = $parseInt(object.uptimeMs, 10);
                        else if (typeof object.uptimeMs === "number")
                            message.uptimeMs = object.uptimeMs;
                        else if (typeof object.uptimeMs === "object")
                            message.uptimeMs = new $util.LongBits(object.uptimeMs.low >>> 0, object.uptimeMs.high >>> 0).toNumber(true);
                return message;
            };

            /**
             * Creates a plain object from a Telemetry message. Also converts values to other types if specified.
             * @function toObject
             * @memberof ailee.v1.Telemetry
             * @static
             * @param {ailee.v1.Telemetry} message Telemetry
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Telemetry.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.peerId = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.timestampMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.timestampMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.seq = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.seq = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.cpuLoad = 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.memoryUsedBytes = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.memoryUsedBytes = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.memoryTotalBytes = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.memoryTotalBytes = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.runningTasks = 0;
                    object.capacitySlots = 0;
                    object.maxMemoryPages = 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.price = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.price = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.version = "";
                    object.draining = false;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.uptimeMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.uptimeMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (message.peerId != null && $Object.hasOwnProperty.call(message, "peerId"))
                    object.peerId = message.peerId;
                if (message.timestampMs != null && $Object.hasOwnProperty.call(message, "timestampMs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.timestampMs = typeof message.timestampMs === "number" ? $BigInt(message.timestampMs) : $util.Long.fromBits(message.timestampMs.low >>> 0, message.timestampMs.high >>> 0, true).toBigInt();
                    else if (typeof message.timestampMs === "number")
                        object.timestampMs = options.longs === $String ? $String(message.timestampMs) : message.timestampMs;
                    else
                        object.timestampMs = options.longs === $String ? $util.Long.prototype.toString.call(message.timestampMs) : options.longs === $Number ? new $util.LongBits(message.timestampMs.low >>> 0, message.timestampMs.high >>> 0).toNumber(true) : message.timestampMs;
                if (message.seq != null && $Object.hasOwnProperty.call(message, "seq"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.seq = typeof message.seq === "number" ? $BigInt(message.seq) : $util.Long.fromBits(message.seq.low >>> 0, message.seq.high >>> 0, true).toBigInt();
                    else if (typeof message.seq === "number")
                        object.seq = options.longs === $String ? $String(message.seq) : message.seq;
                    else
                        object.seq = options.longs === $String ? $util.Long.prototype.toString.call(message.seq) : options.longs === $Number ? new $util.LongBits(message.seq.low >>> 0, message.seq.high >>> 0).toNumber(true) : message.seq;
                if (message.cpuLoad != null && $Object.hasOwnProperty.call(message, "cpuLoad"))
                    object.cpuLoad = options.json && !$isFinite(message.cpuLoad) ? $String(message.cpuLoad) : message.cpuLoad;
                if (message.memoryUsedBytes != null && $Object.hasOwnProperty.call(message, "memoryUsedBytes"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.memoryUsedBytes = typeof message.memoryUsedBytes === "number" ? $BigInt(message.memoryUsedBytes) : $util.Long.fromBits(message.memoryUsedBytes.low >>> 0, message.memoryUsedBytes.high >>> 0, true).toBigInt();
                    else if (typeof message.memoryUsedBytes === "number")
                        object.memoryUsedBytes = options.longs === $String ? $String(message.memoryUsedBytes) : message.memoryUsedBytes;
                    else
                        object.memoryUsedBytes = options.longs === $String ? $util.Long.prototype.toString.call(message.memoryUsedBytes) : options.longs === $Number ? new $util.LongBits(message.memoryUsedBytes.low >>> 0, message.memoryUsedBytes.high >>> 0).toNumber(true) : message.memoryUsedBytes;
                if (message.memoryTotalBytes != null && $Object.hasOwnProperty.call(message, "memoryTotalBytes"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.memoryTotalBytes = typeof message.memoryTotalBytes === "number" ? $BigInt(message.memoryTotalBytes) : $util.Long.fromBits(message.memoryTotalBytes.low >>> 0, message.memoryTotalBytes.high >>> 0, true).toBigInt();
                    else if (typeof message.memoryTotalBytes === "number")
                        object.memoryTotalBytes = options.longs === $String ? $String(message.memoryTotalBytes) : message.memoryTotalBytes;
                    else
                        object.memoryTotalBytes = options.longs === $String ? $util.Long.prototype.toString.call(message.memoryTotalBytes) : options.longs === $Number ? new $util.LongBits(message.memoryTotalBytes.low >>> 0, message.memoryTotalBytes.high >>> 0).toNumber(true) : message.memoryTotalBytes;
                if (message.runningTasks != null && $Object.hasOwnProperty.call(message, "runningTasks"))
                    object.runningTasks = message.runningTasks;
                if (message.capacitySlots != null && $Object.hasOwnProperty.call(message, "capacitySlots"))
                    object.capacitySlots = message.capacitySlots;
                if (message.maxMemoryPages != null && $Object.hasOwnProperty.call(message, "maxMemoryPages"))
                    object.maxMemoryPages = message.maxMemoryPages;
                if (message.price != null && $Object.hasOwnProperty.call(message, "price"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.price = typeof message.price === "number" ? $BigInt(message.price) : $util.Long.fromBits(message.price.low >>> 0, message.price.high >>> 0, true).toBigInt();
                    else if (typeof message.price === "number")
                        object.price = options.longs === $String ? $String(message.price) : message.price;
                    else
                        object.price = options.longs === $String ? $util.Long.prototype.toString.call(message.price) : options.longs === $Number ? new $util.LongBits(message.price.low >>> 0, message.price.high >>> 0).toNumber(true) : message.price;
                if (message.version != null && $Object.hasOwnProperty.call(message, "version"))
                    object.version = message.version;
                if (message.draining != null && $Object.hasOwnProperty.call(message, "draining"))
                    object.draining = message.draining;
                if (message.uptimeMs != null && $Object.hasOwnProperty.call(message, "uptimeMs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.uptimeMs = typeof message.uptimeMs === "number" ? $BigInt(message.uptimeMs) : $util.Long.fromBits(message.uptimeMs.low >>> 0, message.uptimeMs.high >>> 0, true).toBigInt();
                    else if (typeof message.uptimeMs === "number")
                        object.uptimeMs = options.longs === $String ? $String(message.uptimeMs) : message.uptimeMs;
                    else
                        object.uptimeMs = options.longs === $String ? $util.Long.prototype.toString.call(message.uptimeMs) : options.longs === $Number ? new $util.LongBits(message.uptimeMs.low >>> 0, message.uptimeMs.high >>> 0).toNumber(true) : message.uptimeMs;
                return object;
            };

            /**
             * Converts this Telemetry to JSON.
             * @function toJSON
             * @memberof ailee.v1.Telemetry
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Telemetry.prototype.toJSON = function() {
                return Telemetry.toObject(this, $protobuf.util.toJSONOptions);
            };

            return Telemetry;
        })();

        v1.SignedTransfer = (function() {

            /**
             * Properties of a SignedTransfer.
             * @typedef {Object} ailee.v1.SignedTransfer.$Properties
             * @property {ailee.v1.Transfer.$Properties|null} [transfer] SignedTransfer transfer
             * @property {string|null} [coordinatorPeerId] SignedTransfer coordinatorPeerId
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a SignedTransfer.
             * @memberof ailee.v1
             * @interface ISignedTransfer
             * @augments ailee.v1.SignedTransfer.$Properties
             * @deprecated Use ailee.v1.SignedTransfer.$Properties instead.
             */

            /**
             * Shape of a SignedTransfer.
             * @typedef {ailee.v1.SignedTransfer.$Properties} ailee.v1.SignedTransfer.$Shape
             */

            /**
             * Constructs a new SignedTransfer.
             * @memberof ailee.v1
             * @classdesc Represents a SignedTransfer.
             * @constructor
             * @param {ailee.v1.SignedTransfer.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const SignedTransfer = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * SignedTransfer transfer.
             * @member {ailee.v1.Transfer.$Properties|null|undefined} transfer
             * @memberof ailee.v1.SignedTransfer
             * @instance
             */
            SignedTransfer.prototype.transfer = null;

            /**
             * SignedTransfer coordinatorPeerId.
             * @member {string} coordinatorPeerId
             * @memberof ailee.v1.SignedTransfer
             * @instance
             */
            SignedTransfer.prototype.coordinatorPeerId = "";

            /**
             * Creates a new SignedTransfer instance using the specified properties.
             * @function create
             * @memberof ailee.v1.SignedTransfer
             * @static
             * @param {ailee.v1.SignedTransfer.$Properties=} [properties] Properties to set
             * @returns {ailee.v1.SignedTransfer} SignedTransfer instance
             * @type {{
             *   (properties: ailee.v1.SignedTransfer.$Shape): ailee.v1.SignedTransfer & ailee.v1.SignedTransfer.$Shape;
             *   (properties?: ailee.v1.SignedTransfer.$Properties): ailee.v1.SignedTransfer;
             * }}
             */
            SignedTransfer.create = function(properties) {
                return new SignedTransfer(properties);
            };

            /**
             * Encodes the specified SignedTransfer message. Does not implicitly {@link ailee.v1.SignedTransfer.verify|verify} messages.
             * @function encode
             * @memberof ailee.v1.SignedTransfer
             * @static
             * @param {ailee.v1.SignedTransfer.$Properties} message SignedTransfer message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SignedTransfer.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.transfer != null && $Object.hasOwnProperty.call(message, "transfer"))
                    $root.ailee.v1.Transfer.encode(message.transfer, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.coordinatorPeerId != null && $Object.hasOwnProperty.call(message, "coordinatorPeerId") && message.coordinatorPeerId !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.coordinatorPeerId);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a SignedTransfer message from the specified reader or buffer.
             * @function decode
             * @memberof ailee.v1.SignedTransfer
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {ailee.v1.SignedTransfer & ailee.v1.SignedTransfer.$Shape} SignedTransfer
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SignedTransfer.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.ailee.v1.SignedTransfer();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.transfer = $root.ailee.v1.Transfer.decode(reader, reader.size(), $undefined, _depth + 1, message.transfer);
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.coordinatorPeerId = value;
                            else
                                delete message.coordinatorPeerId;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates a SignedTransfer message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof ailee.v1.SignedTransfer
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {ailee.v1.SignedTransfer} SignedTransfer
             */
            SignedTransfer.fromObject = function (object, _depth) {
                if (object instanceof $root.ailee.v1.SignedTransfer)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".ailee.v1.SignedTransfer: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.ailee.v1.SignedTransfer();
                if (object.transfer != null) {
                    if (!$util.isObject(object.transfer))
                        throw $TypeError(".ailee.v1.SignedTransfer.transfer: object expected");
                    message.transfer = $root.ailee.v1.Transfer.fromObject(object.transfer, _depth + 1);
                }
                if (object.coordinatorPeerId != null)
                    if (typeof object.coordinatorPeerId !== "string" || object.coordinatorPeerId.length)
                        message.coordinatorPeerId = $String(object.coordinatorPeerId);
                return message;
            };

            /**
             * Creates a plain object from a SignedTransfer message. Also converts values to other types if specified.
             * @function toObject
             * @memberof ailee.v1.SignedTransfer
             * @static
             * @param {ailee.v1.SignedTransfer} message SignedTransfer
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            SignedTransfer.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.transfer = null;
                    object.coordinatorPeerId = "";
                }
                if (message.transfer != null && $Object.hasOwnProperty.call(message, "transfer"))
                    object.transfer = $root.ailee.v1.Transfer.toObject(message.transfer, options, _depth + 1);
                if (message.coordinatorPeerId != null && $Object.hasOwnProperty.call(message, "coordinatorPeerId"))
                    object.coordinatorPeerId = message.coordinatorPeerId;
                return object;
            };

            /**
             * Converts this SignedTransfer to JSON.
             * @function toJSON
             * @memberof ailee.v1.SignedTransfer
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            SignedTransfer.prototype.toJSON = function() {
                return SignedTransfer.toObject(this, $protobuf.util.toJSONOptions);
            };

            return SignedTransfer;
        })();

        v1.BlockEntry = (function() {

            /**
             * Properties of a BlockEntry.
             * @typedef {Object} ailee.v1.BlockEntry.$Properties
             * @property {ailee.v1.SignedReceipt.$Properties|null} [receipt] BlockEntry receipt
             * @property {string|null} [clientAccount] BlockEntry clientAccount
             * @property {number|null} [price] BlockEntry price
             * @property {boolean|null} [verified] BlockEntry verified
             * @property {ailee.v1.SignedReceipt.$Properties|null} [contradictedBy] BlockEntry contradictedBy
             * @property {number|null} [bondForfeited] BlockEntry bondForfeited
             * @property {ailee.v1.SignedTransfer.$Properties|null} [transfer] BlockEntry transfer
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a BlockEntry.
             * @memberof ailee.v1
             * @interface IBlockEntry
             * @augments ailee.v1.BlockEntry.$Properties
             * @deprecated Use ailee.v1.BlockEntry.$Properties instead.
             */

            /**
             * Shape of a BlockEntry.
             * @typedef {ailee.v1.BlockEntry.$Properties} ailee.v1.BlockEntry.$Shape
             */

            /**
             * Constructs a new BlockEntry.
             * @memberof ailee.v1
             * @classdesc Represents a BlockEntry.
             * @constructor
             * @param {ailee.v1.BlockEntry.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const BlockEntry = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * BlockEntry receipt.
             * @member {ailee.v1.SignedReceipt.$Properties|null|undefined} receipt
             * @memberof ailee.v1.BlockEntry
             * @instance
             */
            BlockEntry.prototype.receipt = null;

            /**
             * BlockEntry clientAccount.
             * @member {string} clientAccount
             * @memberof ailee.v1.BlockEntry
             * @instance
             */
            BlockEntry.prototype.clientAccount = "";

            /**
             * BlockEntry price.
             * @member {number} price
             * @memberof ailee.v1.BlockEntry
             * @instance
             */
            BlockEntry.prototype.price = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * BlockEntry verified.
             * @member {boolean} verified
             * @memberof ailee.v1.BlockEntry
             * @instance
             */
            BlockEntry.prototype.verified = false;

            /**
             * BlockEntry contradictedBy.
             * @member {ailee.v1.SignedReceipt.$Properties|null|undefined} contradictedBy
             * @memberof ailee.v1.BlockEntry
             * @instance
             */
            BlockEntry.prototype.contradictedBy = null;

            /**
             * BlockEntry bondForfeited.
             * @member {number} bondForfeited
             * @memberof ailee.v1.BlockEntry
             * @instance
             */
            BlockEntry.prototype.bondForfeited = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * BlockEntry transfer.
             * @member {ailee.v1.SignedTransfer.$Properties|null|undefined} transfer
             * @memberof ailee.v1.BlockEntry
             * @instance
             */
            BlockEntry.prototype.transfer = null;

            /**
             * Creates a new BlockEntry instance using the specified properties.
             * @function create
             * @memberof ailee.v1.BlockEntry
             * @static
             * @param {ailee.v1.BlockEntry.$Properties=} [properties] Properties to set
             * @returns {ailee.v1.BlockEntry} BlockEntry instance
             * @type {{
             *   (properties: ailee.v1.BlockEntry.$Shape): ailee.v1.BlockEntry & ailee.v1.BlockEntry.$Shape;
             *   (properties?: ailee.v1.BlockEntry.$Properties): ailee.v1.BlockEntry;
             * }}
             */
            BlockEntry.create = function(properties) {
                return new BlockEntry(properties);
            };

            /**
             * Encodes the specified BlockEntry message. Does not implicitly {@link ailee.v1.BlockEntry.verify|verify} messages.
             * @function encode
             * @memberof ailee.v1.BlockEntry
             * @static
             * @param {ailee.v1.BlockEntry.$Properties} message BlockEntry message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            BlockEntry.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.receipt != null && $Object.hasOwnProperty.call(message, "receipt"))
                    $root.ailee.v1.SignedReceipt.encode(message.receipt, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.clientAccount != null && $Object.hasOwnProperty.call(message, "clientAccount") && message.clientAccount !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.clientAccount);
                if (message.price != null && $Object.hasOwnProperty.call(message, "price") && (typeof message.price === "object" ? message.price.low || message.price.high : message.price !== 0))
                    writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.price);
                if (message.verified != null && $Object.hasOwnProperty.call(message, "verified") && message.verified !== false)
                    writer.uint32(/* id 4, wireType 0 =*/32).bool(message.verified);
                if (message.contradictedBy != null && $Object.hasOwnProperty.call(message, "contradictedBy"))
                    $root.ailee.v1.SignedReceipt.encode(message.contradictedBy, writer.uint32(/* id 5, wireType 2 =*/42).fork(), _depth + 1).ldelim();
                if (message.bondForfeited != null && $Object.hasOwnProperty.call(message, "bondForfeited") && (typeof message.bondForfeited === "object" ? message.bondForfeited.low || message.bondForfeited.high : message.bondForfeited !== 0))
                    writer.uint32(/* id 6, wireType 0 =*/48).uint64(message.bondForfeited);
                if (message.transfer != null && $Object.hasOwnProperty.call(message, "transfer"))
                    $root.ailee.v1.SignedTransfer.encode(message.transfer, writer.uint32(/* id 9, wireType 2 =*/74).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a BlockEntry message from the specified reader or buffer.
             * @function decode
             * @memberof ailee.v1.BlockEntry
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {ailee.v1.BlockEntry & ailee.v1.BlockEntry.$Shape} BlockEntry
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            BlockEntry.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.ailee.v1.BlockEntry();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.receipt = $root.ailee.v1.SignedReceipt.decode(reader, reader.size(), $undefined, _depth + 1, message.receipt);
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.clientAccount = value;
                            else
                                delete message.clientAccount;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.price = value;
                            else
                                delete message.price;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.verified = value;
                            else
                                delete message.verified;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            message.contradictedBy = $root.ailee.v1.SignedReceipt.decode(reader, reader.size(), $undefined, _depth + 1, message.contradictedBy);
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.bondForfeited = value;
                            else
                                delete message.bondForfeited;
                            continue;
                        }
                    case 9: {
                            if (wireType !== 2)
                                break;
                            message.transfer = $root.ailee.v1.SignedTransfer.decode(reader, reader.size(), $undefined, _depth + 1, message.transfer);
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates a BlockEntry message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof ailee.v1.BlockEntry
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {ailee.v1.BlockEntry} BlockEntry
             */
            BlockEntry.fromObject = function (object, _depth) {
                if (object instanceof $root.ailee.v1.BlockEntry)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".ailee.v1.BlockEntry: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.ailee.v1.BlockEntry();
                if (object.receipt != null) {
                    if (!$util.isObject(object.receipt))
                        throw $TypeError(".ailee.v1.BlockEntry.receipt: object expected");
                    message.receipt = $root.ailee.v1.SignedReceipt.fromObject(object.receipt, _depth + 1);
                }
                if (object.clientAccount != null)
                    if (typeof object.clientAccount !== "string" || object.clientAccount.length)
                        message.clientAccount = $String(object.clientAccount);
                if (object.price != null)
                    if (typeof object.price === "object" ? object.price.low || object.price.high : $Number(object.price) !== 0)
                        if ($util.Long)
                            message.price = $util.Long.fromValue(object.price, true);
                        else if (typeof object.price === "string")
                            message.price = $parseInt(object.price, 10);
                        else if (typeof object.price === "number")
                            message.price = object.price;
                        else if (typeof object.price === "object")
                            message.price = new $util.LongBits(object.price.low >>> 0, object.price.high >>> 0).toNumber(true);
                if (object.verified != null)
                    if (object.verified)
                        message.verified = $Boolean(object.verified);
                if (object.contradictedBy != null) {
                    if (!$util.isObject(object.contradictedBy))
                        throw $TypeError(".ailee.v1.BlockEntry.contradictedBy: object expected");
                    message.contradictedBy = $root.ailee.v1.SignedReceipt.fromObject(object.contradictedBy, _depth + 1);
                }
                if (object.bondForfeited != null)
                    if (typeof object.bondForfeited === "object" ? object.bondForfeited.low || object.bondForfeited.high : $Number(object.bondForfeited) !== 0)
                        if ($util.Long)
                            message.bondForfeited = $util.Long.fromValue(object.bondForfeited, true);
                        else if (typeof object.bondForfeited === "string")
                            message.bondForfeited = $parseInt(object.bondForfeited, 10);
                        else if (typeof object.bondForfeited === "number")
                            message.bondForfeited = object.bondForfeited;
                        else if (typeof object.bondForfeited === "object")
                            message.bondForfeited = new $util.LongBits(object.bondForfeited.low >>> 0, object.bondForfeited.high >>> 0).toNumber(true);
                if (object.transfer != null) {
                    if (!$util.isObject(object.transfer))
                        throw $TypeError(".ailee.v1.BlockEntry.transfer: object expected");
                    message.transfer = $root.ailee.v1.SignedTransfer.fromObject(object.transfer, _depth + 1);
                }
                return message;
            };

            /**
             * Creates a plain object from a BlockEntry message. Also converts values to other types if specified.
             * @function toObject
             * @memberof ailee.v1.BlockEntry
             * @static
             * @param {ailee.v1.BlockEntry} message BlockEntry
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            BlockEntry.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.receipt = null;
                    object.clientAccount = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.price = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.price = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.verified = false;
                    object.contradictedBy = null;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.bondForfeited = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.bondForfeited = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.transfer = null;
                }
                if (message.receipt != null && $Object.hasOwnProperty.call(message, "receipt"))
                    object.receipt = $root.ailee.v1.SignedReceipt.toObject(message.receipt, options, _depth + 1);
                if (message.clientAccount != null && $Object.hasOwnProperty.call(message, "clientAccount"))
                    object.clientAccount = message.clientAccount;
                if (message.price != null && $Object.hasOwnProperty.call(message, "price"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.price = typeof message.price === "number" ? $BigInt(message.price) : $util.Long.fromBits(message.price.low >>> 0, message.price.high >>> 0, true).toBigInt();
                    else if (typeof message.price === "number")
                        object.price = options.longs === $String ? $String(message.price) : message.price;
                    else
                        object.price = options.longs === $String ? $util.Long.prototype.toString.call(message.price) : options.longs === $Number ? new $util.LongBits(message.price.low >>> 0, message.price.high >>> 0).toNumber(true) : message.price;
                if (message.verified != null && $Object.hasOwnProperty.call(message, "verified"))
                    object.verified = message.verified;
                if (message.contradictedBy != null && $Object.hasOwnProperty.call(message, "contradictedBy"))
                    object.contradictedBy = $root.ailee.v1.SignedReceipt.toObject(message.contradictedBy, options, _depth + 1);
                if (message.bondForfeited != null && $Object.hasOwnProperty.call(message, "bondForfeited"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.bondForfeited = typeof message.bondForfeited === "number" ? $BigInt(message.bondForfeited) : $util.Long.fromBits(message.bondForfeited.low >>> 0, message.bondForfeited.high >>> 0, true).toBigInt();
                    else if (typeof message.bondForfeited === "number")
                        object.bondForfeited = options.longs === $String ? $String(message.bondForfeited) : message.bondForfeited;
                    else
                        object.bondForfeited = options.longs === $String ? $util.Long.prototype.toString.call(message.bondForfeited) : options.longs === $Number ? new $util.LongBits(message.bondForfeited.low >>> 0, message.bondForfeited.high >>> 0).toNumber(true) : message.bondForfeited;
                if (message.transfer != null && $Object.hasOwnProperty.call(message, "transfer"))
                    object.transfer = $root.ailee.v1.SignedTransfer.toObject(message.transfer, options, _depth + 1);
                return object;
            };

            /**
             * Converts this BlockEntry to JSON.
             * @function toJSON
             * @memberof ailee.v1.BlockEntry
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            BlockEntry.prototype.toJSON = function() {
                return BlockEntry.toObject(this, $protobuf.util.toJSONOptions);
            };

            return BlockEntry;
        })();

        v1.BlockHeader = (function() {

            /**
             * Properties of a BlockHeader.
             * @typedef {Object} ailee.v1.BlockHeader.$Properties
             * @property {number|null} [height] BlockHeader height
             * @property {Uint8Array|null} [prevHash] BlockHeader prevHash
             * @property {Uint8Array|null} [receiptsRoot] BlockHeader receiptsRoot
             * @property {Uint8Array|null} [stateRoot] BlockHeader stateRoot
             * @property {number|null} [timestampMs] BlockHeader timestampMs
             * @property {string|null} [producerPeerId] BlockHeader producerPeerId
             * @property {number|null} [entryCount] BlockHeader entryCount
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a BlockHeader.
             * @memberof ailee.v1
             * @interface IBlockHeader
             * @augments ailee.v1.BlockHeader.$Properties
             * @deprecated Use ailee.v1.BlockHeader.$Properties instead.
             */

            /**
             * Shape of a BlockHeader.
             * @typedef {ailee.v1.BlockHeader.$Properties} ailee.v1.BlockHeader.$Shape
             */

            /**
             * Constructs a new BlockHeader.
             * @memberof ailee.v1
             * @classdesc Represents a BlockHeader.
             * @constructor
             * @param {ailee.v1.BlockHeader.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const BlockHeader = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * BlockHeader height.
             * @member {number} height
             * @memberof ailee.v1.BlockHeader
             * @instance
             */
            BlockHeader.prototype.height = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * BlockHeader prevHash.
             * @member {Uint8Array} prevHash
             * @memberof ailee.v1.BlockHeader
             * @instance
             */
            BlockHeader.prototype.prevHash = $util.newBuffer([]);

            /**
             * BlockHeader receiptsRoot.
             * @member {Uint8Array} receiptsRoot
             * @memberof ailee.v1.BlockHeader
             * @instance
             */
            BlockHeader.prototype.receiptsRoot = $util.newBuffer([]);

            /**
             * BlockHeader stateRoot.
             * @member {Uint8Array} stateRoot
             * @memberof ailee.v1.BlockHeader
             * @instance
             */
            BlockHeader.prototype.stateRoot = $util.newBuffer([]);

            /**
             * BlockHeader timestampMs.
             * @member {number} timestampMs
             * @memberof ailee.v1.BlockHeader
             * @instance
             */
            BlockHeader.prototype.timestampMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * BlockHeader producerPeerId.
             * @member {string} producerPeerId
             * @memberof ailee.v1.BlockHeader
             * @instance
             */
            BlockHeader.prototype.producerPeerId = "";

            /**
             * BlockHeader entryCount.
             * @member {number} entryCount
             * @memberof ailee.v1.BlockHeader
             * @instance
             */
            BlockHeader.prototype.entryCount = 0;

            /**
             * Creates a new BlockHeader instance using the specified properties.
             * @function create
             * @memberof ailee.v1.BlockHeader
             * @static
             * @param {ailee.v1.BlockHeader.$Properties=} [properties] Properties to set
             * @returns {ailee.v1.BlockHeader} BlockHeader instance
             * @type {{
             *   (properties: ailee.v1.BlockHeader.$Shape): ailee.v1.BlockHeader & ailee.v1.BlockHeader.$Shape;
             *   (properties?: ailee.v1.BlockHeader.$Properties): ailee.v1.BlockHeader;
             * }}
             */
            BlockHeader.create = function(properties) {
                return new BlockHeader(properties);
            };

            /**
             * Encodes the specified BlockHeader message. Does not implicitly {@link ailee.v1.BlockHeader.verify|verify} messages.
             * @function encode
             * @memberof ailee.v1.BlockHeader
             * @static
             * @param {ailee.v1.BlockHeader.$Properties} message BlockHeader message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            BlockHeader.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.height != null && $Object.hasOwnProperty.call(message, "height") && (typeof message.height === "object" ? message.height.low || message.height.high : message.height !== 0))
                    writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.height);
                if (message.prevHash != null && $Object.hasOwnProperty.call(message, "prevHash") && message.prevHash.length)
                    writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.prevHash);
                if (message.receiptsRoot != null && $Object.hasOwnProperty.call(message, "receiptsRoot") && message.receiptsRoot.length)
                    writer.uint32(/* id 3, wireType 2 =*/26).bytes(message.receiptsRoot);
                if (message.stateRoot != null && $Object.hasOwnProperty.call(message, "stateRoot") && message.stateRoot.length)
                    writer.uint32(/* id 4, wireType 2 =*/34).bytes(message.stateRoot);
                if (message.timestampMs != null && $Object.hasOwnProperty.call(message, "timestampMs") && (typeof message.timestampMs === "object" ? message.timestampMs.low || message.timestampMs.high : message.timestampMs !== 0))
                    writer.uint32(/* id 5, wireType 0 =*/40).uint64(message.timestampMs);
                if (message.producerPeerId != null && $Object.hasOwnProperty.call(message, "producerPeerId") && message.producerPeerId !== "")
                    writer.uint32(/* id 6, wireType 2 =*/50).string(message.producerPeerId);
                if (message.entryCount != null && $Object.hasOwnProperty.call(message, "entryCount") && message.entryCount !== 0)
                    writer.uint32(/* id 7, wireType 0 =*/56).uint32(message.entryCount);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a BlockHeader message from the specified reader or buffer.
             * @function decode
             * @memberof ailee.v1.BlockHeader
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {ailee.v1.BlockHeader & ailee.v1.BlockHeader.$Shape} BlockHeader
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            BlockHeader.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.ailee.v1.BlockHeader();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.height = value;
                            else
                                delete message.height;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.prevHash = value;
                            else
                                delete message.prevHash;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.receiptsRoot = value;
                            else
                                delete message.receiptsRoot;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.stateRoot = value;
                            else
                                delete message.stateRoot;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.timestampMs = value;
                            else
                                delete message.timestampMs;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.producerPeerId = value;
                            else
                                delete message.producerPeerId;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.entryCount = value;
                            else
                                delete message.entryCount;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates a BlockHeader message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof ailee.v1.BlockHeader
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {ailee.v1.BlockHeader} BlockHeader
             */
            BlockHeader.fromObject = function (object, _depth) {
                if (object instanceof $root.ailee.v1.BlockHeader)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".ailee.v1.BlockHeader: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.ailee.v1.BlockHeader();
                if (object.height != null)
                    if (typeof object.height === "object" ? object.height.low || object.height.high : $Number(object.height) !== 0)
                        if ($util.Long)
                            message.height = $util.Long.fromValue(object.height, true);
                        else if (typeof object.height === "string")
                            message.height = $parseInt(object.height, 10);
                        else if (typeof object.height === "number")
                            message.height = object.height;
                        else if (typeof object.height === "object")
                            message.height = new $util.LongBits(object.height.low >>> 0, object.height.high >>> 0).toNumber(true);
                if (object.prevHash != null)
                    if (object.prevHash.length)
                        if (typeof object.prevHash === "string")
                            $util.base64.decode(object.prevHash, message.prevHash = $util.newBuffer($util.base64.length(object.prevHash)), 0);
                        else if (object.prevHash.length >= 0)
                            message.prevHash = object.prevHash;
                if (object.receiptsRoot != null)
                    if (object.receiptsRoot.length)
                        if (typeof object.receiptsRoot === "string")
                            $util.base64.decode(object.receiptsRoot, message.receiptsRoot = $util.newBuffer($util.base64.length(object.receiptsRoot)), 0);
                        else if (object.receiptsRoot.length >= 0)
                            message.receiptsRoot = object.receiptsRoot;
                if (object.stateRoot != null)
                    if (object.stateRoot.length)
                        if (typeof object.stateRoot === "string")
                            $util.base64.decode(object.stateRoot, message.stateRoot = $util.newBuffer($util.base64.length(object.stateRoot)), 0);
                        else if (object.stateRoot.length >= 0)
                            message.stateRoot = object.stateRoot;
                if (object.timestampMs != null)
                    if (typeof object.timestampMs === "object" ? object.timestampMs.low || object.timestampMs.high : $Number(object.timestampMs) !== 0)
                        if ($util.Long)
                            message.timestampMs = $util.Long.fromValue(object.timestampMs, true);
                        else if (typeof object.timestampMs === "string")
                            message.timestampMs = $parseInt(object.timestampMs, 10);
                        else if (typeof object.timestampMs === "number")
                            message.timestampMs = object.timestampMs;
                        else if (typeof object.timestampMs === "object")
                            message.timestampMs = new $util.LongBits(object.timestampMs.low >>> 0, object.timestampMs.high >>> 0).toNumber(true);
                if (object.producerPeerId != null)
                    if (typeof object.producerPeerId !== "string" || object.producerPeerId.length)
                        message.producerPeerId = $String(object.producerPeerId);
                if (object.entryCount != null)
                    if ($Number(object.entryCount) !== 0)
                        message.entryCount = object.entryCount >>> 0;
                return message;
            };

            /**
             * Creates a plain object from a BlockHeader message. Also converts values to other types if specified.
             * @function toObject
             * @memberof ailee.v1.BlockHeader
             * @static
             * @param {ailee.v1.BlockHeader} message BlockHeader
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            BlockHeader.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.height = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.height = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if (options.bytes === $String)
                        object.prevHash = "";
                    else {
                        object.prevHash = [];
                        if (options.bytes !== $Array)
                            object.prevHash = $util.newBuffer(object.prevHash);
                    }
                    if (options.bytes === $String)
                        object.receiptsRoot = "";
                    else {
                        object.receiptsRoot = [];
                        if (options.bytes !== $Array)
                            object.receiptsRoot = $util.newBuffer(object.receiptsRoot);
                    }
                    if (options.bytes === $String)
                        object.stateRoot = "";
                    else {
                        object.stateRoot = [];
                        if (options.bytes !== $Array)
                            object.stateRoot = $util.newBuffer(object.stateRoot);
                    }
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.timestampMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.timestampMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.producerPeerId = "";
                    object.entryCount = 0;
                }
                if (message.height != null && $Object.hasOwnProperty.call(message, "height"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.height = typeof message.height === "number" ? $BigInt(message.height) : $util.Long.fromBits(message.height.low >>> 0, message.height.high >>> 0, true).toBigInt();
                    else if (typeof message.height === "number")
                        object.height = options.longs === $String ? $String(message.height) : message.height;
                    else
                        object.height = options.longs === $String ? $util.Long.prototype.toString.call(message.height) : options.longs === $Number ? new $util.LongBits(message.height.low >>> 0, message.height.high >>> 0).toNumber(true) : message.height;
                if (message.prevHash != null && $Object.hasOwnProperty.call(message, "prevHash"))
                    object.prevHash = options.bytes === $String ? $util.base64.encode(message.prevHash, 0, message.prevHash.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.prevHash) : message.prevHash;
                if (message.receiptsRoot != null && $Object.hasOwnProperty.call(message, "receiptsRoot"))
                    object.receiptsRoot = options.bytes === $String ? $util.base64.encode(message.receiptsRoot, 0, message.receiptsRoot.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.receiptsRoot) : message.receiptsRoot;
                if (message.stateRoot != null && $Object.hasOwnProperty.call(message, "stateRoot"))
                    object.stateRoot = options.bytes === $String ? $util.base64.encode(message.stateRoot, 0, message.stateRoot.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.stateRoot) : message.stateRoot;
                if (message.timestampMs != null && $Object.hasOwnProperty.call(message, "timestampMs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.timestampMs = typeof message.timestampMs === "number" ? $BigInt(message.timestampMs) : $util.Long.fromBits(message.timestampMs.low >>> 0, message.timestampMs.high >>> 0, true).toBigInt();
                    else if (typeof message.timestampMs === "number")
                        object.timestampMs = options.longs === $String ? $String(message.timestampMs) : message.timestampMs;
                    else
                        object.timestampMs = options.longs === $String ? $util.Long.prototype.toString.call(message.timestampMs) : options.longs === $Number ? new $util.LongBits(message.timestampMs.low >>> 0, message.timestampMs.high >>> 0).toNumber(true) : message.timestampMs;
                if (message.producerPeerId != null && $Object.hasOwnProperty.call(message, "producerPeerId"))
                    object.producerPeerId = message.producerPeerId;
                if (message.entryCount != null && $Object.hasOwnProperty.call(message, "entryCount"))
                    object.entryCount = message.entryCount;
                return object;
            };

            /**
             * Converts this BlockHeader to JSON.
             * @function toJSON
             * @memberof ailee.v1.BlockHeader
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            BlockHeader.prototype.toJSON = function() {
                return BlockHeader.toObject(this, $protobuf.util.toJSONOptions);
            };

            return BlockHeader;
        })();

        v1.Block = (function() {

            /**
             * Properties of a Block.
             * @typedef {Object} ailee.v1.Block.$Properties
             * @property {Uint8Array|null} [header] Block header
             * @property {Uint8Array|null} [signature] Block signature
             * @property {Array.<ailee.v1.BlockEntry.$Properties>|null} [entries] Block entries
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Block.
             * @memberof ailee.v1
             * @interface IBlock
             * @augments ailee.v1.Block.$Properties
             * @deprecated Use ailee.v1.Block.$Properties instead.
             */

            /**
             * Shape of a Block.
             * @typedef {ailee.v1.Block.$Properties} ailee.v1.Block.$Shape
             */

            /**
             * Constructs a new Block.
             * @memberof ailee.v1
             * @classdesc Represents a Block.
             * @constructor
             * @param {ailee.v1.Block.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Block = function (properties) {
                this.entries = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Block header.
             * @member {Uint8Array} header
             * @memberof ailee.v1.Block
             * @instance
             */
            Block.prototype.header = $util.newBuffer([]);

            /**
             * Block signature.
             * @member {Uint8Array} signature
             * @memberof ailee.v1.Block
             * @instance
             */
            Block.prototype.signature = $util.newBuffer([]);

            /**
             * Block entries.
             * @member {Array.<ailee.v1.BlockEntry.$Properties>} entries
             * @memberof ailee.v1.Block
             * @instance
             */
            Block.prototype.entries = $util.emptyArray;

            /**
             * Creates a new Block instance using the specified properties.
             * @function create
             * @memberof ailee.v1.Block
             * @static
             * @param {ailee.v1.Block.$Properties=} [properties] Properties to set
             * @returns {ailee.v1.Block} Block instance
             * @type {{
             *   (properties: ailee.v1.Block.$Shape): ailee.v1.Block & ailee.v1.Block.$Shape;
             *   (properties?: ailee.v1.Block.$Properties): ailee.v1.Block;
             * }}
             */
            Block.create = function(properties) {
                return new Block(properties);
            };

            /**
             * Encodes the specified Block message. Does not implicitly {@link ailee.v1.Block.verify|verify} messages.
             * @function encode
             * @memberof ailee.v1.Block
             * @static
             * @param {ailee.v1.Block.$Properties} message Block message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Block.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.header != null && $Object.hasOwnProperty.call(message, "header") && message.header.length)
                    writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.header);
                if (message.signature != null && $Object.hasOwnProperty.call(message, "signature") && message.signature.length)
                    writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.signature);
                if (message.entries != null && message.entries.length)
                    for (let i = 0; i < message.entries.length; ++i)
                        $root.ailee.v1.BlockEntry.encode(message.entries[i], writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Block message from the specified reader or buffer.
             * @function decode
             * @memberof ailee.v1.Block
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {ailee.v1.Block & ailee.v1.Block.$Shape} Block
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Block.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.ailee.v1.Block();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.header = value;
                            else
                                delete message.header;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.signature = value;
                            else
                                delete message.signature;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if (!(message.entries && message.entries.length))
                                message.entries = [];
                            message.entries.push($root.ailee.v1.BlockEntry.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates a Block message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof ailee.v1.Block
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {ailee.v1.Block} Block
             */
            Block.fromObject = function (object, _depth) {
                if (object instanceof $root.ailee.v1.Block)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".ailee.v1.Block: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.ailee.v1.Block();
                if (object.header != null)
                    if (object.header.length)
                        if (typeof object.header === "string")
                            $util.base64.decode(object.header, message.header = $util.newBuffer($util.base64.length(object.header)), 0);
                        else if (object.header.length >= 0)
                            message.header = object.header;
                if (object.signature != null)
                    if (object.signature.length)
                        if (typeof object.signature === "string")
                            $util.base64.decode(object.signature, message.signature = $util.newBuffer($util.base64.length(object.signature)), 0);
                        else if (object.signature.length >= 0)
                            message.signature = object.signature;
                if (object.entries) {
                    if (!$Array.isArray(object.entries))
                        throw $TypeError(".ailee.v1.Block.entries: array expected");
                    message.entries = $Array(object.entries.length);
                    for (let i = 0; i < object.entries.length; ++i) {
                        if (!$util.isObject(object.entries[i]))
                            throw $TypeError(".ailee.v1.Block.entries: object expected");
                        message.entries[i] = $root.ailee.v1.BlockEntry.fromObject(object.entries[i], _depth + 1);
                    }
                }
                return message;
            };

            /**
             * Creates a plain object from a Block message. Also converts values to other types if specified.
             * @function toObject
             * @memberof ailee.v1.Block
             * @static
             * @param {ailee.v1.Block} message Block
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Block.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.entries = [];
                if (options.defaults) {
                    if (options.bytes === $String)
                        object.header = "";
                    else {
                        object.header = [];
                        if (options.bytes !== $Array)
                            object.header = $util.newBuffer(object.header);
                    }
                    if (options.bytes === $String)
                        object.signature = "";
                    else {
                        object.signature = [];
                        if (options.bytes !== $Array)
                            object.signature = $util.newBuffer(object.signature);
                    }
                }
                if (message.header != null && $Object.hasOwnProperty.call(message, "header"))
                    object.header = options.bytes === $String ? $util.base64.encode(message.header, 0, message.header.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.header) : message.header;
                if (message.signature != null && $Object.hasOwnProperty.call(message, "signature"))
                    object.signature = options.bytes === $String ? $util.base64.encode(message.signature, 0, message.signature.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.signature) : message.signature;
                if (message.entries && message.entries.length) {
                    object.entries = $Array(message.entries.length);
                    for (let j = 0; j < message.entries.length; ++j)
                        object.entries[j] = $root.ailee.v1.BlockEntry.toObject(message.entries[j], options, _depth + 1);
                }
                return object;
            };

            /**
             * Converts this Block to JSON.
             * @function toJSON
             * @memberof ailee.v1.Block
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Block.prototype.toJSON = function() {
                return Block.toObject(this, $protobuf.util.toJSONOptions);
            };

            return Block;
        })();

        v1.SubmitTask = (function() {

            /**
             * Properties of a SubmitTask.
             * @typedef {Object} ailee.v1.SubmitTask.$Properties
             * @property {ailee.v1.TaskSpec.$Properties|null} [spec] SubmitTask spec
             * @property {boolean|null} [detach] SubmitTask detach
             * @property {Uint8Array|null} [nonce] SubmitTask nonce
             * @property {number|null} [signedAtMs] SubmitTask signedAtMs
             * @property {Uint8Array|null} [signature] SubmitTask signature
             * @property {string|null} [coordinatorPeerId] SubmitTask coordinatorPeerId
             * @property {Uint8Array|null} [module] SubmitTask module
             * @property {Uint8Array|null} [input] SubmitTask input
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a SubmitTask.
             * @memberof ailee.v1
             * @interface ISubmitTask
             * @augments ailee.v1.SubmitTask.$Properties
             * @deprecated Use ailee.v1.SubmitTask.$Properties instead.
             */

            /**
             * Shape of a SubmitTask.
             * @typedef {ailee.v1.SubmitTask.$Properties} ailee.v1.SubmitTask.$Shape
             */

            /**
             * Constructs a new SubmitTask.
             * @memberof ailee.v1
             * @classdesc Represents a SubmitTask.
             * @constructor
             * @param {ailee.v1.SubmitTask.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const SubmitTask = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * SubmitTask spec.
             * @member {ailee.v1.TaskSpec.$Properties|null|undefined} spec
             * @memberof ailee.v1.SubmitTask
             * @instance
             */
            SubmitTask.prototype.spec = null;

            /**
             * SubmitTask detach.
             * @member {boolean} detach
             * @memberof ailee.v1.SubmitTask
             * @instance
             */
            SubmitTask.prototype.detach = false;

            /**
             * SubmitTask nonce.
             * @member {Uint8Array} nonce
             * @memberof ailee.v1.SubmitTask
             * @instance
             */
            SubmitTask.prototype.nonce = $util.newBuffer([]);

            /**
             * SubmitTask signedAtMs.
             * @member {number} signedAtMs
             * @memberof ailee.v1.SubmitTask
             * @instance
             */
            SubmitTask.prototype.signedAtMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * SubmitTask signature.
             * @member {Uint8Array} signature
             * @memberof ailee.v1.SubmitTask
             * @instance
             */
            SubmitTask.prototype.signature = $util.newBuffer([]);

            /**
             * SubmitTask coordinatorPeerId.
             * @member {string} coordinatorPeerId
             * @memberof ailee.v1.SubmitTask
             * @instance
             */
            SubmitTask.prototype.coordinatorPeerId = "";

            /**
             * SubmitTask module.
             * @member {Uint8Array} module
             * @memberof ailee.v1.SubmitTask
             * @instance
             */
            SubmitTask.prototype.module = $util.newBuffer([]);

            /**
             * SubmitTask input.
             * @member {Uint8Array} input
             * @memberof ailee.v1.SubmitTask
             * @instance
             */
            SubmitTask.prototype.input = $util.newBuffer([]);

            /**
             * Creates a new SubmitTask instance using the specified properties.
             * @function create
             * @memberof ailee.v1.SubmitTask
             * @static
             * @param {ailee.v1.SubmitTask.$Properties=} [properties] Properties to set
             * @returns {ailee.v1.SubmitTask} SubmitTask instance
             * @type {{
             *   (properties: ailee.v1.SubmitTask.$Shape): ailee.v1.SubmitTask & ailee.v1.SubmitTask.$Shape;
             *   (properties?: ailee.v1.SubmitTask.$Properties): ailee.v1.SubmitTask;
             * }}
             */
            SubmitTask.create = function(properties) {
                return new SubmitTask(properties);
            };

            /**
             * Encodes the specified SubmitTask message. Does not implicitly {@link ailee.v1.SubmitTask.verify|verify} messages.
             * @function encode
             * @memberof ailee.v1.SubmitTask
             * @static
             * @param {ailee.v1.SubmitTask.$Properties} message SubmitTask message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SubmitTask.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.spec != null && $Object.hasOwnProperty.call(message, "spec"))
                    $root.ailee.v1.TaskSpec.encode(message.spec, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.detach != null && $Object.hasOwnProperty.call(message, "detach") && message.detach !== false)
                    writer.uint32(/* id 2, wireType 0 =*/16).bool(message.detach);
                if (message.nonce != null && $Object.hasOwnProperty.call(message, "nonce") && message.nonce.length)
                    writer.uint32(/* id 3, wireType 2 =*/26).bytes(message.nonce);
                if (message.signedAtMs != null && $Object.hasOwnProperty.call(message, "signedAtMs") && (typeof message.signedAtMs === "object" ? message.signedAtMs.low || message.signedAtMs.high : message.signedAtMs !== 0))
                    writer.uint32(/* id 4, wireType 0 =*/32).uint64(message.signedAtMs);
                if (message.signature != null && $Object.hasOwnProperty.call(message, "signature") && message.signature.length)
                    writer.uint32(/* id 5, wireType 2 =*/42).bytes(message.signature);
                if (message.coordinatorPeerId != null && $Object.hasOwnProperty.call(message, "coordinatorPeerId") && message.coordinatorPeerId !== "")
                    writer.uint32(/* id 6, wireType 2 =*/50).string(message.coordinatorPeerId);
                if (message.module != null && $Object.hasOwnProperty.call(message, "module") && message.module.length)
                    writer.uint32(/* id 7, wireType 2 =*/58).bytes(message.module);
                if (message.input != null && $Object.hasOwnProperty.call(message, "input") && message.input.length)
                    writer.uint32(/* id 8, wireType 2 =*/66).bytes(message.input);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a SubmitTask message from the specified reader or buffer.
             * @function decode
             * @memberof ailee.v1.SubmitTask
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {ailee.v1.SubmitTask & ailee.v1.SubmitTask.$Shape} SubmitTask
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SubmitTask.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.ailee.v1.SubmitTask();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.spec = $root.ailee.v1.TaskSpec.decode(reader, reader.size(), $undefined, _depth + 1, message.spec);
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.detach = value;
                            else
                                delete message.detach;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.nonce = value;
                            else
                                delete message.nonce;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.signedAtMs = value;
                            else
                                delete message.signedAtMs;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.signature = value;
                            else
                                delete message.signature;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.coordinatorPeerId = value;
                            else
                                delete message.coordinatorPeerId;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.module = value;
                            else
                                delete message.module;
                            continue;
                        }
                    case 8: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.input = value;
                            else
                                delete message.input;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates a SubmitTask message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof ailee.v1.SubmitTask
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {ailee.v1.SubmitTask} SubmitTask
             */
            SubmitTask.fromObject = function (object, _depth) {
                if (object instanceof $root.ailee.v1.SubmitTask)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".ailee.v1.SubmitTask: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.ailee.v1.SubmitTask();
                if (object.spec != null) {
                    if (!$util.isObject(object.spec))
                        throw $TypeError(".ailee.v1.SubmitTask.spec: object expected");
                    message.spec = $root.ailee.v1.TaskSpec.fromObject(object.spec, _depth + 1);
                }
                if (object.detach != null)
                    if (object.detach)
                        message.detach = $Boolean(object.detach);
                if (object.nonce != null)
                    if (object.nonce.length)
                        if (typeof object.nonce === "string")
                            $util.base64.decode(object.nonce, message.nonce = $util.newBuffer($util.base64.length(object.nonce)), 0);
                        else if (object.nonce.length >= 0)
                            message.nonce = object.nonce;
                if (object.signedAtMs != null)
                    if (typeof object.signedAtMs === "object" ? object.signedAtMs.low || object.signedAtMs.high : $Number(object.signedAtMs) !== 0)
                        if ($util.Long)
                            message.signedAtMs = $util.Long.fromValue(object.signedAtMs, true);
                        else if (typeof object.signedAtMs === "string")
                            message.signedAtMs = $parseInt(object.signedAtMs, 10);
                        else if (typeof object.signedAtMs === "number")
                            message.signedAtMs = object.signedAtMs;
                        else if (typeof object.signedAtMs === "object")
                            message.signedAtMs = new $util.LongBits(object.signedAtMs.low >>> 0, object.signedAtMs.high >>> 0).toNumber(true);
                if (object.signature != null)
                    if (object.signature.length)
                        if (typeof object.signature === "string")
                            $util.base64.decode(object.signature, message.signature = $util.newBuffer($util.base64.length(object.signature)), 0);
                        else if (object.signature.length >= 0)
                            message.signature = object.signature;
                if (object.coordinatorPeerId != null)
                    if (typeof object.coordinatorPeerId !== "string" || object.coordinatorPeerId.length)
                        message.coordinatorPeerId = $String(object.coordinatorPeerId);
                if (object.module != null)
                    if (object.module.length)
                        if (typeof object.module === "string")
                            $util.base64.decode(object.module, message.module = $util.newBuffer($util.base64.length(object.module)), 0);
                        else if (object.module.length >= 0)
                            message.module = object.module;
                if (object.input != null)
                    if (object.input.length)
                        if (typeof object.input === "string")
                            $util.base64.decode(object.input, message.input = $util.newBuffer($util.base64.length(object.input)), 0);
                        else if (object.input.length >= 0)
                            message.input = object.input;
                return message;
            };

            /**
             * Creates a plain object from a SubmitTask message. Also converts values to other types if specified.
             * @function toObject
             * @memberof ailee.v1.SubmitTask
             * @static
             * @param {ailee.v1.SubmitTask} message SubmitTask
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            SubmitTask.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.spec = null;
                    object.detach = false;
                    if (options.bytes === $String)
                        object.nonce = "";
                    else {
                        object.nonce = [];
                        if (options.bytes !== $Array)
                            object.nonce = $util.newBuffer(object.nonce);
                    }
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.signedAtMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.signedAtMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if (options.bytes === $String)
                        object.signature = "";
                    else {
                        object.signature = [];
                        if (options.bytes !== $Array)
                            object.signature = $util.newBuffer(object.signature);
                    }
                    object.coordinatorPeerId = "";
                    if (options.bytes === $String)
                        object.module = "";
                    else {
                        object.module = [];
                        if (options.bytes !== $Array)
                            object.module = $util.newBuffer(object.module);
                    }
                    if (options.bytes === $String)
                        object.input = "";
                    else {
                        object.input = [];
                        if (options.bytes !== $Array)
                            object.input = $util.newBuffer(object.input);
                    }
                }
                if (message.spec != null && $Object.hasOwnProperty.call(message, "spec"))
                    object.spec = $root.ailee.v1.TaskSpec.toObject(message.spec, options, _depth + 1);
                if (message.detach != null && $Object.hasOwnProperty.call(message, "detach"))
                    object.detach = message.detach;
                if (message.nonce != null && $Object.hasOwnProperty.call(message, "nonce"))
                    object.nonce = options.bytes === $String ? $util.base64.encode(message.nonce, 0, message.nonce.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.nonce) : message.nonce;
                if (message.signedAtMs != null && $Object.hasOwnProperty.call(message, "signedAtMs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.signedAtMs = typeof message.signedAtMs === "number" ? $BigInt(message.signedAtMs) : $util.Long.fromBits(message.signedAtMs.low >>> 0, message.signedAtMs.high >>> 0, true).toBigInt();
                    else if (typeof message.signedAtMs === "number")
                        object.signedAtMs = options.longs === $String ? $String(message.signedAtMs) : message.signedAtMs;
                    else
                        object.signedAtMs = options.longs === $String ? $util.Long.prototype.toString.call(message.signedAtMs) : options.longs === $Number ? new $util.LongBits(message.signedAtMs.low >>> 0, message.signedAtMs.high >>> 0).toNumber(true) : message.signedAtMs;
                if (message.signature != null && $Object.hasOwnProperty.call(message, "signature"))
                    object.signature = options.bytes === $String ? $util.base64.encode(message.signature, 0, message.signature.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.signature) : message.signature;
                if (message.coordinatorPeerId != null && $Object.hasOwnProperty.call(message, "coordinatorPeerId"))
                    object.coordinatorPeerId = message.coordinatorPeerId;
                if (message.module != null && $Object.hasOwnProperty.call(message, "module"))
                    object.module = options.bytes === $String ? $util.base64.encode(message.module, 0, message.module.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.module) : message.module;
                if (message.input != null && $Object.hasOwnProperty.call(message, "input"))
                    object.input = options.bytes === $String ? $util.base64.encode(message.input, 0, message.input.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.input) : message.input;
                return object;
            };

            /**
             * Converts this SubmitTask to JSON.
             * @function toJSON
             * @memberof ailee.v1.SubmitTask
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            SubmitTask.prototype.toJSON = function() {
                return SubmitTask.toObject(this, $protobuf.util.toJSONOptions);
            };

            return SubmitTask;
        })();

        v1.Bid = (function() {

            /**
             * Properties of a Bid.
             * @typedef {Object} ailee.v1.Bid.$Properties
             * @property {string|null} [taskId] Bid taskId
             * @property {number|null} [attempt] Bid attempt
             * @property {number|null} [price] Bid price
             * @property {number|null} [health] Bid health
             * @property {number|null} [queueDepth] Bid queueDepth
             * @property {number|null} [freeSlots] Bid freeSlots
             * @property {boolean|null} [decline] Bid decline
             * @property {string|null} [reason] Bid reason
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Bid.
             * @memberof ailee.v1
             * @interface IBid
             * @augments ailee.v1.Bid.$Properties
             * @deprecated Use ailee.v1.Bid.$Properties instead.
             */

            /**
             * Shape of a Bid.
             * @typedef {ailee.v1.Bid.$Properties} ailee.v1.Bid.$Shape
             */

            /**
             * Constructs a new Bid.
             * @memberof ailee.v1
             * @classdesc Represents a Bid.
             * @constructor
             * @param {ailee.v1.Bid.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Bid = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Bid taskId.
             * @member {string} taskId
             * @memberof ailee.v1.Bid
             * @instance
             */
            Bid.prototype.taskId = "";

            /**
             * Bid attempt.
             * @member {number} attempt
             * @memberof ailee.v1.Bid
             * @instance
             */
            Bid.prototype.attempt = 0;

            /**
             * Bid price.
             * @member {number} price
             * @memberof ailee.v1.Bid
             * @instance
             */
            Bid.prototype.price = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Bid health.
             * @member {number} health
             * @memberof ailee.v1.Bid
             * @instance
             */
            Bid.prototype.health = 0;

            /**
             * Bid queueDepth.
             * @member {number} queueDepth
             * @memberof ailee.v1.Bid
             * @instance
             */
            Bid.prototype.queueDepth = 0;

            /**
             * Bid freeSlots.
             * @member {number} freeSlots
             * @memberof ailee.v1.Bid
             * @instance
             */
            Bid.prototype.freeSlots = 0;

            /**
             * Bid decline.
             * @member {boolean} decline
             * @memberof ailee.v1.Bid
             * @instance
             */
            Bid.prototype.decline = false;

            /**
             * Bid reason.
             * @member {string} reason
             * @memberof ailee.v1.Bid
             * @instance
             */
            Bid.prototype.reason = "";

            /**
             * Creates a new Bid instance using the specified properties.
             * @function create
             * @memberof ailee.v1.Bid
             * @static
             * @param {ailee.v1.Bid.$Properties=} [properties] Properties to set
             * @returns {ailee.v1.Bid} Bid instance
             * @type {{
             *   (properties: ailee.v1.Bid.$Shape): ailee.v1.Bid & ailee.v1.Bid.$Shape;
             *   (properties?: ailee.v1.Bid.$Properties): ailee.v1.Bid;
             * }}
             */
            Bid.create = function(properties) {
                return new Bid(properties);
            };

            /**
             * Encodes the specified Bid message. Does not implicitly {@link ailee.v1.Bid.verify|verify} messages.
             * @function encode
             * @memberof ailee.v1.Bid
             * @static
             * @param {ailee.v1.Bid.$Properties} message Bid message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Bid.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.taskId != null && $Object.hasOwnProperty.call(message, "taskId") && message.taskId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.taskId);
                if (message.attempt != null && $Object.hasOwnProperty.call(message, "attempt") && message.attempt !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.attempt);
                if (message.price != null && $Object.hasOwnProperty.call(message, "price") && (typeof message.price === "object" ? message.price.low || message.price.high : message.price !== 0))
                    writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.price);
                if (message.health != null && $Object.hasOwnProperty.call(message, "health") && !$Object.is(message.health, 0))
                    writer.uint32(/* id 4, wireType 1 =*/33).double(message.health);
                if (message.queueDepth != null && $Object.hasOwnProperty.call(message, "queueDepth") && message.queueDepth !== 0)
                    writer.uint32(/* id 5, wireType 0 =*/40).uint32(message.queueDepth);
                if (message.freeSlots != null && $Object.hasOwnProperty.call(message, "freeSlots") && message.freeSlots !== 0)
                    writer.uint32(/* id 6, wireType 0 =*/48).uint32(message.freeSlots);
                if (message.decline != null && $Object.hasOwnProperty.call(message, "decline") && message.decline !== false)
                    writer.uint32(/* id 7, wireType 0 =*/56).bool(message.decline);
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason") && message.reason !== "")
                    writer.uint32(/* id 8, wireType 2 =*/66).string(message.reason);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Bid message from the specified reader or buffer.
             * @function decode
             * @memberof ailee.v1.Bid
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {ailee.v1.Bid & ailee.v1.Bid.$Shape} Bid
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Bid.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.ailee.v1.Bid();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.taskId = value;
                            else
                                delete message.taskId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.attempt = value;
                            else
                                delete message.attempt;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.price = value;
                            else
                                delete message.price;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.health = value;
                            else
                                delete message.health;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.queueDepth = value;
                            else
                                delete message.queueDepth;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.freeSlots = value;
                            else
                                delete message.freeSlots;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.decline = value;
                            else
                                delete message.decline;
                            continue;
                        }
                    case 8: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.reason = value;
                            else
                                delete message.reason;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates a Bid message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof ailee.v1.Bid
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {ailee.v1.Bid} Bid
             */
            Bid.fromObject = function (object, _depth) {
                if (object instanceof $root.ailee.v1.Bid)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".ailee.v1.Bid: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.ailee.v1.Bid();
                if (object.taskId != null)
                    if (typeof object.taskId !== "string" || object.taskId.length)
                        message.taskId = $String(object.taskId);
                if (object.attempt != null)
                    if ($Number(object.attempt) !== 0)
                        message.attempt = object.attempt >>> 0;
                if (object.price != null)
                    if (typeof object.price === "object" ? object.price.low || object.price.high : $Number(object.price) !== 0)
                        if ($util.Long)
                            message.price = $util.Long.fromValue(object.price, true);
                        else if (typeof object.price === "string")
                            message.price = $parseInt(object.price, 10);
                        else if (typeof object.price === "number")
                            message.price = object.price;
                        else if (typeof object.price === "object")
                            message.price = new $util.LongBits(object.price.low >>> 0, object.price.high >>> 0).toNumber(true);
                if (object.health != null)
                    if (!$Object.is($Number(object.health), 0))
                        message.health = $Number(object.health);
                if (object.queueDepth != null)
                    if ($Number(object.queueDepth) !== 0)
                        message.queueDepth = object.queueDepth >>> 0;
                if (object.freeSlots != null)
                    if ($Number(object.freeSlots) !== 0)
                        message.freeSlots = object.freeSlots >>> 0;
                if (object.decline != null)
                    if (object.decline)
                        message.decline = $Boolean(object.decline);
                if (object.reason != null)
                    if (typeof object.reason !== "string" || object.reason.length)
                        message.reason = $String(object.reason);
                return message;
            };

            /**
             * Creates a plain object from a Bid message. Also converts values to other types if specified.
             * @function toObject
             * @memberof ailee.v1.Bid
             * @static
             * @param {ailee.v1.Bid} message Bid
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Bid.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.taskId = "";
                    object.attempt = 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.price = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.price = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.health = 0;
                    object.queueDepth = 0;
                    object.freeSlots = 0;
                    object.decline = false;
                    object.reason = "";
                }
                if (message.taskId != null && $Object.hasOwnProperty.call(message, "taskId"))
                    object.taskId = message.taskId;
                if (message.attempt != null && $Object.hasOwnProperty.call(message, "attempt"))
                    object.attempt = message.attempt;
                if (message.price != null && $Object.hasOwnProperty.call(message, "price"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.price = typeof message.price === "number" ? $BigInt(message.price) : $util.Long.fromBits(message.price.low >>> 0, message.price.high >>> 0, true).toBigInt();
                    else if (typeof message.price === "number")
                        object.price = options.longs === $String ? $String(message.price) : message.price;
                    else
                        object.price = options.longs === $String ? $util.Long.prototype.toString.call(message.price) : options.longs === $Number ? new $util.LongBits(message.price.low >>> 0, message.price.high >>> 0).toNumber(true) : message.price;
                if (message.health != null && $Object.hasOwnProperty.call(message, "health"))
                    object.health = options.json && !$isFinite(message.health) ? $String(message.health) : message.health;
                if (message.queueDepth != null && $Object.hasOwnProperty.call(message, "queueDepth"))
                    object.queueDepth = message.queueDepth;
                if (message.freeSlots != null && $Object.hasOwnProperty.call(message, "freeSlots"))
                    object.freeSlots = message.freeSlots;
                if (message.decline != null && $Object.hasOwnProperty.call(message, "decline"))
                    object.decline = message.decline;
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason"))
                    object.reason = message.reason;
                return object;
            };

            /**
             * Converts this Bid to JSON.
             * @function toJSON
             * @memberof ailee.v1.Bid
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Bid.prototype.toJSON = function() {
                return Bid.toObject(this, $protobuf.util.toJSONOptions);
            };

            return Bid;
        })();

        v1.BidAck = (function() {

            /**
             * Properties of a BidAck.
             * @typedef {Object} ailee.v1.BidAck.$Properties
             * @property {boolean|null} [accepted] BidAck accepted
             * @property {string|null} [reason] BidAck reason
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a BidAck.
             * @memberof ailee.v1
             * @interface IBidAck
             * @augments ailee.v1.BidAck.$Properties
             * @deprecated Use ailee.v1.BidAck.$Properties instead.
             */

            /**
             * Shape of a BidAck.
             * @typedef {ailee.v1.BidAck.$Properties} ailee.v1.BidAck.$Shape
             */

            /**
             * Constructs a new BidAck.
             * @memberof ailee.v1
             * @classdesc Represents a BidAck.
             * @constructor
             * @param {ailee.v1.BidAck.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const BidAck = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * BidAck accepted.
             * @member {boolean} accepted
             * @memberof ailee.v1.BidAck
             * @instance
             */
            BidAck.prototype.accepted = false;

            /**
             * BidAck reason.
             * @member {string} reason
             * @memberof ailee.v1.BidAck
             * @instance
             */
            BidAck.prototype.reason = "";

            /**
             * Creates a new BidAck instance using the specified properties.
             * @function create
             * @memberof ailee.v1.BidAck
             * @static
             * @param {ailee.v1.BidAck.$Properties=} [properties] Properties to set
             * @returns {ailee.v1.BidAck} BidAck instance
             * @type {{
             *   (properties: ailee.v1.BidAck.$Shape): ailee.v1.BidAck & ailee.v1.BidAck.$Shape;
             *   (properties?: ailee.v1.BidAck.$Properties): ailee.v1.BidAck;
             * }}
             */
            BidAck.create = function(properties) {
                return new BidAck(properties);
            };

            /**
             * Encodes the specified BidAck message. Does not implicitly {@link ailee.v1.BidAck.verify|verify} messages.
             * @function encode
             * @memberof ailee.v1.BidAck
             * @static
             * @param {ailee.v1.BidAck.$Properties} message BidAck message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            BidAck.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.accepted != null && $Object.hasOwnProperty.call(message, "accepted") && message.accepted !== false)
                    writer.uint32(/* id 1, wireType 0 =*/8).bool(message.accepted);
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason") && message.reason !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.reason);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a BidAck message from the specified reader or buffer.
             * @function decode
             * @memberof ailee.v1.BidAck
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {ailee.v1.BidAck & ailee.v1.BidAck.$Shape} BidAck
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            BidAck.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.ailee.v1.BidAck();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.accepted = value;
                            else
                                delete message.accepted;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.reason = value;
                            else
                                delete message.reason;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates a BidAck message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof ailee.v1.BidAck
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {ailee.v1.BidAck} BidAck
             */
            BidAck.fromObject = function (object, _depth) {
                if (object instanceof $root.ailee.v1.BidAck)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".ailee.v1.BidAck: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.ailee.v1.BidAck();
                if (object.accepted != null)
                    if (object.accepted)
                        message.accepted = $Boolean(object.accepted);
                if (object.reason != null)
                    if (typeof object.reason !== "string" || object.reason.length)
                        message.reason = $String(object.reason);
                return message;
            };

            /**
             * Creates a plain object from a BidAck message. Also converts values to other types if specified.
             * @function toObject
             * @memberof ailee.v1.BidAck
             * @static
             * @param {ailee.v1.BidAck} message BidAck
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            BidAck.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.accepted = false;
                    object.reason = "";
                }
                if (message.accepted != null && $Object.hasOwnProperty.call(message, "accepted"))
                    object.accepted = message.accepted;
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason"))
                    object.reason = message.reason;
                return object;
            };

            /**
             * Converts this BidAck to JSON.
             * @function toJSON
             * @memberof ailee.v1.BidAck
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            BidAck.prototype.toJSON = function() {
                return BidAck.toObject(this, $protobuf.util.toJSONOptions);
            };

            return BidAck;
        })();

        v1.Assign = (function() {

            /**
             * Properties of an Assign.
             * @typedef {Object} ailee.v1.Assign.$Properties
             * @property {string|null} [taskId] Assign taskId
             * @property {number|null} [attempt] Assign attempt
             * @property {ailee.v1.TaskSpec.$Properties|null} [spec] Assign spec
             * @property {number|null} [leaseMs] Assign leaseMs
             * @property {Uint8Array|null} [nonce] Assign nonce
             * @property {Uint8Array|null} [module] Assign module
             * @property {Uint8Array|null} [input] Assign input
             * @property {boolean|null} [contentInline] Assign contentInline
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an Assign.
             * @memberof ailee.v1
             * @interface IAssign
             * @augments ailee.v1.Assign.$Properties
             * @deprecated Use ailee.v1.Assign.$Properties instead.
             */

            /**
             * Shape of an Assign.
             * @typedef {ailee.v1.Assign.$Properties} ailee.v1.Assign.$Shape
             */

            /**
             * Constructs a new Assign.
             * @memberof ailee.v1
             * @classdesc Represents an Assign.
             * @constructor
             * @param {ailee.v1.Assign.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Assign = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Assign taskId.
             * @member {string} taskId
             * @memberof ailee.v1.Assign
             * @instance
             */
            Assign.prototype.taskId = "";

            /**
             * Assign attempt.
             * @member {number} attempt
             * @memberof ailee.v1.Assign
             * @instance
             */
            Assign.prototype.attempt = 0;

            /**
             * Assign spec.
             * @member {ailee.v1.TaskSpec.$Properties|null|undefined} spec
             * @memberof ailee.v1.Assign
             * @instance
             */
            Assign.prototype.spec = null;

            /**
             * Assign leaseMs.
             * @member {number} leaseMs
             * @memberof ailee.v1.Assign
             * @instance
             */
            Assign.prototype.leaseMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Assign nonce.
             * @member {Uint8Array} nonce
             * @memberof ailee.v1.Assign
             * @instance
             */
            Assign.prototype.nonce = $util.newBuffer([]);

            /**
             * Assign module.
             * @member {Uint8Array} module
             * @memberof ailee.v1.Assign
             * @instance
             */
            Assign.prototype.module = $util.newBuffer([]);

            /**
             * Assign input.
             * @member {Uint8Array} input
             * @memberof ailee.v1.Assign
             * @instance
             */
            Assign.prototype.input = $util.newBuffer([]);

            /**
             * Assign contentInline.
             * @member {boolean} contentInline
             * @memberof ailee.v1.Assign
             * @instance
             */
            Assign.prototype.contentInline = false;

            /**
             * Creates a new Assign instance using the specified properties.
             * @function create
             * @memberof ailee.v1.Assign
             * @static
             * @param {ailee.v1.Assign.$Properties=} [properties] Properties to set
             * @returns {ailee.v1.Assign} Assign instance
             * @type {{
             *   (properties: ailee.v1.Assign.$Shape): ailee.v1.Assign & ailee.v1.Assign.$Shape;
             *   (properties?: ailee.v1.Assign.$Properties): ailee.v1.Assign;
             * }}
             */
            Assign.create = function(properties) {
                return new Assign(properties);
            };

            /**
             * Encodes the specified Assign message. Does not implicitly {@link ailee.v1.Assign.verify|verify} messages.
             * @function encode
             * @memberof ailee.v1.Assign
             * @static
             * @param {ailee.v1.Assign.$Properties} message Assign message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Assign.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.taskId != null && $Object.hasOwnProperty.call(message, "taskId") && message.taskId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.taskId);
                if (message.attempt != null && $Object.hasOwnProperty.call(message, "attempt") && message.attempt !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.attempt);
                if (message.spec != null && $Object.hasOwnProperty.call(message, "spec"))
                    $root.ailee.v1.TaskSpec.encode(message.spec, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                if (message.leaseMs != null && $Object.hasOwnProperty.call(message, "leaseMs") && (typeof message.leaseMs === "object" ? message.leaseMs.low || message.leaseMs.high : message.leaseMs !== 0))
                    writer.uint32(/* id 4, wireType 0 =*/32).uint64(message.leaseMs);
                if (message.nonce != null && $Object.hasOwnProperty.call(message, "nonce") && message.nonce.length)
                    writer.uint32(/* id 5, wireType 2 =*/42).bytes(message.nonce);
                if (message.module != null && $Object.hasOwnProperty.call(message, "module") && message.module.length)
                    writer.uint32(/* id 6, wireType 2 =*/50).bytes(message.module);
                if (message.input != null && $Object.hasOwnProperty.call(message, "input") && message.input.length)
                    writer.uint32(/* id 7, wireType 2 =*/58).bytes(message.input);
                if (message.contentInline != null && $Object.hasOwnProperty.call(message, "contentInline") && message.contentInline !== false)
                    writer.uint32(/* id 8, wireType 0 =*/64).bool(message.contentInline);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an Assign message from the specified reader or buffer.
             * @function decode
             * @memberof ailee.v1.Assign
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {ailee.v1.Assign & ailee.v1.Assign.$Shape} Assign
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Assign.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.ailee.v1.Assign();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.taskId = value;
                            else
                                delete message.taskId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.attempt = value;
                            else
                                delete message.attempt;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.spec = $root.ailee.v1.TaskSpec.decode(reader, reader.size(), $undefined, _depth + 1, message.spec);
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.leaseMs = value;
                            else
                                delete message.leaseMs;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.nonce = value;
                            else
                                delete message.nonce;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.module = value;
                            else
                                delete message.module;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.input = value;
                            else
                                delete message.input;
                            continue;
                        }
                    case 8: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.contentInline = value;
                            else
                                delete message.contentInline;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates an Assign message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof ailee.v1.Assign
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {ailee.v1.Assign} Assign
             */
            Assign.fromObject = function (object, _depth) {
                if (object instanceof $root.ailee.v1.Assign)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".ailee.v1.Assign: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.ailee.v1.Assign();
                if (object.taskId != null)
                    if (typeof object.taskId !== "string" || object.taskId.length)
                        message.taskId = $String(object.taskId);
                if (object.attempt != null)
                    if ($Number(object.attempt) !== 0)
                        message.attempt = object.attempt >>> 0;
                if (object.spec != null) {
                    if (!$util.isObject(object.spec))
                        throw $TypeError(".ailee.v1.Assign.spec: object expected");
                    message.spec = $root.ailee.v1.TaskSpec.fromObject(object.spec, _depth + 1);
                }
                if (object.leaseMs != null)
                    if (typeof object.leaseMs === "object" ? object.leaseMs.low || object.leaseMs.high : $Number(object.leaseMs) !== 0)
                        if ($util.Long)
                            message.leaseMs = $util.Long.fromValue(object.leaseMs, true);
                        else if (typeof object.leaseMs === "string")
                            message.leaseMs = $parseInt(object.leaseMs, 10);
                        else if (typeof object.leaseMs === "number")
                            message.leaseMs = object.leaseMs;
                        else if (typeof object.leaseMs === "object")
                            message.leaseMs = new $util.LongBits(object.leaseMs.low >>> 0, object.leaseMs.high >>> 0).toNumber(true);
                if (object.nonce != null)
                    if (object.nonce.length)
                        if (typeof object.nonce === "string")
                            $util.base64.decode(object.nonce, message.nonce = $util.newBuffer($util.base64.length(object.nonce)), 0);
                        else if (object.nonce.length >= 0)
                            message.nonce = object.nonce;
                if (object.module != null)
                    if (object.module.length)
                        if (typeof object.module === "string")
                            $util.base64.decode(object.module, message.module = $util.newBuffer($util.base64.length(object.module)), 0);
                        else if (object.module.length >= 0)
                            message.module = object.module;
                if (object.input != null)
                    if (object.input.length)
                        if (typeof object.input === "string")
                            $util.base64.decode(object.input, message.input = $util.newBuffer($util.base64.length(object.input)), 0);
                        else if (object.input.length >= 0)
                            message.input = object.input;
                if (object.contentInline != null)
                    if (object.contentInline)
                        message.contentInline = $Boolean(object.contentInline);
                return message;
            };

            /**
             * Creates a plain object from an Assign message. Also converts values to other types if specified.
             * @function toObject
             * @memberof ailee.v1.Assign
             * @static
             * @param {ailee.v1.Assign} message Assign
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Assign.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.taskId = "";
                    object.attempt = 0;
                    object.spec = null;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.leaseMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.leaseMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if (options.bytes === $String)
                        object.nonce = "";
                    else {
                        object.nonce = [];
                        if (options.bytes !== $Array)
                            object.nonce = $util.newBuffer(object.nonce);
                    }
                    if (options.bytes === $String)
                        object.module = "";
                    else {
                        object.module = [];
                        if (options.bytes !== $Array)
                            object.module = $util.newBuffer(object.module);
                    }
                    if (options.bytes === $String)
                        object.input = "";
                    else {
                        object.input = [];
                        if (options.bytes !== $Array)
                            object.input = $util.newBuffer(object.input);
                    }
                    object.contentInline = false;
                }
                if (message.taskId != null && $Object.hasOwnProperty.call(message, "taskId"))
                    object.taskId = message.taskId;
                if (message.attempt != null && $Object.hasOwnProperty.call(message, "attempt"))
                    object.attempt = message.attempt;
                if (message.spec != null && $Object.hasOwnProperty.call(message, "spec"))
                    object.spec = $root.ailee.v1.TaskSpec.toObject(message.spec, options, _depth + 1);
                if (message.leaseMs != null && $Object.hasOwnProperty.call(message, "leaseMs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.leaseMs = typeof message.leaseMs === "number" ? $BigInt(message.leaseMs) : $util.Long.fromBits(message.leaseMs.low >>> 0, message.leaseMs.high >>> 0, true).toBigInt();
                    else if (typeof message.leaseMs === "number")
                        object.leaseMs = options.longs === $String ? $String(message.leaseMs) : message.leaseMs;
                    else
                        object.leaseMs = options.longs === $String ? $util.Long.prototype.toString.call(message.leaseMs) : options.longs === $Number ? new $util.LongBits(message.leaseMs.low >>> 0, message.leaseMs.high >>> 0).toNumber(true) : message.leaseMs;
                if (message.nonce != null && $Object.hasOwnProperty.call(message, "nonce"))
                    object.nonce = options.bytes === $String ? $util.base64.encode(message.nonce, 0, message.nonce.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.nonce) : message.nonce;
                if (message.module != null && $Object.hasOwnProperty.call(message, "module"))
                    object.module = options.bytes === $String ? $util.base64.encode(message.module, 0, message.module.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.module) : message.module;
                if (message.input != null && $Object.hasOwnProperty.call(message, "input"))
                    object.input = options.bytes === $String ? $util.base64.encode(message.input, 0, message.input.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.input) : message.input;
                if (message.contentInline != null && $Object.hasOwnProperty.call(message, "contentInline"))
                    object.contentInline = message.contentInline;
                return object;
            };

            /**
             * Converts this Assign to JSON.
             * @function toJSON
             * @memberof ailee.v1.Assign
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Assign.prototype.toJSON = function() {
                return Assign.toObject(this, $protobuf.util.toJSONOptions);
            };

            return Assign;
        })();

        v1.AssignAck = (function() {

            /**
             * Properties of an AssignAck.
             * @typedef {Object} ailee.v1.AssignAck.$Properties
             * @property {boolean|null} [accepted] AssignAck accepted
             * @property {string|null} [reason] AssignAck reason
             * @property {boolean|null} [running] AssignAck running
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an AssignAck.
             * @memberof ailee.v1
             * @interface IAssignAck
             * @augments ailee.v1.AssignAck.$Properties
             * @deprecated Use ailee.v1.AssignAck.$Properties instead.
             */

            /**
             * Shape of an AssignAck.
             * @typedef {ailee.v1.AssignAck.$Properties} ailee.v1.AssignAck.$Shape
             */

            /**
             * Constructs a new AssignAck.
             * @memberof ailee.v1
             * @classdesc Represents an AssignAck.
             * @constructor
             * @param {ailee.v1.AssignAck.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const AssignAck = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * AssignAck accepted.
             * @member {boolean} accepted
             * @memberof ailee.v1.AssignAck
             * @instance
             */
            AssignAck.prototype.accepted = false;

            /**
             * AssignAck reason.
             * @member {string} reason
             * @memberof ailee.v1.AssignAck
             * @instance
             */
            AssignAck.prototype.reason = "";

            /**
             * AssignAck running.
             * @member {boolean} running
             * @memberof ailee.v1.AssignAck
             * @instance
             */
            AssignAck.prototype.running = false;

            /**
             * Creates a new AssignAck instance using the specified properties.
             * @function create
             * @memberof ailee.v1.AssignAck
             * @static
             * @param {ailee.v1.AssignAck.$Properties=} [properties] Properties to set
             * @returns {ailee.v1.AssignAck} AssignAck instance
             * @type {{
             *   (properties: ailee.v1.AssignAck.$Shape): ailee.v1.AssignAck & ailee.v1.AssignAck.$Shape;
             *   (properties?: ailee.v1.AssignAck.$Properties): ailee.v1.AssignAck;
             * }}
             */
            AssignAck.create = function(properties) {
                return new AssignAck(properties);
            };

            /**
             * Encodes the specified AssignAck message. Does not implicitly {@link ailee.v1.AssignAck.verify|verify} messages.
             * @function encode
             * @memberof ailee.v1.AssignAck
             * @static
             * @param {ailee.v1.AssignAck.$Properties} message AssignAck message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            AssignAck.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.accepted != null && $Object.hasOwnProperty.call(message, "accepted") && message.accepted !== false)
                    writer.uint32(/* id 1, wireType 0 =*/8).bool(message.accepted);
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason") && message.reason !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.reason);
                if (message.running != null && $Object.hasOwnProperty.call(message, "running") && message.running !== false)
                    writer.uint32(/* id 3, wireType 0 =*/24).bool(message.running);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an AssignAck message from the specified reader or buffer.
             * @function decode
             * @memberof ailee.v1.AssignAck
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {ailee.v1.AssignAck & ailee.v1.AssignAck.$Shape} AssignAck
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            AssignAck.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.ailee.v1.AssignAck();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.accepted = value;
                            else
                                delete message.accepted;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.reason = value;
                            else
                                delete message.reason;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.running = value;
                            else
                                delete message.running;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates an AssignAck message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof ailee.v1.AssignAck
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {ailee.v1.AssignAck} AssignAck
             */
            AssignAck.fromObject = function (object, _depth) {
                if (object instanceof $root.ailee.v1.AssignAck)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".ailee.v1.AssignAck: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.ailee.v1.AssignAck();
                if (object.accepted != null)
                    if (object.accepted)
                        message.accepted = $Boolean(object.accepted);
                if (object.reason != null)
                    if (typeof object.reason !== "string" || object.reason.length)
                        message.reason = $String(object.reason);
                if (object.running != null)
                    if (object.running)
                        message.running = $Boolean(object.running);
                return message;
            };

            /**
             * Creates a plain object from an AssignAck message. Also converts values to other types if specified.
             * @function toObject
             * @memberof ailee.v1.AssignAck
             * @static
             * @param {ailee.v1.AssignAck} message AssignAck
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            AssignAck.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.accepted = false;
                    object.reason = "";
                    object.running = false;
                }
                if (message.accepted != null && $Object.hasOwnProperty.call(message, "accepted"))
                    object.accepted = message.accepted;
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason"))
                    object.reason = message.reason;
                if (message.running != null && $Object.hasOwnProperty.call(message, "running"))
                    object.running = message.running;
                return object;
            };

            /**
             * Converts this AssignAck to JSON.
             * @function toJSON
             * @memberof ailee.v1.AssignAck
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            AssignAck.prototype.toJSON = function() {
                return AssignAck.toObject(this, $protobuf.util.toJSONOptions);
            };

            return AssignAck;
        })();

        v1.Heartbeat = (function() {

            /**
             * Properties of a Heartbeat.
             * @typedef {Object} ailee.v1.Heartbeat.$Properties
             * @property {string|null} [taskId] Heartbeat taskId
             * @property {number|null} [attempt] Heartbeat attempt
             * @property {string|null} [phase] Heartbeat phase
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Heartbeat.
             * @memberof ailee.v1
             * @interface IHeartbeat
             * @augments ailee.v1.Heartbeat.$Properties
             * @deprecated Use ailee.v1.Heartbeat.$Properties instead.
             */

            /**
             * Shape of a Heartbeat.
             * @typedef {ailee.v1.Heartbeat.$Properties} ailee.v1.Heartbeat.$Shape
             */

            /**
             * Constructs a new Heartbeat.
             * @memberof ailee.v1
             * @classdesc Represents a Heartbeat.
             * @constructor
             * @param {ailee.v1.Heartbeat.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Heartbeat = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Heartbeat taskId.
             * @member {string} taskId
             * @memberof ailee.v1.Heartbeat
             * @instance
             */
            Heartbeat.prototype.taskId = "";

            /**
             * Heartbeat attempt.
             * @member {number} attempt
             * @memberof ailee.v1.Heartbeat
             * @instance
             */
            Heartbeat.prototype.attempt = 0;

            /**
             * Heartbeat phase.
             * @member {string} phase
             * @memberof ailee.v1.Heartbeat
             * @instance
             */
            Heartbeat.prototype.phase = "";

            /**
             * Creates a new Heartbeat instance using the specified properties.
             * @function create
             * @memberof ailee.v1.Heartbeat
             * @static
             * @param {ailee.v1.Heartbeat.$Properties=} [properties] Properties to set
             * @returns {ailee.v1.Heartbeat} Heartbeat instance
             * @type {{
             *   (properties: ailee.v1.Heartbeat.$Shape): ailee.v1.Heartbeat & ailee.v1.Heartbeat.$Shape;
             *   (properties?: ailee.v1.Heartbeat.$Properties): ailee.v1.Heartbeat;
             * }}
             */
            Heartbeat.create = function(properties) {
                return new Heartbeat(properties);
            };

            /**
             * Encodes the specified Heartbeat message. Does not implicitly {@link ailee.v1.Heartbeat.verify|verify} messages.
             * @function encode
             * @memberof ailee.v1.Heartbeat
             * @static
             * @param {ailee.v1.Heartbeat.$Properties} message Heartbeat message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Heartbeat.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.taskId != null && $Object.hasOwnProperty.call(message, "taskId") && message.taskId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.taskId);
                if (message.attempt != null && $Object.hasOwnProperty.call(message, "attempt") && message.attempt !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.attempt);
                if (message.phase != null && $Object.hasOwnProperty.call(message, "phase") && message.phase !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.phase);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Heartbeat message from the specified reader or buffer.
             * @function decode
             * @memberof ailee.v1.Heartbeat
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {ailee.v1.Heartbeat & ailee.v1.Heartbeat.$Shape} Heartbeat
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Heartbeat.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.ailee.v1.Heartbeat();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.taskId = value;
                            else
                                delete message.taskId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.attempt = value;
                            else
                                delete message.attempt;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.phase = value;
                            else
                                delete message.phase;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates a Heartbeat message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof ailee.v1.Heartbeat
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {ailee.v1.Heartbeat} Heartbeat
             */
            Heartbeat.fromObject = function (object, _depth) {
                if (object instanceof $root.ailee.v1.Heartbeat)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".ailee.v1.Heartbeat: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.ailee.v1.Heartbeat();
                if (object.taskId != null)
                    if (typeof object.taskId !== "string" || object.taskId.length)
                        message.taskId = $String(object.taskId);
                if (object.attempt != null)
                    if ($Number(object.attempt) !== 0)
                        message.attempt = object.attempt >>> 0;
                if (object.phase != null)
                    if (typeof object.phase !== "string" || object.phase.length)
                        message.phase = $String(object.phase);
                return message;
            };

            /**
             * Creates a plain object from a Heartbeat message. Also converts values to other types if specified.
             * @function toObject
             * @memberof ailee.v1.Heartbeat
             * @static
             * @param {ailee.v1.Heartbeat} message Heartbeat
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Heartbeat.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.taskId = "";
                    object.attempt = 0;
                    object.phase = "";
                }
                if (message.taskId != null && $Object.hasOwnProperty.call(message, "taskId"))
                    object.taskId = message.taskId;
                if (message.attempt != null && $Object.hasOwnProperty.call(message, "attempt"))
                    object.attempt = message.attempt;
                if (message.phase != null && $Object.hasOwnProperty.call(message, "phase"))
                    object.phase = message.phase;
                return object;
            };

            /**
             * Converts this Heartbeat to JSON.
             * @function toJSON
             * @memberof ailee.v1.Heartbeat
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Heartbeat.prototype.toJSON = function() {
                return Heartbeat.toObject(this, $protobuf.util.toJSONOptions);
            };

            return Heartbeat;
        })();

        v1.TaskResult = (function() {

            /**
             * Properties of a TaskResult.
             * @typedef {Object} ailee.v1.TaskResult.$Properties
             * @property {string|null} [taskId] TaskResult taskId
             * @property {number|null} [attempt] TaskResult attempt
             * @property {ailee.v1.SignedReceipt.$Properties|null} [receipt] TaskResult receipt
             * @property {Uint8Array|null} [stdout] TaskResult stdout
             * @property {Uint8Array|null} [stderr] TaskResult stderr
             * @property {string|null} [error] TaskResult error
             * @property {boolean|null} [handedBack] TaskResult handedBack
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a TaskResult.
             * @memberof ailee.v1
             * @interface ITaskResult
             * @augments ailee.v1.TaskResult.$Properties
             * @deprecated Use ailee.v1.TaskResult.$Properties instead.
             */

            /**
             * Shape of a TaskResult.
             * @typedef {ailee.v1.TaskResult.$Properties} ailee.v1.TaskResult.$Shape
             */

            /**
             * Constructs a new TaskResult.
             * @memberof ailee.v1
             * @classdesc Represents a TaskResult.
             * @constructor
             * @param {ailee.v1.TaskResult.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const TaskResult = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * TaskResult taskId.
             * @member {string} taskId
             * @memberof ailee.v1.TaskResult
             * @instance
             */
            TaskResult.prototype.taskId = "";

            /**
             * TaskResult attempt.
             * @member {number} attempt
             * @memberof ailee.v1.TaskResult
             * @instance
             */
            TaskResult.prototype.attempt = 0;

            /**
             * TaskResult receipt.
             * @member {ailee.v1.SignedReceipt.$Properties|null|undefined} receipt
             * @memberof ailee.v1.TaskResult
             * @instance
             */
            TaskResult.prototype.receipt = null;

            /**
             * TaskResult stdout.
             * @member {Uint8Array} stdout
             * @memberof ailee.v1.TaskResult
             * @instance
             */
            TaskResult.prototype.stdout = $util.newBuffer([]);

            /**
             * TaskResult stderr.
             * @member {Uint8Array} stderr
             * @memberof ailee.v1.TaskResult
             * @instance
             */
            TaskResult.prototype.stderr = $util.newBuffer([]);

            /**
             * TaskResult error.
             * @member {string} error
             * @memberof ailee.v1.TaskResult
             * @instance
             */
            TaskResult.prototype.error = "";

            /**
             * TaskResult handedBack.
             * @member {boolean} handedBack
             * @memberof ailee.v1.TaskResult
             * @instance
             */
            TaskResult.prototype.handedBack = false;

            /**
             * Creates a new TaskResult instance using the specified properties.
             * @function create
             * @memberof ailee.v1.TaskResult
             * @static
             * @param {ailee.v1.TaskResult.$Properties=} [properties] Properties to set
             * @returns {ailee.v1.TaskResult} TaskResult instance
             * @type {{
             *   (properties: ailee.v1.TaskResult.$Shape): ailee.v1.TaskResult & ailee.v1.TaskResult.$Shape;
             *   (properties?: ailee.v1.TaskResult.$Properties): ailee.v1.TaskResult;
             * }}
             */
            TaskResult.create = function(properties) {
                return new TaskResult(properties);
            };

            /**
             * Encodes the specified TaskResult message. Does not implicitly {@link ailee.v1.TaskResult.verify|verify} messages.
             * @function encode
             * @memberof ailee.v1.TaskResult
             * @static
             * @param {ailee.v1.TaskResult.$Properties} message TaskResult message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            TaskResult.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.taskId != null && $Object.hasOwnProperty.call(message, "taskId") && message.taskId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.taskId);
                if (message.attempt != null && $Object.hasOwnProperty.call(message, "attempt") && message.attempt !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.attempt);
                if (message.receipt != null && $Object.hasOwnProperty.call(message, "receipt"))
                    $root.ailee.v1.SignedReceipt.encode(message.receipt, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                if (message.stdout != null && $Object.hasOwnProperty.call(message, "stdout") && message.stdout.length)
                    writer.uint32(/* id 4, wireType 2 =*/34).bytes(message.stdout);
                if (message.stderr != null && $Object.hasOwnProperty.call(message, "stderr") && message.stderr.length)
                    writer.uint32(/* id 5, wireType 2 =*/42).bytes(message.stderr);
                if (message.error != null && $Object.hasOwnProperty.call(message, "error") && message.error !== "")
                    writer.uint32(/* id 6, wireType 2 =*/50).string(message.error);
                if (message.handedBack != null && $Object.hasOwnProperty.call(message, "handedBack") && message.handedBack !== false)
                    writer.uint32(/* id 7, wireType 0 =*/56).bool(message.handedBack);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a TaskResult message from the specified reader or buffer.
             * @function decode
             * @memberof ailee.v1.TaskResult
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {ailee.v1.TaskResult & ailee.v1.TaskResult.$Shape} TaskResult
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            TaskResult.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.ailee.v1.TaskResult();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.taskId = value;
                            else
                                delete message.taskId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.attempt = value;
                            else
                                delete message.attempt;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.receipt = $root.ailee.v1.SignedReceipt.decode(reader, reader.size(), $undefined, _depth + 1, message.receipt);
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.stdout = value;
                            else
                                delete message.stdout;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.stderr = value;
                            else
                                delete message.stderr;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.error = value;
                            else
                                delete message.error;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.handedBack = value;
                            else
                                delete message.handedBack;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates a TaskResult message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof ailee.v1.TaskResult
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {ailee.v1.TaskResult} TaskResult
             */
            TaskResult.fromObject = function (object, _depth) {
                if (object instanceof $root.ailee.v1.TaskResult)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".ailee.v1.TaskResult: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.ailee.v1.TaskResult();
                if (object.taskId != null)
                    if (typeof object.taskId !== "string" || object.taskId.length)
                        message.taskId = $String(object.taskId);
                if (object.attempt != null)
                    if ($Number(object.attempt) !== 0)
                        message.attempt = object.attempt >>> 0;
                if (object.receipt != null) {
                    if (!$util.isObject(object.receipt))
                        throw $TypeError(".ailee.v1.TaskResult.receipt: object expected");
                    message.receipt = $root.ailee.v1.SignedReceipt.fromObject(object.receipt, _depth + 1);
                }
                if (object.stdout != null)
                    if (object.stdout.length)
                        if (typeof object.stdout === "string")
                            $util.base64.decode(object.stdout, message.stdout = $util.newBuffer($util.base64.length(object.stdout)), 0);
                        else if (object.stdout.length >= 0)
                            message.stdout = object.stdout;
                if (object.stderr != null)
                    if (object.stderr.length)
                        if (typeof object.stderr === "string")
                            $util.base64.decode(object.stderr, message.stderr = $util.newBuffer($util.base64.length(object.stderr)), 0);
                        else if (object.stderr.length >= 0)
                            message.stderr = object.stderr;
                if (object.error != null)
                    if (typeof object.error !== "string" || object.error.length)
                        message.error = $String(object.error);
                if (object.handedBack != null)
                    if (object.handedBack)
                        message.handedBack = $Boolean(object.handedBack);
                return message;
            };

            /**
             * Creates a plain object from a TaskResult message. Also converts values to other types if specified.
             * @function toObject
             * @memberof ailee.v1.TaskResult
             * @static
             * @param {ailee.v1.TaskResult} message TaskResult
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            TaskResult.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.taskId = "";
                    object.attempt = 0;
                    object.receipt = null;
                    if (options.bytes === $String)
                        object.stdout = "";
                    else {
                        object.stdout = [];
                        if (options.bytes !== $Array)
                            object.stdout = $util.newBuffer(object.stdout);
                    }
                    if (options.bytes === $String)
                        object.stderr = "";
                    else {
                        object.stderr = [];
                        if (options.bytes !== $Array)
                            object.stderr = $util.newBuffer(object.stderr);
                    }
                    object.error = "";
                    object.handedBack = false;
                }
                if (message.taskId != null && $Object.hasOwnProperty.call(message, "taskId"))
                    object.taskId = message.taskId;
                if (message.attempt != null && $Object.hasOwnProperty.call(message, "attempt"))
                    object.attempt = message.attempt;
                if (message.receipt != null && $Object.hasOwnProperty.call(message, "receipt"))
                    object.receipt = $root.ailee.v1.SignedReceipt.toObject(message.receipt, options, _depth + 1);
                if (message.stdout != null && $Object.hasOwnProperty.call(message, "stdout"))
                    object.stdout = options.bytes === $String ? $util.base64.encode(message.stdout, 0, message.stdout.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.stdout) : message.stdout;
                if (message.stderr != null && $Object.hasOwnProperty.call(message, "stderr"))
                    object.stderr = options.bytes === $String ? $util.base64.encode(message.stderr, 0, message.stderr.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.stderr) : message.stderr;
                if (message.error != null && $Object.hasOwnProperty.call(message, "error"))
                    object.error = message.error;
                if (message.handedBack != null && $Object.hasOwnProperty.call(message, "handedBack"))
                    object.handedBack = message.handedBack;
                return object;
            };

            /**
             * Converts this TaskResult to JSON.
             * @function toJSON
             * @memberof ailee.v1.TaskResult
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            TaskResult.prototype.toJSON = function() {
                return TaskResult.toObject(this, $protobuf.util.toJSONOptions);
            };

            return TaskResult;
        })();

        v1.Ack = (function() {

            /**
             * Properties of an Ack.
             * @typedef {Object} ailee.v1.Ack.$Properties
             * @property {boolean|null} [ok] Ack ok
             * @property {string|null} [reason] Ack reason
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an Ack.
             * @memberof ailee.v1
             * @interface IAck
             * @augments ailee.v1.Ack.$Properties
             * @deprecated Use ailee.v1.Ack.$Properties instead.
             */

            /**
             * Shape of an Ack.
             * @typedef {ailee.v1.Ack.$Properties} ailee.v1.Ack.$Shape
             */

            /**
             * Constructs a new Ack.
             * @memberof ailee.v1
             * @classdesc Represents an Ack.
             * @constructor
             * @param {ailee.v1.Ack.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Ack = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Ack ok.
             * @member {boolean} ok
             * @memberof ailee.v1.Ack
             * @instance
             */
            Ack.prototype.ok = false;

            /**
             * Ack reason.
             * @member {string} reason
             * @memberof ailee.v1.Ack
             * @instance
             */
            Ack.prototype.reason = "";

            /**
             * Creates a new Ack instance using the specified properties.
             * @function create
             * @memberof ailee.v1.Ack
             * @static
             * @param {ailee.v1.Ack.$Properties=} [properties] Properties to set
             * @returns {ailee.v1.Ack} Ack instance
             * @type {{
             *   (properties: ailee.v1.Ack.$Shape): ailee.v1.Ack & ailee.v1.Ack.$Shape;
             *   (properties?: ailee.v1.Ack.$Properties): ailee.v1.Ack;
             * }}
             */
            Ack.create = function(properties) {
                return new Ack(properties);
            };

            /**
             * Encodes the specified Ack message. Does not implicitly {@link ailee.v1.Ack.verify|verify} messages.
             * @function encode
             * @memberof ailee.v1.Ack
             * @static
             * @param {ailee.v1.Ack.$Properties} message Ack message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Ack.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.ok != null && $Object.hasOwnProperty.call(message, "ok") && message.ok !== false)
                    writer.uint32(/* id 1, wireType 0 =*/8).bool(message.ok);
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason") && message.reason !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.reason);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an Ack message from the specified reader or buffer.
             * @function decode
             * @memberof ailee.v1.Ack
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {ailee.v1.Ack & ailee.v1.Ack.$Shape} Ack
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Ack.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.ailee.v1.Ack();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.ok = value;
                            else
                                delete message.ok;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.reason = value;
                            else
                                delete message.reason;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates an Ack message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof ailee.v1.Ack
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {ailee.v1.Ack} Ack
             */
            Ack.fromObject = function (object, _depth) {
                if (object instanceof $root.ailee.v1.Ack)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".ailee.v1.Ack: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.ailee.v1.Ack();
                if (object.ok != null)
                    if (object.ok)
                        message.ok = $Boolean(object.ok);
                if (object.reason != null)
                    if (typeof object.reason !== "string" || object.reason.length)
                        message.reason = $String(object.reason);
                return message;
            };

            /**
             * Creates a plain object from an Ack message. Also converts values to other types if specified.
             * @function toObject
             * @memberof ailee.v1.Ack
             * @static
             * @param {ailee.v1.Ack} message Ack
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Ack.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.ok = false;
                    object.reason = "";
                }
                if (message.ok != null && $Object.hasOwnProperty.call(message, "ok"))
                    object.ok = message.ok;
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason"))
                    object.reason = message.reason;
                return object;
            };

            /**
             * Converts this Ack to JSON.
             * @function toJSON
             * @memberof ailee.v1.Ack
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Ack.prototype.toJSON = function() {
                return Ack.toObject(this, $protobuf.util.toJSONOptions);
            };

            return Ack;
        })();

        v1.StatusQuery = (function() {

            /**
             * Properties of a StatusQuery.
             * @typedef {Object} ailee.v1.StatusQuery.$Properties
             * @property {string|null} [taskId] StatusQuery taskId
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a StatusQuery.
             * @memberof ailee.v1
             * @interface IStatusQuery
             * @augments ailee.v1.StatusQuery.$Properties
             * @deprecated Use ailee.v1.StatusQuery.$Properties instead.
             */

            /**
             * Shape of a StatusQuery.
             * @typedef {ailee.v1.StatusQuery.$Properties} ailee.v1.StatusQuery.$Shape
             */

            /**
             * Constructs a new StatusQuery.
             * @memberof ailee.v1
             * @classdesc Represents a StatusQuery.
             * @constructor
             * @param {ailee.v1.StatusQuery.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const StatusQuery = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * StatusQuery taskId.
             * @member {string} taskId
             * @memberof ailee.v1.StatusQuery
             * @instance
             */
            StatusQuery.prototype.taskId = "";

            /**
             * Creates a new StatusQuery instance using the specified properties.
             * @function create
             * @memberof ailee.v1.StatusQuery
             * @static
             * @param {ailee.v1.StatusQuery.$Properties=} [properties] Properties to set
             * @returns {ailee.v1.StatusQuery} StatusQuery instance
             * @type {{
             *   (properties: ailee.v1.StatusQuery.$Shape): ailee.v1.StatusQuery & ailee.v1.StatusQuery.$Shape;
             *   (properties?: ailee.v1.StatusQuery.$Properties): ailee.v1.StatusQuery;
             * }}
             */
            StatusQuery.create = function(properties) {
                return new StatusQuery(properties);
            };

            /**
             * Encodes the specified StatusQuery message. Does not implicitly {@link ailee.v1.StatusQuery.verify|verify} messages.
             * @function encode
             * @memberof ailee.v1.StatusQuery
             * @static
             * @param {ailee.v1.StatusQuery.$Properties} message StatusQuery message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            StatusQuery.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.taskId != null && $Object.hasOwnProperty.call(message, "taskId") && message.taskId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.taskId);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a StatusQuery message from the specified reader or buffer.
             * @function decode
             * @memberof ailee.v1.StatusQuery
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {ailee.v1.StatusQuery & ailee.v1.StatusQuery.$Shape} StatusQuery
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            StatusQuery.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.ailee.v1.StatusQuery();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.taskId = value;
                            else
                                delete message.taskId;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates a StatusQuery message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof ailee.v1.StatusQuery
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {ailee.v1.StatusQuery} StatusQuery
             */
            StatusQuery.fromObject = function (object, _depth) {
                if (object instanceof $root.ailee.v1.StatusQuery)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".ailee.v1.StatusQuery: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.ailee.v1.StatusQuery();
                if (object.taskId != null)
                    if (typeof object.taskId !== "string" || object.taskId.length)
                        message.taskId = $String(object.taskId);
                return message;
            };

            /**
             * Creates a plain object from a StatusQuery message. Also converts values to other types if specified.
             * @function toObject
             * @memberof ailee.v1.StatusQuery
             * @static
             * @param {ailee.v1.StatusQuery} message StatusQuery
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            StatusQuery.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults)
                    object.taskId = "";
                if (message.taskId != null && $Object.hasOwnProperty.call(message, "taskId"))
                    object.taskId = message.taskId;
                return object;
            };

            /**
             * Converts this StatusQuery to JSON.
             * @function toJSON
             * @memberof ailee.v1.StatusQuery
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            StatusQuery.prototype.toJSON = function() {
                return StatusQuery.toObject(this, $protobuf.util.toJSONOptions);
            };

            return StatusQuery;
        })();

        v1.FollowTask = (function() {

            /**
             * Properties of a FollowTask.
             * @typedef {Object} ailee.v1.FollowTask.$Properties
             * @property {string|null} [taskId] FollowTask taskId
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a FollowTask.
             * @memberof ailee.v1
             * @interface IFollowTask
             * @augments ailee.v1.FollowTask.$Properties
             * @deprecated Use ailee.v1.FollowTask.$Properties instead.
             */

            /**
             * Shape of a FollowTask.
             * @typedef {ailee.v1.FollowTask.$Properties} ailee.v1.FollowTask.$Shape
             */

            /**
             * Constructs a new FollowTask.
             * @memberof ailee.v1
             * @classdesc Represents a FollowTask.
             * @constructor
             * @param {ailee.v1.FollowTask.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const FollowTask = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * FollowTask taskId.
             * @member {string} taskId
             * @memberof ailee.v1.FollowTask
             * @instance
             */
            FollowTask.prototype.taskId = "";

            /**
             * Creates a new FollowTask instance using the specified properties.
             * @function create
             * @memberof ailee.v1.FollowTask
             * @static
             * @param {ailee.v1.FollowTask.$Properties=} [properties] Properties to set
             * @returns {ailee.v1.FollowTask} FollowTask instance
             * @type {{
             *   (properties: ailee.v1.FollowTask.$Shape): ailee.v1.FollowTask & ailee.v1.FollowTask.$Shape;
             *   (properties?: ailee.v1.FollowTask.$Properties): ailee.v1.FollowTask;
             * }}
             */
            FollowTask.create = function(properties) {
                return new FollowTask(properties);
            };

            /**
             * Encodes the specified FollowTask message. Does not implicitly {@link ailee.v1.FollowTask.verify|verify} messages.
             * @function encode
             * @memberof ailee.v1.FollowTask
             * @static
             * @param {ailee.v1.FollowTask.$Properties} message FollowTask message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            FollowTask.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.taskId != null && $Object.hasOwnProperty.call(message, "taskId") && message.taskId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.taskId);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a FollowTask message from the specified reader or buffer.
             * @function decode
             * @memberof ailee.v1.FollowTask
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {ailee.v1.FollowTask & ailee.v1.FollowTask.$Shape} FollowTask
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            FollowTask.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.ailee.v1.FollowTask();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.taskId = value;
                            else
                                delete message.taskId;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates a FollowTask message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof ailee.v1.FollowTask
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {ailee.v1.FollowTask} FollowTask
             */
            FollowTask.fromObject = function (object, _depth) {
                if (object instanceof $root.ailee.v1.FollowTask)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".ailee.v1.FollowTask: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.ailee.v1.FollowTask();
                if (object.taskId != null)
                    if (typeof object.taskId !== "string" || object.taskId.length)
                        message.taskId = $String(object.taskId);
                return message;
            };

            /**
             * Creates a plain object from a FollowTask message. Also converts values to other types if specified.
             * @function toObject
             * @memberof ailee.v1.FollowTask
             * @static
             * @param {ailee.v1.FollowTask} message FollowTask
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            FollowTask.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults)
                    object.taskId = "";
                if (message.taskId != null && $Object.hasOwnProperty.call(message, "taskId"))
                    object.taskId = message.taskId;
                return object;
            };

            /**
             * Converts this FollowTask to JSON.
             * @function toJSON
             * @memberof ailee.v1.FollowTask
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            FollowTask.prototype.toJSON = function() {
                return FollowTask.toObject(this, $protobuf.util.toJSONOptions);
            };

            return FollowTask;
        })();

        v1.PeersQuery = (function() {

            /**
             * Properties of a PeersQuery.
             * @typedef {Object} ailee.v1.PeersQuery.$Properties
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a PeersQuery.
             * @memberof ailee.v1
             * @interface IPeersQuery
             * @augments ailee.v1.PeersQuery.$Properties
             * @deprecated Use ailee.v1.PeersQuery.$Properties instead.
             */

            /**
             * Shape of a PeersQuery.
             * @typedef {ailee.v1.PeersQuery.$Properties} ailee.v1.PeersQuery.$Shape
             */

            /**
             * Constructs a new PeersQuery.
             * @memberof ailee.v1
             * @classdesc Represents a PeersQuery.
             * @constructor
             * @param {ailee.v1.PeersQuery.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const PeersQuery = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Creates a new PeersQuery instance using the specified properties.
             * @function create
             * @memberof ailee.v1.PeersQuery
             * @static
             * @param {ailee.v1.PeersQuery.$Properties=} [properties] Properties to set
             * @returns {ailee.v1.PeersQuery} PeersQuery instance
             * @type {{
             *   (properties: ailee.v1.PeersQuery.$Shape): ailee.v1.PeersQuery & ailee.v1.PeersQuery.$Shape;
             *   (properties?: ailee.v1.PeersQuery.$Properties): ailee.v1.PeersQuery;
             * }}
             */
            PeersQuery.create = function(properties) {
                return new PeersQuery(properties);
            };

            /**
             * Encodes the specified PeersQuery message. Does not implicitly {@link ailee.v1.PeersQuery.verify|verify} messages.
             * @function encode
             * @memberof ailee.v1.PeersQuery
             * @static
             * @param {ailee.v1.PeersQuery.$Properties} message PeersQuery message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            PeersQuery.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a PeersQuery message from the specified reader or buffer.
             * @function decode
             * @memberof ailee.v1.PeersQuery
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {ailee.v1.PeersQuery & ailee.v1.PeersQuery.$Shape} PeersQuery
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            PeersQuery.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.ailee.v1.PeersQuery();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    reader.skipType(tag & 7, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates a PeersQuery message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof ailee.v1.PeersQuery
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {ailee.v1.PeersQuery} PeersQuery
             */
            PeersQuery.fromObject = function (object, _depth) {
                if (object instanceof $root.ailee.v1.PeersQuery)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".ailee.v1.PeersQuery: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                return new $root.ailee.v1.PeersQuery();
            };

            /**
             * Creates a plain object from a PeersQuery message. Also converts values to other types if specified.
             * @function toObject
             * @memberof ailee.v1.PeersQuery
             * @static
             * @param {ailee.v1.PeersQuery} message PeersQuery
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            PeersQuery.toObject = function () {
                return {};
            };

            /**
             * Converts this PeersQuery to JSON.
             * @function toJSON
             * @memberof ailee.v1.PeersQuery
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            PeersQuery.prototype.toJSON = function() {
                return PeersQuery.toObject(this, $protobuf.util.toJSONOptions);
            };

            return PeersQuery;
        })();

        v1.CoordinatorAnnouncement = (function() {

            /**
             * Properties of a CoordinatorAnnouncement.
             * @typedef {Object} ailee.v1.CoordinatorAnnouncement.$Properties
             * @property {string|null} [peerId] CoordinatorAnnouncement peerId
             * @property {Array.<string>|null} [multiaddrs] CoordinatorAnnouncement multiaddrs
             * @property {boolean|null} [accepting] CoordinatorAnnouncement accepting
             * @property {number|null} [openTasks] CoordinatorAnnouncement openTasks
             * @property {number|null} [timestampMs] CoordinatorAnnouncement timestampMs
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a CoordinatorAnnouncement.
             * @memberof ailee.v1
             * @interface ICoordinatorAnnouncement
             * @augments ailee.v1.CoordinatorAnnouncement.$Properties
             * @deprecated Use ailee.v1.CoordinatorAnnouncement.$Properties instead.
             */

            /**
             * Shape of a CoordinatorAnnouncement.
             * @typedef {ailee.v1.CoordinatorAnnouncement.$Properties} ailee.v1.CoordinatorAnnouncement.$Shape
             */

            /**
             * Constructs a new CoordinatorAnnouncement.
             * @memberof ailee.v1
             * @classdesc Represents a CoordinatorAnnouncement.
             * @constructor
             * @param {ailee.v1.CoordinatorAnnouncement.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const CoordinatorAnnouncement = function (properties) {
                this.multiaddrs = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * CoordinatorAnnouncement peerId.
             * @member {string} peerId
             * @memberof ailee.v1.CoordinatorAnnouncement
             * @instance
             */
            CoordinatorAnnouncement.prototype.peerId = "";

            /**
             * CoordinatorAnnouncement multiaddrs.
             * @member {Array.<string>} multiaddrs
             * @memberof ailee.v1.CoordinatorAnnouncement
             * @instance
             */
            CoordinatorAnnouncement.prototype.multiaddrs = $util.emptyArray;

            /**
             * CoordinatorAnnouncement accepting.
             * @member {boolean} accepting
             * @memberof ailee.v1.CoordinatorAnnouncement
             * @instance
             */
            CoordinatorAnnouncement.prototype.accepting = false;

            /**
             * CoordinatorAnnouncement openTasks.
             * @member {number} openTasks
             * @memberof ailee.v1.CoordinatorAnnouncement
             * @instance
             */
            CoordinatorAnnouncement.prototype.openTasks = 0;

            /**
             * CoordinatorAnnouncement timestampMs.
             * @member {number} timestampMs
             * @memberof ailee.v1.CoordinatorAnnouncement
             * @instance
             */
            CoordinatorAnnouncement.prototype.timestampMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Creates a new CoordinatorAnnouncement instance using the specified properties.
             * @function create
             * @memberof ailee.v1.CoordinatorAnnouncement
             * @static
             * @param {ailee.v1.CoordinatorAnnouncement.$Properties=} [properties] Properties to set
             * @returns {ailee.v1.CoordinatorAnnouncement} CoordinatorAnnouncement instance
             * @type {{
             *   (properties: ailee.v1.CoordinatorAnnouncement.$Shape): ailee.v1.CoordinatorAnnouncement & ailee.v1.CoordinatorAnnouncement.$Shape;
             *   (properties?: ailee.v1.CoordinatorAnnouncement.$Properties): ailee.v1.CoordinatorAnnouncement;
             * }}
             */
            CoordinatorAnnouncement.create = function(properties) {
                return new CoordinatorAnnouncement(properties);
            };

            /**
             * Encodes the specified CoordinatorAnnouncement message. Does not implicitly {@link ailee.v1.CoordinatorAnnouncement.verify|verify} messages.
             * @function encode
             * @memberof ailee.v1.CoordinatorAnnouncement
             * @static
             * @param {ailee.v1.CoordinatorAnnouncement.$Properties} message CoordinatorAnnouncement message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            CoordinatorAnnouncement.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.peerId != null && $Object.hasOwnProperty.call(message, "peerId") && message.peerId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.peerId);
                if (message.multiaddrs != null && message.multiaddrs.length)
                    for (let i = 0; i < message.multiaddrs.length; ++i)
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.multiaddrs[i]);
                if (message.accepting != null && $Object.hasOwnProperty.call(message, "accepting") && message.accepting !== false)
                    writer.uint32(/* id 3, wireType 0 =*/24).bool(message.accepting);
                if (message.openTasks != null && $Object.hasOwnProperty.call(message, "openTasks") && message.openTasks !== 0)
                    writer.uint32(/* id 4, wireType 0 =*/32).uint32(message.openTasks);
                if (message.timestampMs != null && $Object.hasOwnProperty.call(message, "timestampMs") && (typeof message.timestampMs === "object" ? message.timestampMs.low || message.timestampMs.high : message.timestampMs !== 0))
                    writer.uint32(/* id 5, wireType 0 =*/40).uint64(message.timestampMs);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a CoordinatorAnnouncement message from the specified reader or buffer.
             * @function decode
             * @memberof ailee.v1.CoordinatorAnnouncement
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {ailee.v1.CoordinatorAnnouncement & ailee.v1.CoordinatorAnnouncement.$Shape} CoordinatorAnnouncement
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            CoordinatorAnnouncement.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.ailee.v1.CoordinatorAnnouncement();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.peerId = value;
                            else
                                delete message.peerId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if (!(message.multiaddrs && message.multiaddrs.length))
                                message.multiaddrs = [];
                            message.multiaddrs.push(reader.stringVerify());
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.accepting = value;
                            else
                                delete message.accepting;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.openTasks = value;
                            else
                                delete message.openTasks;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.timestampMs = value;
                            else
                                delete message.timestampMs;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates a CoordinatorAnnouncement message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof ailee.v1.CoordinatorAnnouncement
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {ailee.v1.CoordinatorAnnouncement} CoordinatorAnnouncement
             */
            CoordinatorAnnouncement.fromObject = function (object, _depth) {
                if (object instanceof $root.ailee.v1.CoordinatorAnnouncement)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".ailee.v1.CoordinatorAnnouncement: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.ailee.v1.CoordinatorAnnouncement();
                if (object.peerId != null)
                    if (typeof object.peerId !== "string" || object.peerId.length)
                        message.peerId = $String(object.peerId);
                if (object.multiaddrs) {
                    if (!$Array.isArray(object.multiaddrs))
                        throw $TypeError(".ailee.v1.CoordinatorAnnouncement.multiaddrs: array expected");
                    message.multiaddrs = $Array(object.multiaddrs.length);
                    for (let i = 0; i < object.multiaddrs.length; ++i)
                        message.multiaddrs[i] = $String(object.multiaddrs[i]);
                }
                if (object.accepting != null)
                    if (object.accepting)
                        message.accepting = $Boolean(object.accepting);
                if (object.openTasks != null)
                    if ($Number(object.openTasks) !== 0)
                        message.openTasks = object.openTasks >>> 0;
                if (object.timestampMs != null)
                    if (typeof object.timestampMs === "object" ? object.timestampMs.low || object.timestampMs.high : $Number(object.timestampMs) !== 0)
                        if ($util.Long)
                            message.timestampMs = $util.Long.fromValue(object.timestampMs, true);
                        else if (typeof object.timestampMs === "string")
                            message.timestampMs = $parseInt(object.timestampMs, 10);
                        else if (typeof object.timestampMs === "number")
                            message.timestampMs = object.timestampMs;
                        else if (typeof object.timestampMs === "object")
                            message.timestampMs = new $util.LongBits(object.timestampMs.low >>> 0, object.timestampMs.high >>> 0).toNumber(true);
                return message;
            };

            /**
             * Creates a plain object from a CoordinatorAnnouncement message. Also converts values to other types if specified.
             * @function toObject
             * @memberof ailee.v1.CoordinatorAnnouncement
             * @static
             * @param {ailee.v1.CoordinatorAnnouncement} message CoordinatorAnnouncement
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            CoordinatorAnnouncement.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.multiaddrs = [];
                if (options.defaults) {
                    object.peerId = "";
                    object.accepting = false;
                    object.openTasks = 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.timestampMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.timestampMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (message.peerId != null && $Object.hasOwnProperty.call(message, "peerId"))
                    object.peerId = message.peerId;
                if (message.multiaddrs && message.multiaddrs.length) {
                    object.multiaddrs = $Array(message.multiaddrs.length);
                    for (let j = 0; j < message.multiaddrs.length; ++j)
                        object.multiaddrs[j] = message.multiaddrs[j];
                }
                if (message.accepting != null && $Object.hasOwnProperty.call(message, "accepting"))
                    object.accepting = message.accepting;
                if (message.openTasks != null && $Object.hasOwnProperty.call(message, "openTasks"))
                    object.openTasks = message.openTasks;
                if (message.timestampMs != null && $Object.hasOwnProperty.call(message, "timestampMs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.timestampMs = typeof message.timestampMs === "number" ? $BigInt(message.timestampMs) : $util.Long.fromBits(message.timestampMs.low >>> 0, message.timestampMs.high >>> 0, true).toBigInt();
                    else if (typeof message.timestampMs === "number")
                        object.timestampMs = options.longs === $String ? $String(message.timestampMs) : message.timestampMs;
                    else
                        object.timestampMs = options.longs === $String ? $util.Long.prototype.toString.call(message.timestampMs) : options.longs === $Number ? new $util.LongBits(message.timestampMs.low >>> 0, message.timestampMs.high >>> 0).toNumber(true) : message.timestampMs;
                return object;
            };

            /**
             * Converts this CoordinatorAnnouncement to JSON.
             * @function toJSON
             * @memberof ailee.v1.CoordinatorAnnouncement
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            CoordinatorAnnouncement.prototype.toJSON = function() {
                return CoordinatorAnnouncement.toObject(this, $protobuf.util.toJSONOptions);
            };

            return CoordinatorAnnouncement;
        })();

        v1.CoordinatorsQuery = (function() {

            /**
             * Properties of a CoordinatorsQuery.
             * @typedef {Object} ailee.v1.CoordinatorsQuery.$Properties
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a CoordinatorsQuery.
             * @memberof ailee.v1
             * @interface ICoordinatorsQuery
             * @augments ailee.v1.CoordinatorsQuery.$Properties
             * @deprecated Use ailee.v1.CoordinatorsQuery.$Properties instead.
             */

            /**
             * Shape of a CoordinatorsQuery.
             * @typedef {ailee.v1.CoordinatorsQuery.$Properties} ailee.v1.CoordinatorsQuery.$Shape
             */

            /**
             * Constructs a new CoordinatorsQuery.
             * @memberof ailee.v1
             * @classdesc Represents a CoordinatorsQuery.
             * @constructor
             * @param {ailee.v1.CoordinatorsQuery.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const CoordinatorsQuery = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Creates a new CoordinatorsQuery instance using the specified properties.
             * @function create
             * @memberof ailee.v1.CoordinatorsQuery
             * @static
             * @param {ailee.v1.CoordinatorsQuery.$Properties=} [properties] Properties to set
             * @returns {ailee.v1.CoordinatorsQuery} CoordinatorsQuery instance
             * @type {{
             *   (properties: ailee.v1.CoordinatorsQuery.$Shape): ailee.v1.CoordinatorsQuery & ailee.v1.CoordinatorsQuery.$Shape;
             *   (properties?: ailee.v1.CoordinatorsQuery.$Properties): ailee.v1.CoordinatorsQuery;
             * }}
             */
            CoordinatorsQuery.create = function(properties) {
                return new CoordinatorsQuery(properties);
            };

            /**
             * Encodes the specified CoordinatorsQuery message. Does not implicitly {@link ailee.v1.CoordinatorsQuery.verify|verify} messages.
             * @function encode
             * @memberof ailee.v1.CoordinatorsQuery
             * @static
             * @param {ailee.v1.CoordinatorsQuery.$Properties} message CoordinatorsQuery message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            CoordinatorsQuery.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a CoordinatorsQuery message from the specified reader or buffer.
             * @function decode
             * @memberof ailee.v1.CoordinatorsQuery
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {ailee.v1.CoordinatorsQuery & ailee.v1.CoordinatorsQuery.$Shape} CoordinatorsQuery
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            CoordinatorsQuery.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.ailee.v1.CoordinatorsQuery();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    reader.skipType(tag & 7, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates a CoordinatorsQuery message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof ailee.v1.CoordinatorsQuery
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {ailee.v1.CoordinatorsQuery} CoordinatorsQuery
             */
            CoordinatorsQuery.fromObject = function (object, _depth) {
                if (object instanceof $root.ailee.v1.CoordinatorsQuery)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".ailee.v1.CoordinatorsQuery: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                return new $root.ailee.v1.CoordinatorsQuery();
            };

            /**
             * Creates a plain object from a CoordinatorsQuery message. Also converts values to other types if specified.
             * @function toObject
             * @memberof ailee.v1.CoordinatorsQuery
             * @static
             * @param {ailee.v1.CoordinatorsQuery} message CoordinatorsQuery
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            CoordinatorsQuery.toObject = function () {
                return {};
            };

            /**
             * Converts this CoordinatorsQuery to JSON.
             * @function toJSON
             * @memberof ailee.v1.CoordinatorsQuery
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            CoordinatorsQuery.prototype.toJSON = function() {
                return CoordinatorsQuery.toObject(this, $protobuf.util.toJSONOptions);
            };

            return CoordinatorsQuery;
        })();

        v1.CoordinatorList = (function() {

            /**
             * Properties of a CoordinatorList.
             * @typedef {Object} ailee.v1.CoordinatorList.$Properties
             * @property {Array.<ailee.v1.CoordinatorAnnouncement.$Properties>|null} [coordinators] CoordinatorList coordinators
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a CoordinatorList.
             * @memberof ailee.v1
             * @interface ICoordinatorList
             * @augments ailee.v1.CoordinatorList.$Properties
             * @deprecated Use ailee.v1.CoordinatorList.$Properties instead.
             */

            /**
             * Shape of a CoordinatorList.
             * @typedef {ailee.v1.CoordinatorList.$Properties} ailee.v1.CoordinatorList.$Shape
             */

            /**
             * Constructs a new CoordinatorList.
             * @memberof ailee.v1
             * @classdesc Represents a CoordinatorList.
             * @constructor
             * @param {ailee.v1.CoordinatorList.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const CoordinatorList = function (properties) {
                this.coordinators = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * CoordinatorList coordinators.
             * @member {Array.<ailee.v1.CoordinatorAnnouncement.$Properties>} coordinators
             * @memberof ailee.v1.CoordinatorList
             * @instance
             */
            CoordinatorList.prototype.coordinators = $util.emptyArray;

            /**
             * Creates a new CoordinatorList instance using the specified properties.
             * @function create
             * @memberof ailee.v1.CoordinatorList
             * @static
             * @param {ailee.v1.CoordinatorList.$Properties=} [properties] Properties to set
             * @returns {ailee.v1.CoordinatorList} CoordinatorList instance
             * @type {{
             *   (properties: ailee.v1.CoordinatorList.$Shape): ailee.v1.CoordinatorList & ailee.v1.CoordinatorList.$Shape;
             *   (properties?: ailee.v1.CoordinatorList.$Properties): ailee.v1.CoordinatorList;
             * }}
             */
            CoordinatorList.create = function(properties) {
                return new CoordinatorList(properties);
            };

            /**
             * Encodes the specified CoordinatorList message. Does not implicitly {@link ailee.v1.CoordinatorList.verify|verify} messages.
             * @function encode
             * @memberof ailee.v1.CoordinatorList
             * @static
             * @param {ailee.v1.CoordinatorList.$Properties} message CoordinatorList message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            CoordinatorList.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.coordinators != null && message.coordinators.length)
                    for (let i = 0; i < message.coordinators.length; ++i)
                        $root.ailee.v1.CoordinatorAnnouncement.encode(message.coordinators[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a CoordinatorList message from the specified reader or buffer.
             * @function decode
             * @memberof ailee.v1.CoordinatorList
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {ailee.v1.CoordinatorList & ailee.v1.CoordinatorList.$Shape} CoordinatorList
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            CoordinatorList.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.ailee.v1.CoordinatorList();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if (!(message.coordinators && message.coordinators.length))
                                message.coordinators = [];
                            message.coordinators.push($root.ailee.v1.CoordinatorAnnouncement.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates a CoordinatorList message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof ailee.v1.CoordinatorList
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {ailee.v1.CoordinatorList} CoordinatorList
             */
            CoordinatorList.fromObject = function (object, _depth) {
                if (object instanceof $root.ailee.v1.CoordinatorList)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".ailee.v1.CoordinatorList: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.ailee.v1.CoordinatorList();
                if (object.coordinators) {
                    if (!$Array.isArray(object.coordinators))
                        throw $TypeError(".ailee.v1.CoordinatorList.coordinators: array expected");
                    message.coordinators = $Array(object.coordinators.length);
                    for (let i = 0; i < object.coordinators.length; ++i) {
                        if (!$util.isObject(object.coordinators[i]))
                            throw $TypeError(".ailee.v1.CoordinatorList.coordinators: object expected");
                        message.coordinators[i] = $root.ailee.v1.CoordinatorAnnouncement.fromObject(object.coordinators[i], _depth + 1);
                    }
                }
                return message;
            };

            /**
             * Creates a plain object from a CoordinatorList message. Also converts values to other types if specified.
             * @function toObject
             * @memberof ailee.v1.CoordinatorList
             * @static
             * @param {ailee.v1.CoordinatorList} message CoordinatorList
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            CoordinatorList.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.coordinators = [];
                if (message.coordinators && message.coordinators.length) {
                    object.coordinators = $Array(message.coordinators.length);
                    for (let j = 0; j < message.coordinators.length; ++j)
                        object.coordinators[j] = $root.ailee.v1.CoordinatorAnnouncement.toObject(message.coordinators[j], options, _depth + 1);
                }
                return object;
            };

            /**
             * Converts this CoordinatorList to JSON.
             * @function toJSON
             * @memberof ailee.v1.CoordinatorList
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            CoordinatorList.prototype.toJSON = function() {
                return CoordinatorList.toObject(this, $protobuf.util.toJSONOptions);
            };

            return CoordinatorList;
        })();

        v1.CancelTask = (function() {

            /**
             * Properties of a CancelTask.
             * @typedef {Object} ailee.v1.CancelTask.$Properties
             * @property {string|null} [taskId] CancelTask taskId
             * @property {string|null} [reason] CancelTask reason
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a CancelTask.
             * @memberof ailee.v1
             * @interface ICancelTask
             * @augments ailee.v1.CancelTask.$Properties
             * @deprecated Use ailee.v1.CancelTask.$Properties instead.
             */

            /**
             * Shape of a CancelTask.
             * @typedef {ailee.v1.CancelTask.$Properties} ailee.v1.CancelTask.$Shape
             */

            /**
             * Constructs a new CancelTask.
             * @memberof ailee.v1
             * @classdesc Represents a CancelTask.
             * @constructor
             * @param {ailee.v1.CancelTask.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const CancelTask = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * CancelTask taskId.
             * @member {string} taskId
             * @memberof ailee.v1.CancelTask
             * @instance
             */
            CancelTask.prototype.taskId = "";

            /**
             * CancelTask reason.
             * @member {string} reason
             * @memberof ailee.v1.CancelTask
             * @instance
             */
            CancelTask.prototype.reason = "";

            /**
             * Creates a new CancelTask instance using the specified properties.
             * @function create
             * @memberof ailee.v1.CancelTask
             * @static
             * @param {ailee.v1.CancelTask.$Properties=} [properties] Properties to set
             * @returns {ailee.v1.CancelTask} CancelTask instance
             * @type {{
             *   (properties: ailee.v1.CancelTask.$Shape): ailee.v1.CancelTask & ailee.v1.CancelTask.$Shape;
             *   (properties?: ailee.v1.CancelTask.$Properties): ailee.v1.CancelTask;
             * }}
             */
            CancelTask.create = function(properties) {
                return new CancelTask(properties);
            };

            /**
             * Encodes the specified CancelTask message. Does not implicitly {@link ailee.v1.CancelTask.verify|verify} messages.
             * @function encode
             * @memberof ailee.v1.CancelTask
             * @static
             * @param {ailee.v1.CancelTask.$Properties} message CancelTask message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            CancelTask.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.taskId != null && $Object.hasOwnProperty.call(message, "taskId") && message.taskId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.taskId);
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason") && message.reason !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.reason);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a CancelTask message from the specified reader or buffer.
             * @function decode
             * @memberof ailee.v1.CancelTask
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {ailee.v1.CancelTask & ailee.v1.CancelTask.$Shape} CancelTask
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            CancelTask.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.ailee.v1.CancelTask();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.taskId = value;
                            else
                                delete message.taskId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.reason = value;
                            else
                                delete message.reason;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates a CancelTask message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof ailee.v1.CancelTask
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {ailee.v1.CancelTask} CancelTask
             */
            CancelTask.fromObject = function (object, _depth) {
                if (object instanceof $root.ailee.v1.CancelTask)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".ailee.v1.CancelTask: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.ailee.v1.CancelTask();
                if (object.taskId != null)
                    if (typeof object.taskId !== "string" || object.taskId.length)
                        message.taskId = $String(object.taskId);
                if (object.reason != null)
                    if (typeof object.reason !== "string" || object.reason.length)
                        message.reason = $String(object.reason);
                return message;
            };

            /**
             * Creates a plain object from a CancelTask message. Also converts values to other types if specified.
             * @function toObject
             * @memberof ailee.v1.CancelTask
             * @static
             * @param {ailee.v1.CancelTask} message CancelTask
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            CancelTask.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.taskId = "";
                    object.reason = "";
                }
                if (message.taskId != null && $Object.hasOwnProperty.call(message, "taskId"))
                    object.taskId = message.taskId;
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason"))
                    object.reason = message.reason;
                return object;
            };

            /**
             * Converts this CancelTask to JSON.
             * @function toJSON
             * @memberof ailee.v1.CancelTask
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            CancelTask.prototype.toJSON = function() {
                return CancelTask.toObject(this, $protobuf.util.toJSONOptions);
            };

            return CancelTask;
        })();

        v1.Transfer = (function() {

            /**
             * Properties of a Transfer.
             * @typedef {Object} ailee.v1.Transfer.$Properties
             * @property {string|null} [from] Transfer from
             * @property {string|null} [to] Transfer to
             * @property {number|null} [amount] Transfer amount
             * @property {Uint8Array|null} [nonce] Transfer nonce
             * @property {number|null} [signedAtMs] Transfer signedAtMs
             * @property {Uint8Array|null} [signature] Transfer signature
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Transfer.
             * @memberof ailee.v1
             * @interface ITransfer
             * @augments ailee.v1.Transfer.$Properties
             * @deprecated Use ailee.v1.Transfer.$Properties instead.
             */

            /**
             * Shape of a Transfer.
             * @typedef {ailee.v1.Transfer.$Properties} ailee.v1.Transfer.$Shape
             */

            /**
             * Constructs a new Transfer.
             * @memberof ailee.v1
             * @classdesc Represents a Transfer.
             * @constructor
             * @param {ailee.v1.Transfer.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Transfer = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Transfer from.
             * @member {string} from
             * @memberof ailee.v1.Transfer
             * @instance
             */
            Transfer.prototype.from = "";

            /**
             * Transfer to.
             * @member {string} to
             * @memberof ailee.v1.Transfer
             * @instance
             */
            Transfer.prototype.to = "";

            /**
             * Transfer amount.
             * @member {number} amount
             * @memberof ailee.v1.Transfer
             * @instance
             */
            Transfer.prototype.amount = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Transfer nonce.
             * @member {Uint8Array} nonce
             * @memberof ailee.v1.Transfer
             * @instance
             */
            Transfer.prototype.nonce = $util.newBuffer([]);

            /**
             * Transfer signedAtMs.
             * @member {number} signedAtMs
             * @memberof ailee.v1.Transfer
             * @instance
             */
            Transfer.prototype.signedAtMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Transfer signature.
             * @member {Uint8Array} signature
             * @memberof ailee.v1.Transfer
             * @instance
             */
            Transfer.prototype.signature = $util.newBuffer([]);

            /**
             * Creates a new Transfer instance using the specified properties.
             * @function create
             * @memberof ailee.v1.Transfer
             * @static
             * @param {ailee.v1.Transfer.$Properties=} [properties] Properties to set
             * @returns {ailee.v1.Transfer} Transfer instance
             * @type {{
             *   (properties: ailee.v1.Transfer.$Shape): ailee.v1.Transfer & ailee.v1.Transfer.$Shape;
             *   (properties?: ailee.v1.Transfer.$Properties): ailee.v1.Transfer;
             * }}
             */
            Transfer.create = function(properties) {
                return new Transfer(properties);
            };

            /**
             * Encodes the specified Transfer message. Does not implicitly {@link ailee.v1.Transfer.verify|verify} messages.
             * @function encode
             * @memberof ailee.v1.Transfer
             * @static
             * @param {ailee.v1.Transfer.$Properties} message Transfer message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Transfer.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.from != null && $Object.hasOwnProperty.call(message, "from") && message.from !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.from);
                if (message.to != null && $Object.hasOwnProperty.call(message, "to") && message.to !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.to);
                if (message.amount != null && $Object.hasOwnProperty.call(message, "amount") && (typeof message.amount === "object" ? message.amount.low || message.amount.high : message.amount !== 0))
                    writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.amount);
                if (message.nonce != null && $Object.hasOwnProperty.call(message, "nonce") && message.nonce.length)
                    writer.uint32(/* id 4, wireType 2 =*/34).bytes(message.nonce);
                if (message.signedAtMs != null && $Object.hasOwnProperty.call(message, "signedAtMs") && (typeof message.signedAtMs === "object" ? message.signedAtMs.low || message.signedAtMs.high : message.signedAtMs !== 0))
                    writer.uint32(/* id 5, wireType 0 =*/40).uint64(message.signedAtMs);
                if (message.signature != null && $Object.hasOwnProperty.call(message, "signature") && message.signature.length)
                    writer.uint32(/* id 6, wireType 2 =*/50).bytes(message.signature);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Transfer message from the specified reader or buffer.
             * @function decode
             * @memberof ailee.v1.Transfer
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {ailee.v1.Transfer & ailee.v1.Transfer.$Shape} Transfer
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Transfer.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.ailee.v1.Transfer();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.from = value;
                            else
                                delete message.from;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.to = value;
                            else
                                delete message.to;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.amount = value;
                            else
                                delete message.amount;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.nonce = value;
                            else
                                delete message.nonce;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.signedAtMs = value;
                            else
                                delete message.signedAtMs;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.signature = value;
                            else
                                delete message.signature;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates a Transfer message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof ailee.v1.Transfer
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {ailee.v1.Transfer} Transfer
             */
            Transfer.fromObject = function (object, _depth) {
                if (object instanceof $root.ailee.v1.Transfer)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".ailee.v1.Transfer: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.ailee.v1.Transfer();
                if (object.from != null)
                    if (typeof object.from !== "string" || object.from.length)
                        message.from = $String(object.from);
                if (object.to != null)
                    if (typeof object.to !== "string" || object.to.length)
                        message.to = $String(object.to);
                if (object.amount != null)
                    if (typeof object.amount === "object" ? object.amount.low || object.amount.high : $Number(object.amount) !== 0)
                        if ($util.Long)
                            message.amount = $util.Long.fromValue(object.amount, true);
                        else if (typeof object.amount === "string")
                            message.amount = $parseInt(object.amount, 10);
                        else if (typeof object.amount === "number")
                            message.amount = object.amount;
                        else if (typeof object.amount === "object")
                            message.amount = new $util.LongBits(object.amount.low >>> 0, object.amount.high >>> 0).toNumber(true);
                if (object.nonce != null)
                    if (object.nonce.length)
                        if (typeof object.nonce === "string")
                            $util.base64.decode(object.nonce, message.nonce = $util.newBuffer($util.base64.length(object.nonce)), 0);
                        else if (object.nonce.length >= 0)
                            message.nonce = object.nonce;
                if (object.signedAtMs != null)
                    if (typeof object.signedAtMs === "object" ? object.signedAtMs.low || object.signedAtMs.high : $Number(object.signedAtMs) !== 0)
                        if ($util.Long)
                            message.signedAtMs = $util.Long.fromValue(object.signedAtMs, true);
                        else if (typeof object.signedAtMs === "string")
                            message.signedAtMs = $parseInt(object.signedAtMs, 10);
                        else if (typeof object.signedAtMs === "number")
                            message.signedAtMs = object.signedAtMs;
                        else if (typeof object.signedAtMs === "object")
                            message.signedAtMs = new $util.LongBits(object.signedAtMs.low >>> 0, object.signedAtMs.high >>> 0).toNumber(true);
                if (object.signature != null)
                    if (object.signature.length)
                        if (typeof object.signature === "string")
                            $util.base64.decode(object.signature, message.signature = $util.newBuffer($util.base64.length(object.signature)), 0);
                        else if (object.signature.length >= 0)
                            message.signature = object.signature;
                return message;
            };

            /**
             * Creates a plain object from a Transfer message. Also converts values to other types if specified.
             * @function toObject
             * @memberof ailee.v1.Transfer
             * @static
             * @param {ailee.v1.Transfer} message Transfer
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Transfer.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.from = "";
                    object.to = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.amount = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.amount = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if (options.bytes === $String)
                        object.nonce = "";
                    else {
                        object.nonce = [];
                        if (options.bytes !== $Array)
                            object.nonce = $util.newBuffer(object.nonce);
                    }
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.signedAtMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.signedAtMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if (options.bytes === $String)
                        object.signature = "";
                    else {
                        object.signature = [];
                        if (options.bytes !== $Array)
                            object.signature = $util.newBuffer(object.signature);
                    }
                }
                if (message.from != null && $Object.hasOwnProperty.call(message, "from"))
                    object.from = message.from;
                if (message.to != null && $Object.hasOwnProperty.call(message, "to"))
                    object.to = message.to;
                if (message.amount != null && $Object.hasOwnProperty.call(message, "amount"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.amount = typeof message.amount === "number" ? $BigInt(message.amount) : $util.Long.fromBits(message.amount.low >>> 0, message.amount.high >>> 0, true).toBigInt();
                    else if (typeof message.amount === "number")
                        object.amount = options.longs === $String ? $String(message.amount) : message.amount;
                    else
                        object.amount = options.longs === $String ? $util.Long.prototype.toString.call(message.amount) : options.longs === $Number ? new $util.LongBits(message.amount.low >>> 0, message.amount.high >>> 0).toNumber(true) : message.amount;
                if (message.nonce != null && $Object.hasOwnProperty.call(message, "nonce"))
                    object.nonce = options.bytes === $String ? $util.base64.encode(message.nonce, 0, message.nonce.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.nonce) : message.nonce;
                if (message.signedAtMs != null && $Object.hasOwnProperty.call(message, "signedAtMs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.signedAtMs = typeof message.signedAtMs === "number" ? $BigInt(message.signedAtMs) : $util.Long.fromBits(message.signedAtMs.low >>> 0, message.signedAtMs.high >>> 0, true).toBigInt();
                    else if (typeof message.signedAtMs === "number")
                        object.signedAtMs = options.longs === $String ? $String(message.signedAtMs) : message.signedAtMs;
                    else
                        object.signedAtMs = options.longs === $String ? $util.Long.prototype.toString.call(message.signedAtMs) : options.longs === $Number ? new $util.LongBits(message.signedAtMs.low >>> 0, message.signedAtMs.high >>> 0).toNumber(true) : message.signedAtMs;
                if (message.signature != null && $Object.hasOwnProperty.call(message, "signature"))
                    object.signature = options.bytes === $String ? $util.base64.encode(message.signature, 0, message.signature.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.signature) : message.signature;
                return object;
            };

            /**
             * Converts this Transfer to JSON.
             * @function toJSON
             * @memberof ailee.v1.Transfer
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Transfer.prototype.toJSON = function() {
                return Transfer.toObject(this, $protobuf.util.toJSONOptions);
            };

            return Transfer;
        })();

        v1.BalanceQuery = (function() {

            /**
             * Properties of a BalanceQuery.
             * @typedef {Object} ailee.v1.BalanceQuery.$Properties
             * @property {string|null} [account] BalanceQuery account
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a BalanceQuery.
             * @memberof ailee.v1
             * @interface IBalanceQuery
             * @augments ailee.v1.BalanceQuery.$Properties
             * @deprecated Use ailee.v1.BalanceQuery.$Properties instead.
             */

            /**
             * Shape of a BalanceQuery.
             * @typedef {ailee.v1.BalanceQuery.$Properties} ailee.v1.BalanceQuery.$Shape
             */

            /**
             * Constructs a new BalanceQuery.
             * @memberof ailee.v1
             * @classdesc Represents a BalanceQuery.
             * @constructor
             * @param {ailee.v1.BalanceQuery.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const BalanceQuery = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * BalanceQuery account.
             * @member {string} account
             * @memberof ailee.v1.BalanceQuery
             * @instance
             */
            BalanceQuery.prototype.account = "";

            /**
             * Creates a new BalanceQuery instance using the specified properties.
             * @function create
             * @memberof ailee.v1.BalanceQuery
             * @static
             * @param {ailee.v1.BalanceQuery.$Properties=} [properties] Properties to set
             * @returns {ailee.v1.BalanceQuery} BalanceQuery instance
             * @type {{
             *   (properties: ailee.v1.BalanceQuery.$Shape): ailee.v1.BalanceQuery & ailee.v1.BalanceQuery.$Shape;
             *   (properties?: ailee.v1.BalanceQuery.$Properties): ailee.v1.BalanceQuery;
             * }}
             */
            BalanceQuery.create = function(properties) {
                return new BalanceQuery(properties);
            };

            /**
             * Encodes the specified BalanceQuery message. Does not implicitly {@link ailee.v1.BalanceQuery.verify|verify} messages.
             * @function encode
             * @memberof ailee.v1.BalanceQuery
             * @static
             * @param {ailee.v1.BalanceQuery.$Properties} message BalanceQuery message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            BalanceQuery.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.account != null && $Object.hasOwnProperty.call(message, "account") && message.account !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.account);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a BalanceQuery message from the specified reader or buffer.
             * @function decode
             * @memberof ailee.v1.BalanceQuery
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {ailee.v1.BalanceQuery & ailee.v1.BalanceQuery.$Shape} BalanceQuery
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            BalanceQuery.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.ailee.v1.BalanceQuery();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.account = value;
                            else
                                delete message.account;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates a BalanceQuery message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof ailee.v1.BalanceQuery
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {ailee.v1.BalanceQuery} BalanceQuery
             */
            BalanceQuery.fromObject = function (object, _depth) {
                if (object instanceof $root.ailee.v1.BalanceQuery)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".ailee.v1.BalanceQuery: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.ailee.v1.BalanceQuery();
                if (object.account != null)
                    if (typeof object.account !== "string" || object.account.length)
                        message.account = $String(object.account);
                return message;
            };

            /**
             * Creates a plain object from a BalanceQuery message. Also converts values to other types if specified.
             * @function toObject
             * @memberof ailee.v1.BalanceQuery
             * @static
             * @param {ailee.v1.BalanceQuery} message BalanceQuery
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            BalanceQuery.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults)
                    object.account = "";
                if (message.account != null && $Object.hasOwnProperty.call(message, "account"))
                    object.account = message.account;
                return object;
            };

            /**
             * Converts this BalanceQuery to JSON.
             * @function toJSON
             * @memberof ailee.v1.BalanceQuery
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            BalanceQuery.prototype.toJSON = function() {
                return BalanceQuery.toObject(this, $protobuf.util.toJSONOptions);
            };

            return BalanceQuery;
        })();

        v1.AccountBalance = (function() {

            /**
             * Properties of an AccountBalance.
             * @typedef {Object} ailee.v1.AccountBalance.$Properties
             * @property {string|null} [account] AccountBalance account
             * @property {number|null} [balance] AccountBalance balance
             * @property {number|null} [decimals] AccountBalance decimals
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an AccountBalance.
             * @memberof ailee.v1
             * @interface IAccountBalance
             * @augments ailee.v1.AccountBalance.$Properties
             * @deprecated Use ailee.v1.AccountBalance.$Properties instead.
             */

            /**
             * Shape of an AccountBalance.
             * @typedef {ailee.v1.AccountBalance.$Properties} ailee.v1.AccountBalance.$Shape
             */

            /**
             * Constructs a new AccountBalance.
             * @memberof ailee.v1
             * @classdesc Represents an AccountBalance.
             * @constructor
             * @param {ailee.v1.AccountBalance.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const AccountBalance = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * AccountBalance account.
             * @member {string} account
             * @memberof ailee.v1.AccountBalance
             * @instance
             */
            AccountBalance.prototype.account = "";

            /**
             * AccountBalance balance.
             * @member {number} balance
             * @memberof ailee.v1.AccountBalance
             * @instance
             */
            AccountBalance.prototype.balance = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * AccountBalance decimals.
             * @member {number} decimals
             * @memberof ailee.v1.AccountBalance
             * @instance
             */
            AccountBalance.prototype.decimals = 0;

            /**
             * Creates a new AccountBalance instance using the specified properties.
             * @function create
             * @memberof ailee.v1.AccountBalance
             * @static
             * @param {ailee.v1.AccountBalance.$Properties=} [properties] Properties to set
             * @returns {ailee.v1.AccountBalance} AccountBalance instance
             * @type {{
             *   (properties: ailee.v1.AccountBalance.$Shape): ailee.v1.AccountBalance & ailee.v1.AccountBalance.$Shape;
             *   (properties?: ailee.v1.AccountBalance.$Properties): ailee.v1.AccountBalance;
             * }}
             */
            AccountBalance.create = function(properties) {
                return new AccountBalance(properties);
            };

            /**
             * Encodes the specified AccountBalance message. Does not implicitly {@link ailee.v1.AccountBalance.verify|verify} messages.
             * @function encode
             * @memberof ailee.v1.AccountBalance
             * @static
             * @param {ailee.v1.AccountBalance.$Properties} message AccountBalance message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            AccountBalance.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.account != null && $Object.hasOwnProperty.call(message, "account") && message.account !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.account);
                if (message.balance != null && $Object.hasOwnProperty.call(message, "balance") && (typeof message.balance === "object" ? message.balance.low || message.balance.high : message.balance !== 0))
                    writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.balance);
                if (message.decimals != null && $Object.hasOwnProperty.call(message, "decimals") && message.decimals !== 0)
                    writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.decimals);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an AccountBalance message from the specified reader or buffer.
             * @function decode
             * @memberof ailee.v1.AccountBalance
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {ailee.v1.AccountBalance & ailee.v1.AccountBalance.$Shape} AccountBalance
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            AccountBalance.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.ailee.v1.AccountBalance();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.account = value;
                            else
                                delete message.account;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.balance = value;
                            else
                                delete message.balance;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.decimals = value;
                            else
                                delete message.decimals;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates an AccountBalance message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof ailee.v1.AccountBalance
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {ailee.v1.AccountBalance} AccountBalance
             */
            AccountBalance.fromObject = function (object, _depth) {
                if (object instanceof $root.ailee.v1.AccountBalance)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".ailee.v1.AccountBalance: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.ailee.v1.AccountBalance();
                if (object.account != null)
                    if (typeof object.account !== "string" || object.account.length)
                        message.account = $String(object.account);
                if (object.balance != null)
                    if (typeof object.balance === "object" ? object.balance.low || object.balance.high : $Number(object.balance) !== 0)
                        if ($util.Long)
                            message.balance = $util.Long.fromValue(object.balance, true);
                        else if (typeof object.balance === "string")
                            message.balance = $parseInt(object.balance, 10);
                        else if (typeof object.balance === "number")
                            message.balance = object.balance;
                        else if (typeof object.balance === "object")
                            message.balance = new $util.LongBits(object.balance.low >>> 0, object.balance.high >>> 0).toNumber(true);
                if (object.decimals != null)
                    if ($Number(object.decimals) !== 0)
                        message.decimals = object.decimals >>> 0;
                return message;
            };

            /**
             * Creates a plain object from an AccountBalance message. Also converts values to other types if specified.
             * @function toObject
             * @memberof ailee.v1.AccountBalance
             * @static
             * @param {ailee.v1.AccountBalance} message AccountBalance
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            AccountBalance.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.account = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.balance = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.balance = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.decimals = 0;
                }
                if (message.account != null && $Object.hasOwnProperty.call(message, "account"))
                    object.account = message.account;
                if (message.balance != null && $Object.hasOwnProperty.call(message, "balance"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.balance = typeof message.balance === "number" ? $BigInt(message.balance) : $util.Long.fromBits(message.balance.low >>> 0, message.balance.high >>> 0, true).toBigInt();
                    else if (typeof message.balance === "number")
                        object.balance = options.longs === $String ? $String(message.balance) : message.balance;
                    else
                        object.balance = options.longs === $String ? $util.Long.prototype.toString.call(message.balance) : options.longs === $Number ? new $util.LongBits(message.balance.low >>> 0, message.balance.high >>> 0).toNumber(true) : message.balance;
                if (message.decimals != null && $Object.hasOwnProperty.call(message, "decimals"))
                    object.decimals = message.decimals;
                return object;
            };

            /**
             * Converts this AccountBalance to JSON.
             * @function toJSON
             * @memberof ailee.v1.AccountBalance
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            AccountBalance.prototype.toJSON = function() {
                return AccountBalance.toObject(this, $protobuf.util.toJSONOptions);
            };

            return AccountBalance;
        })();

        v1.ProofQuery = (function() {

            /**
             * Properties of a ProofQuery.
             * @typedef {Object} ailee.v1.ProofQuery.$Properties
             * @property {string|null} [taskId] ProofQuery taskId
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ProofQuery.
             * @memberof ailee.v1
             * @interface IProofQuery
             * @augments ailee.v1.ProofQuery.$Properties
             * @deprecated Use ailee.v1.ProofQuery.$Properties instead.
             */

            /**
             * Shape of a ProofQuery.
             * @typedef {ailee.v1.ProofQuery.$Properties} ailee.v1.ProofQuery.$Shape
             */

            /**
             * Constructs a new ProofQuery.
             * @memberof ailee.v1
             * @classdesc Represents a ProofQuery.
             * @constructor
             * @param {ailee.v1.ProofQuery.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ProofQuery = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ProofQuery taskId.
             * @member {string} taskId
             * @memberof ailee.v1.ProofQuery
             * @instance
             */
            ProofQuery.prototype.taskId = "";

            /**
             * Creates a new ProofQuery instance using the specified properties.
             * @function create
             * @memberof ailee.v1.ProofQuery
             * @static
             * @param {ailee.v1.ProofQuery.$Properties=} [properties] Properties to set
             * @returns {ailee.v1.ProofQuery} ProofQuery instance
             * @type {{
             *   (properties: ailee.v1.ProofQuery.$Shape): ailee.v1.ProofQuery & ailee.v1.ProofQuery.$Shape;
             *   (properties?: ailee.v1.ProofQuery.$Properties): ailee.v1.ProofQuery;
             * }}
             */
            ProofQuery.create = function(properties) {
                return new ProofQuery(properties);
            };

            /**
             * Encodes the specified ProofQuery message. Does not implicitly {@link ailee.v1.ProofQuery.verify|verify} messages.
             * @function encode
             * @memberof ailee.v1.ProofQuery
             * @static
             * @param {ailee.v1.ProofQuery.$Properties} message ProofQuery message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ProofQuery.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.taskId != null && $Object.hasOwnProperty.call(message, "taskId") && message.taskId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.taskId);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a ProofQuery message from the specified reader or buffer.
             * @function decode
             * @memberof ailee.v1.ProofQuery
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {ailee.v1.ProofQuery & ailee.v1.ProofQuery.$Shape} ProofQuery
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ProofQuery.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.ailee.v1.ProofQuery();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.taskId = value;
                            else
                                delete message.taskId;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates a ProofQuery message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof ailee.v1.ProofQuery
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {ailee.v1.ProofQuery} ProofQuery
             */
            ProofQuery.fromObject = function (object, _depth) {
                if (object instanceof $root.ailee.v1.ProofQuery)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".ailee.v1.ProofQuery: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.ailee.v1.ProofQuery();
                if (object.taskId != null)
                    if (typeof object.taskId !== "string" || object.taskId.length)
                        message.taskId = $String(object.taskId);
                return message;
            };

            /**
             * Creates a plain object from a ProofQuery message. Also converts values to other types if specified.
             * @function toObject
             * @memberof ailee.v1.ProofQuery
             * @static
             * @param {ailee.v1.ProofQuery} message ProofQuery
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ProofQuery.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults)
                    object.taskId = "";
                if (message.taskId != null && $Object.hasOwnProperty.call(message, "taskId"))
                    object.taskId = message.taskId;
                return object;
            };

            /**
             * Converts this ProofQuery to JSON.
             * @function toJSON
             * @memberof ailee.v1.ProofQuery
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ProofQuery.prototype.toJSON = function() {
                return ProofQuery.toObject(this, $protobuf.util.toJSONOptions);
            };

            return ProofQuery;
        })();

        v1.ReceiptProof = (function() {

            /**
             * Properties of a ReceiptProof.
             * @typedef {Object} ailee.v1.ReceiptProof.$Properties
             * @property {number|null} [version] ReceiptProof version
             * @property {Uint8Array|null} [header] ReceiptProof header
             * @property {Uint8Array|null} [headerSignature] ReceiptProof headerSignature
             * @property {Uint8Array|null} [producerPublicKey] ReceiptProof producerPublicKey
             * @property {Uint8Array|null} [entry] ReceiptProof entry
             * @property {number|null} [leafIndex] ReceiptProof leafIndex
             * @property {number|null} [treeSize] ReceiptProof treeSize
             * @property {Array.<Uint8Array>|null} [auditPath] ReceiptProof auditPath
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ReceiptProof.
             * @memberof ailee.v1
             * @interface IReceiptProof
             * @augments ailee.v1.ReceiptProof.$Properties
             * @deprecated Use ailee.v1.ReceiptProof.$Properties instead.
             */

            /**
             * Shape of a ReceiptProof.
             * @typedef {ailee.v1.ReceiptProof.$Properties} ailee.v1.ReceiptProof.$Shape
             */

            /**
             * Constructs a new ReceiptProof.
             * @memberof ailee.v1
             * @classdesc Represents a ReceiptProof.
             * @constructor
             * @param {ailee.v1.ReceiptProof.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ReceiptProof = function (properties) {
                this.auditPath = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ReceiptProof version.
             * @member {number} version
             * @memberof ailee.v1.ReceiptProof
             * @instance
             */
            ReceiptProof.prototype.version = 0;

            /**
             * ReceiptProof header.
             * @member {Uint8Array} header
             * @memberof ailee.v1.ReceiptProof
             * @instance
             */
            ReceiptProof.prototype.header = $util.newBuffer([]);

            /**
             * ReceiptProof headerSignature.
             * @member {Uint8Array} headerSignature
             * @memberof ailee.v1.ReceiptProof
             * @instance
             */
            ReceiptProof.prototype.headerSignature = $util.newBuffer([]);

            /**
             * ReceiptProof producerPublicKey.
             * @member {Uint8Array} producerPublicKey
             * @memberof ailee.v1.ReceiptProof
             * @instance
             */
            ReceiptProof.prototype.producerPublicKey = $util.newBuffer([]);

            /**
             * ReceiptProof entry.
             * @member {Uint8Array} entry
             * @memberof ailee.v1.ReceiptProof
             * @instance
             */
            ReceiptProof.prototype.entry = $util.newBuffer([]);

            /**
             * ReceiptProof leafIndex.
             * @member {number} leafIndex
             * @memberof ailee.v1.ReceiptProof
             * @instance
             */
            ReceiptProof.prototype.leafIndex = 0;

            /**
             * ReceiptProof treeSize.
             * @member {number} treeSize
             * @memberof ailee.v1.ReceiptProof
             * @instance
             */
            ReceiptProof.prototype.treeSize = 0;

            /**
             * ReceiptProof auditPath.
             * @member {Array.<Uint8Array>} auditPath
             * @memberof ailee.v1.ReceiptProof
             * @instance
             */
            ReceiptProof.prototype.auditPath = $util.emptyArray;

            /**
             * Creates a new ReceiptProof instance using the specified properties.
             * @function create
             * @memberof ailee.v1.ReceiptProof
             * @static
             * @param {ailee.v1.ReceiptProof.$Properties=} [properties] Properties to set
             * @returns {ailee.v1.ReceiptProof} ReceiptProof instance
             * @type {{
             *   (properties: ailee.v1.ReceiptProof.$Shape): ailee.v1.ReceiptProof & ailee.v1.ReceiptProof.$Shape;
             *   (properties?: ailee.v1.ReceiptProof.$Properties): ailee.v1.ReceiptProof;
             * }}
             */
            ReceiptProof.create = function(properties) {
                return new ReceiptProof(properties);
            };

            /**
             * Encodes the specified ReceiptProof message. Does not implicitly {@link ailee.v1.ReceiptProof.verify|verify} messages.
             * @function encode
             * @memberof ailee.v1.ReceiptProof
             * @static
             * @param {ailee.v1.ReceiptProof.$Properties} message ReceiptProof message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ReceiptProof.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.version != null && $Object.hasOwnProperty.call(message, "version") && message.version !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.version);
                if (message.header != null && $Object.hasOwnProperty.call(message, "header") && message.header.length)
                    writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.header);
                if (message.headerSignature != null && $Object.hasOwnProperty.call(message, "headerSignature") && message.headerSignature.length)
                    writer.uint32(/* id 3, wireType 2 =*/26).bytes(message.headerSignature);
                if (message.producerPublicKey != null && $Object.hasOwnProperty.call(message, "producerPublicKey") && message.producerPublicKey.length)
                    writer.uint32(/* id 4, wireType 2 =*/34).bytes(message.producerPublicKey);
                if (message.entry != null && $Object.hasOwnProperty.call(message, "entry") && message.entry.length)
                    writer.uint32(/* id 5, wireType 2 =*/42).bytes(message.entry);
                if (message.leafIndex != null && $Object.hasOwnProperty.call(message, "leafIndex") && message.leafIndex !== 0)
                    writer.uint32(/* id 6, wireType 0 =*/48).uint32(message.leafIndex);
                if (message.treeSize != null && $Object.hasOwnProperty.call(message, "treeSize") && message.treeSize !== 0)
                    writer.uint32(/* id 7, wireType 0 =*/56).uint32(message.treeSize);
                if (message.auditPath != null && message.auditPath.length)
                    for (let i = 0; i < message.auditPath.length; ++i)
                        writer.uint32(/* id 8, wireType 2 =*/66).bytes(message.auditPath[i]);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a ReceiptProof message from the specified reader or buffer.
             * @function decode
             * @memberof ailee.v1.ReceiptProof
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {ailee.v1.ReceiptProof & ailee.v1.ReceiptProof.$Shape} ReceiptProof
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ReceiptProof.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.ailee.v1.ReceiptProof();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.version = value;
                            else
                                delete message.version;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.header = value;
                            else
                                delete message.header;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.headerSignature = value;
                            else
                                delete message.headerSignature;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.producerPublicKey = value;
                            else
                                delete message.producerPublicKey;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.entry = value;
                            else
                                delete message.entry;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.leafIndex = value;
                            else
                                delete message.leafIndex;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.treeSize = value;
                            else
                                delete message.treeSize;
                            continue;
                        }
                    case 8: {
                            if (wireType !== 2)
                                break;
                            if (!(message.auditPath && message.auditPath.length))
                                message.auditPath = [];
                            message.auditPath.push(reader.bytes());
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates a ReceiptProof message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof ailee.v1.ReceiptProof
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {ailee.v1.ReceiptProof} ReceiptProof
             */
            ReceiptProof.fromObject = function (object, _depth) {
                if (object instanceof $root.ailee.v1.ReceiptProof)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".ailee.v1.ReceiptProof: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.ailee.v1.ReceiptProof();
                if (object.version != null)
                    if ($Number(object.version) !== 0)
                        message.version = object.version >>> 0;
                if (object.header != null)
                    if (object.header.length)
                        if (typeof object.header === "string")
                            $util.base64.decode(object.header, message.header = $util.newBuffer($util.base64.length(object.header)), 0);
                        else if (object.header.length >= 0)
                            message.header = object.header;
                if (object.headerSignature != null)
                    if (object.headerSignature.length)
                        if (typeof object.headerSignature === "string")
                            $util.base64.decode(object.headerSignature, message.headerSignature = $util.newBuffer($util.base64.length(object.headerSignature)), 0);
                        else if (object.headerSignature.length >= 0)
                            message.headerSignature = object.headerSignature;
                if (object.producerPublicKey != null)
                    if (object.producerPublicKey.length)
                        if (typeof object.producerPublicKey === "string")
                            $util.base64.decode(object.producerPublicKey, message.producerPublicKey = $util.newBuffer($util.base64.length(object.producerPublicKey)), 0);
                        else if (object.producerPublicKey.length >= 0)
                            message.producerPublicKey = object.producerPublicKey;
                if (object.entry != null)
                    if (object.entry.length)
                        if (typeof object.entry === "string")
                            $util.base64.decode(object.entry, message.entry = $util.newBuffer($util.base64.length(object.entry)), 0);
                        else if (object.entry.length >= 0)
                            message.entry = object.entry;
                if (object.leafIndex != null)
                    if ($Number(object.leafIndex) !== 0)
                        message.leafIndex = object.leafIndex >>> 0;
                if (object.treeSize != null)
                    if ($Number(object.treeSize) !== 0)
                        message.treeSize = object.treeSize >>> 0;
                if (object.auditPath) {
                    if (!$Array.isArray(object.auditPath))
                        throw $TypeError(".ailee.v1.ReceiptProof.auditPath: array expected");
                    message.auditPath = $Array(object.auditPath.length);
                    for (let i = 0; i < object.auditPath.length; ++i)
                        if (typeof object.auditPath[i] === "string")
                            $util.base64.decode(object.auditPath[i], message.auditPath[i] = $util.newBuffer($util.base64.length(object.auditPath[i])), 0);
                        else if (object.auditPath[i].length >= 0)
                            message.auditPath[i] = object.auditPath[i];
                }
                return message;
            };

            /**
             * Creates a plain object from a ReceiptProof message. Also converts values to other types if specified.
             * @function toObject
             * @memberof ailee.v1.ReceiptProof
             * @static
             * @param {ailee.v1.ReceiptProof} message ReceiptProof
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ReceiptProof.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.auditPath = [];
                if (options.defaults) {
                    object.version = 0;
                    if (options.bytes === $String)
                        object.header = "";
                    else {
                        object.header = [];
                        if (options.bytes !== $Array)
                            object.header = $util.newBuffer(object.header);
                    }
                    if (options.bytes === $String)
                        object.headerSignature = "";
                    else {
                        object.headerSignature = [];
                        if (options.bytes !== $Array)
                            object.headerSignature = $util.newBuffer(object.headerSignature);
                    }
                    if (options.bytes === $String)
                        object.producerPublicKey = "";
                    else {
                        object.producerPublicKey = [];
                        if (options.bytes !== $Array)
                            object.producerPublicKey = $util.newBuffer(object.producerPublicKey);
                    }
                    if (options.bytes === $String)
                        object.entry = "";
                    else {
                        object.entry = [];
                        if (options.bytes !== $Array)
                            object.entry = $util.newBuffer(object.entry);
                    }
                    object.leafIndex = 0;
                    object.treeSize = 0;
                }
                if (message.version != null && $Object.hasOwnProperty.call(message, "version"))
                    object.version = message.version;
                if (message.header != null && $Object.hasOwnProperty.call(message, "header"))
                    object.header = options.bytes === $String ? $util.base64.encode(message.header, 0, message.header.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.header) : message.header;
                if (message.headerSignature != null && $Object.hasOwnProperty.call(message, "headerSignature"))
                    object.headerSignature = options.bytes === $String ? $util.base64.encode(message.headerSignature, 0, message.headerSignature.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.headerSignature) : message.headerSignature;
                if (message.producerPublicKey != null && $Object.hasOwnProperty.call(message, "producerPublicKey"))
                    object.producerPublicKey = options.bytes === $String ? $util.base64.encode(message.producerPublicKey, 0, message.producerPublicKey.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.producerPublicKey) : message.producerPublicKey;
                if (message.entry != null && $Object.hasOwnProperty.call(message, "entry"))
                    object.entry = options.bytes === $String ? $util.base64.encode(message.entry, 0, message.entry.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.entry) : message.entry;
                if (message.leafIndex != null && $Object.hasOwnProperty.call(message, "leafIndex"))
                    object.leafIndex = message.leafIndex;
                if (message.treeSize != null && $Object.hasOwnProperty.call(message, "treeSize"))
                    object.treeSize = message.treeSize;
                if (message.auditPath && message.auditPath.length) {
                    object.auditPath = $Array(message.auditPath.length);
                    for (let j = 0; j < message.auditPath.length; ++j)
                        object.auditPath[j] = options.bytes === $String ? $util.base64.encode(message.auditPath[j], 0, message.auditPath[j].length) : options.bytes === $Array ? $Array.prototype.slice.call(message.auditPath[j]) : message.auditPath[j];
                }
                return object;
            };

            /**
             * Converts this ReceiptProof to JSON.
             * @function toJSON
             * @memberof ailee.v1.ReceiptProof
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ReceiptProof.prototype.toJSON = function() {
                return ReceiptProof.toObject(this, $protobuf.util.toJSONOptions);
            };

            return ReceiptProof;
        })();

        v1.Request = (function() {

            /**
             * Properties of a Request.
             * @typedef {Object} ailee.v1.Request.$Properties
             * @property {string|null} [networkId] Request networkId
             * @property {ailee.v1.SubmitTask.$Properties|null} [submit] Request submit
             * @property {ailee.v1.Bid.$Properties|null} [bid] Request bid
             * @property {ailee.v1.Assign.$Properties|null} [assign] Request assign
             * @property {ailee.v1.Heartbeat.$Properties|null} [heartbeat] Request heartbeat
             * @property {ailee.v1.TaskResult.$Properties|null} [result] Request result
             * @property {ailee.v1.StatusQuery.$Properties|null} [status] Request status
             * @property {ailee.v1.FollowTask.$Properties|null} [follow] Request follow
             * @property {ailee.v1.PeersQuery.$Properties|null} [peers] Request peers
             * @property {ailee.v1.CancelTask.$Properties|null} [cancel] Request cancel
             * @property {ailee.v1.Transfer.$Properties|null} [transfer] Request transfer
             * @property {ailee.v1.BalanceQuery.$Properties|null} [balance] Request balance
             * @property {ailee.v1.ProofQuery.$Properties|null} [proof] Request proof
             * @property {ailee.v1.CoordinatorsQuery.$Properties|null} [coordinators] Request coordinators
             * @property {ailee.v1.ChainHeadsQuery.$Properties|null} [chainHeads] Request chainHeads
             * @property {ailee.v1.BlockRangeQuery.$Properties|null} [blockRange] Request blockRange
             * @property {"submit"|"bid"|"assign"|"heartbeat"|"result"|"status"|"follow"|"peers"|"cancel"|"transfer"|"balance"|"proof"|"coordinators"|"chainHeads"|"blockRange"} [body] Request body
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Request.
             * @memberof ailee.v1
             * @interface IRequest
             * @augments ailee.v1.Request.$Properties
             * @deprecated Use ailee.v1.Request.$Properties instead.
             */

            /**
             * Narrowed shape of a Request.
             * @typedef {{
             *   networkId?: string|null;
             *   submit?: ailee.v1.SubmitTask.$Shape|null;
             *   bid?: ailee.v1.Bid.$Shape|null;
             *   assign?: ailee.v1.Assign.$Shape|null;
             *   heartbeat?: ailee.v1.Heartbeat.$Shape|null;
             *   result?: ailee.v1.TaskResult.$Shape|null;
             *   status?: ailee.v1.StatusQuery.$Shape|null;
             *   follow?: ailee.v1.FollowTask.$Shape|null;
             *   peers?: ailee.v1.PeersQuery.$Shape|null;
             *   cancel?: ailee.v1.CancelTask.$Shape|null;
             *   transfer?: ailee.v1.Transfer.$Shape|null;
             *   balance?: ailee.v1.BalanceQuery.$Shape|null;
             *   proof?: ailee.v1.ProofQuery.$Shape|null;
             *   coordinators?: ailee.v1.CoordinatorsQuery.$Shape|null;
             *   chainHeads?: ailee.v1.ChainHeadsQuery.$Shape|null;
             *   blockRange?: ailee.v1.BlockRangeQuery.$Shape|null;
             *   $unknowns?: Array.<Uint8Array>;
             * } & (
             *   ({ body?: undefined; submit?: null; bid?: null; assign?: null; heartbeat?: null; result?: null; status?: null; follow?: null; peers?: null; cancel?: null; transfer?: null; balance?: null; proof?: null; coordinators?: null; chainHeads?: null; blockRange?: null }|{ body?: "submit"; submit: ailee.v1.SubmitTask.$Shape; bid?: null; assign?: null; heartbeat?: null; result?: null; status?: null; follow?: null; peers?: null; cancel?: null; transfer?: null; balance?: null; proof?: null; coordinators?: null; chainHeads?: null; blockRange?: null }|{ body?: "bid"; submit?: null; bid: ailee.v1.Bid.$Shape; assign?: null; heartbeat?: null; result?: null; status?: null; follow?: null; peers?: null; cancel?: null; transfer?: null; balance?: null; proof?: null; coordinators?: null; chainHeads?: null; blockRange?: null }|{ body?: "assign"; submit?: null; bid?: null; assign: ailee.v1.Assign.$Shape; heartbeat?: null; result?: null; status?: null; follow?: null; peers?: null; cancel?: null; transfer?: null; balance?: null; proof?: null; coordinators?: null; chainHeads?: null; blockRange?: null }|{ body?: "heartbeat"; submit?: null; bid?: null; assign?: null; heartbeat: ailee.v1.Heartbeat.$Shape; result?: null; status?: null; follow?: null; peers?: null; cancel?: null; transfer?: null; balance?: null; proof?: null; coordinators?: null; chainHeads?: null; blockRange?: null }|{ body?: "result"; submit?: null; bid?: null; assign?: null; heartbeat?: null; result: ailee.v1.TaskResult.$Shape; status?: null; follow?: null; peers?: null; cancel?: null; transfer?: null; balance?: null; proof?: null; coordinators?: null; chainHeads?: null; blockRange?: null }|{ body?: "status"; submit?: null; bid?: null; assign?: null; heartbeat?: null; result?: null; status: ailee.v1.StatusQuery.$Shape; follow?: null; peers?: null; cancel?: null; transfer?: null; balance?: null; proof?: null; coordinators?: null; chainHeads?: null; blockRange?: null }|{ body?: "follow"; submit?: null; bid?: null; assign?: null; heartbeat?: null; result?: null; status?: null; follow: ailee.v1.FollowTask.$Shape; peers?: null; cancel?: null; transfer?: null; balance?: null; proof?: null; coordinators?: null; chainHeads?: null; blockRange?: null }|{ body?: "peers"; submit?: null; bid?: null; assign?: null; heartbeat?: null; result?: null; status?: null; follow?: null; peers: ailee.v1.PeersQuery.$Shape; cancel?: null; transfer?: null; balance?: null; proof?: null; coordinators?: null; chainHeads?: null; blockRange?: null }|{ body?: "cancel"; submit?: null; bid?: null; assign?: null; heartbeat?: null; result?: null; status?: null; follow?: null; peers?: null; cancel: ailee.v1.CancelTask.$Shape; transfer?: null; balance?: null; proof?: null; coordinators?: null; chainHeads?: null; blockRange?: null }|{ body?: "transfer"; submit?: null; bid?: null; assign?: null; heartbeat?: null; result?: null; status?: null; follow?: null; peers?: null; cancel?: null; transfer: ailee.v1.Transfer.$Shape; balance?: null; proof?: null; coordinators?: null; chainHeads?: null; blockRange?: null }|{ body?: "balance"; submit?: null; bid?: null; assign?: null; heartbeat?: null; result?: null; status?: null; follow?: null; peers?: null; cancel?: null; transfer?: null; balance: ailee.v1.BalanceQuery.$Shape; proof?: null; coordinators?: null; chainHeads?: null; blockRange?: null }|{ body?: "proof"; submit?: null; bid?: null; assign?: null; heartbeat?: null; result?: null; status?: null; follow?: null; peers?: null; cancel?: null; transfer?: null; balance?: null; proof: ailee.v1.ProofQuery.$Shape; coordinators?: null; chainHeads?: null; blockRange?: null }|{ body?: "coordinators"; submit?: null; bid?: null; assign?: null; heartbeat?: null; result?: null; status?: null; follow?: null; peers?: null; cancel?: null; transfer?: null; balance?: null; proof?: null; coordinators: ailee.v1.CoordinatorsQuery.$Shape; chainHeads?: null; blockRange?: null }|{ body?: "chainHeads"; submit?: null; bid?: null; assign?: null; heartbeat?: null; result?: null; status?: null; follow?: null; peers?: null; cancel?: null; transfer?: null; balance?: null; proof?: null; coordinators?: null; chainHeads: ailee.v1.ChainHeadsQuery.$Shape; blockRange?: null }|{ body?: "blockRange"; submit?: null; bid?: null; assign?: null; heartbeat?: null; result?: null; status?: null; follow?: null; peers?: null; cancel?: null; transfer?: null; balance?: null; proof?: null; coordinators?: null; chainHeads?: null; blockRange: ailee.v1.BlockRangeQuery.$Shape })
             * )} ailee.v1.Request.$Shape
             */

            /**
             * Constructs a new Request.
             * @memberof ailee.v1
             * @classdesc Represents a Request.
             * @constructor
             * @param {ailee.v1.Request.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Request = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Request networkId.
             * @member {string} networkId
             * @memberof ailee.v1.Request
             * @instance
             */
            Request.prototype.networkId = "";

            /**
             * Request submit.
             * @member {ailee.v1.SubmitTask.$Properties|null|undefined} submit
             * @memberof ailee.v1.Request
             * @instance
             */
            Request.prototype.submit = null;

            /**
             * Request bid.
             * @member {ailee.v1.Bid.$Properties|null|undefined} bid
             * @memberof ailee.v1.Request
             * @instance
             */
            Request.prototype.bid = null;

            /**
             * Request assign.
             * @member {ailee.v1.Assign.$Properties|null|undefined} assign
             * @memberof ailee.v1.Request
             * @instance
             */
            Request.prototype.assign = null;

            /**
             * Request heartbeat.
             * @member {ailee.v1.Heartbeat.$Properties|null|undefined} heartbeat
             * @memberof ailee.v1.Request
             * @instance
             */
            Request.prototype.heartbeat = null;

            /**
             * Request result.
             * @member {ailee.v1.TaskResult.$Properties|null|undefined} result
             * @memberof ailee.v1.Request
             * @instance
             */
            Request.prototype.result = null;

            /**
             * Request status.
             * @member {ailee.v1.StatusQuery.$Properties|null|undefined} status
             * @memberof ailee.v1.Request
             * @instance
             */
            Request.prototype.status = null;

            /**
             * Request follow.
             * @member {ailee.v1.FollowTask.$Properties|null|undefined} follow
             * @memberof ailee.v1.Request
             * @instance
             */
            Request.prototype.follow = null;

            /**
             * Request peers.
             * @member {ailee.v1.PeersQuery.$Properties|null|undefined} peers
             * @memberof ailee.v1.Request
             * @instance
             */
            Request.prototype.peers = null;

            /**
             * Request cancel.
             * @member {ailee.v1.CancelTask.$Properties|null|undefined} cancel
             * @memberof ailee.v1.Request
             * @instance
             */
            Request.prototype.cancel = null;

            /**
             * Request transfer.
             * @member {ailee.v1.Transfer.$Properties|null|undefined} transfer
             * @memberof ailee.v1.Request
             * @instance
             */
            Request.prototype.transfer = null;

            /**
             * Request balance.
             * @member {ailee.v1.BalanceQuery.$Properties|null|undefined} balance
             * @memberof ailee.v1.Request
             * @instance
             */
            Request.prototype.balance = null;

            /**
             * Request proof.
             * @member {ailee.v1.ProofQuery.$Properties|null|undefined} proof
             * @memberof ailee.v1.Request
             * @instance
             */
            Request.prototype.proof = null;

            /**
             * Request coordinators.
             * @member {ailee.v1.CoordinatorsQuery.$Properties|null|undefined} coordinators
             * @memberof ailee.v1.Request
             * @instance
             */
            Request.prototype.coordinators = null;

            /**
             * Request chainHeads.
             * @member {ailee.v1.ChainHeadsQuery.$Properties|null|undefined} chainHeads
             * @memberof ailee.v1.Request
             * @instance
             */
            Request.prototype.chainHeads = null;

            /**
             * Request blockRange.
             * @member {ailee.v1.BlockRangeQuery.$Properties|null|undefined} blockRange
             * @memberof ailee.v1.Request
             * @instance
             */
            Request.prototype.blockRange = null;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            /**
             * Request body.
             * @member {"submit"|"bid"|"assign"|"heartbeat"|"result"|"status"|"follow"|"peers"|"cancel"|"transfer"|"balance"|"proof"|"coordinators"|"chainHeads"|"blockRange"|undefined} body
             * @memberof ailee.v1.Request
             * @instance
             */
            $Object.defineProperty(Request.prototype, "body", {
                get: $util.oneOfGetter($oneOfFields = ["submit", "bid", "assign", "heartbeat", "result", "status", "follow", "peers", "cancel", "transfer", "balance", "proof", "coordinators", "chainHeads", "blockRange"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Creates a new Request instance using the specified properties.
             * @function create
             * @memberof ailee.v1.Request
             * @static
             * @param {ailee.v1.Request.$Properties=} [properties] Properties to set
             * @returns {ailee.v1.Request} Request instance
             * @type {{
             *   (properties: ailee.v1.Request.$Shape): ailee.v1.Request & ailee.v1.Request.$Shape;
             *   (properties?: ailee.v1.Request.$Properties): ailee.v1.Request;
             * }}
             */
            Request.create = function(properties) {
                return new Request(properties);
            };

            /**
             * Encodes the specified Request message. Does not implicitly {@link ailee.v1.Request.verify|verify} messages.
             * @function encode
             * @memberof ailee.v1.Request
             * @static
             * @param {ailee.v1.Request.$Properties} message Request message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Request.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.networkId != null && $Object.hasOwnProperty.call(message, "networkId") && message.networkId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.networkId);
                if (message.submit != null && $Object.hasOwnProperty.call(message, "submit"))
                    $root.ailee.v1.SubmitTask.encode(message.submit, writer.uint32(/* id 10, wireType 2 =*/82).fork(), _depth + 1).ldelim();
                if (message.bid != null && $Object.hasOwnProperty.call(message, "bid"))
                    $root.ailee.v1.Bid.encode(message.bid, writer.uint32(/* id 11, wireType 2 =*/90).fork(), _depth + 1).ldelim();
                if (message.assign != null && $Object.hasOwnProperty.call(message, "assign"))
                    $root.ailee.v1.Assign.encode(message.assign, writer.uint32(/* id 12, wireType 2 =*/98).fork(), _depth + 1).ldelim();
                if (message.heartbeat != null && $Object.hasOwnProperty.call(message, "heartbeat"))
                    $root.ailee.v1.Heartbeat.encode(message.heartbeat, writer.uint32(/* id 13, wireType 2 =*/106).fork(), _depth + 1).ldelim();
                if (message.result != null && $Object.hasOwnProperty.call(message, "result"))
                    $root.ailee.v1.TaskResult.encode(message.result, writer.uint32(/* id 14, wireType 2 =*/114).fork(), _depth + 1).ldelim();
                if (message.status != null && $Object.hasOwnProperty.call(message, "status"))
                    $root.ailee.v1.StatusQuery.encode(message.status, writer.uint32(/* id 15, wireType 2 =*/122).fork(), _depth + 1).ldelim();
                if (message.follow != null && $Object.hasOwnProperty.call(message, "follow"))
                    $root.ailee.v1.FollowTask.encode(message.follow, writer.uint32(/* id 16, wireType 2 =*/130).fork(), _depth + 1).ldelim();
                if (message.peers != null && $Object.hasOwnProperty.call(message, "peers"))
                    $root.ailee.v1.PeersQuery.encode(message.peers, writer.uint32(/* id 17, wireType 2 =*/138).fork(), _depth + 1).ldelim();
                if (message.cancel != null && $Object.hasOwnProperty.call(message, "cancel"))
                    $root.ailee.v1.CancelTask.encode(message.cancel, writer.uint32(/* id 18, wireType 2 =*/146).fork(), _depth + 1).ldelim();
                if (message.transfer != null && $Object.hasOwnProperty.call(message, "transfer"))
                    $root.ailee.v1.Transfer.encode(message.transfer, writer.uint32(/* id 19, wireType 2 =*/154).fork(), _depth + 1).ldelim();
                if (message.balance != null && $Object.hasOwnProperty.call(message, "balance"))
                    $root.ailee.v1.BalanceQuery.encode(message.balance, writer.uint32(/* id 20, wireType 2 =*/162).fork(), _depth + 1).ldelim();
                if (message.proof != null && $Object.hasOwnProperty.call(message, "proof"))
                    $root.ailee.v1.ProofQuery.encode(message.proof, writer.uint32(/* id 21, wireType 2 =*/170).fork(), _depth + 1).ldelim();
                if (message.coordinators != null && $Object.hasOwnProperty.call(message, "coordinators"))
                    $root.ailee.v1.CoordinatorsQuery.encode(message.coordinators, writer.uint32(/* id 40, wireType 2 =*/322).fork(), _depth + 1).ldelim();
                if (message.chainHeads != null && $Object.hasOwnProperty.call(message, "chainHeads"))
                    $root.ailee.v1.ChainHeadsQuery.encode(message.chainHeads, writer.uint32(/* id 50, wireType 2 =*/402).fork(), _depth + 1).ldelim();
                if (message.blockRange != null && $Object.hasOwnProperty.call(message, "blockRange"))
                    $root.ailee.v1.BlockRangeQuery.encode(message.blockRange, writer.uint32(/* id 51, wireType 2 =*/410).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Request message from the specified reader or buffer.
             * @function decode
             * @memberof ailee.v1.Request
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {ailee.v1.Request & ailee.v1.Request.$Shape} Request
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Request.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.ailee.v1.Request();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.networkId = value;
                            else
                                delete message.networkId;
                            continue;
                        }
                    case 10: {
                            if (wireType !== 2)
                                break;
                            message.submit = $root.ailee.v1.SubmitTask.decode(reader, reader.size(), $undefined, _depth + 1, message.submit);
                            message.body = "submit";
                            continue;
                        }
                    case 11: {
                            if (wireType !== 2)
                                break;
                            message.bid = $root.ailee.v1.Bid.decode(reader, reader.size(), $undefined, _depth + 1, message.bid);
                            message.body = "bid";
                            continue;
                        }
                    case 12: {
                            if (wireType !== 2)
                                break;
                            message.assign = $root.ailee.v1.Assign.decode(reader, reader.size(), $undefined, _depth + 1, message.assign);
                            message.body = "assign";
                            continue;
                        }
                    case 13: {
                            if (wireType !== 2)
                                break;
                            message.heartbeat = $root.ailee.v1.Heartbeat.decode(reader, reader.size(), $undefined, _depth + 1, message.heartbeat);
                            message.body = "heartbeat";
                            continue;
                        }
                    case 14: {
                            if (wireType !== 2)
                                break;
                            message.result = $root.ailee.v1.TaskResult.decode(reader, reader.size(), $undefined, _depth + 1, message.result);
                            message.body = "result";
                            continue;
                        }
                    case 15: {
                            if (wireType !== 2)
                                break;
                            message.status = $root.ailee.v1.StatusQuery.decode(reader, reader.size(), $undefined, _depth + 1, message.status);
                            message.body = "status";
                            continue;
                        }
                    case 16: {
                            if (wireType !== 2)
                                break;
                            message.follow = $root.ailee.v1.FollowTask.decode(reader, reader.size(), $undefined, _depth + 1, message.follow);
                            message.body = "follow";
                            continue;
                        }
                    case 17: {
                            if (wireType !== 2)
                                break;
                            message.peers = $root.ailee.v1.PeersQuery.decode(reader, reader.size(), $undefined, _depth + 1, message.peers);
                            message.body = "peers";
                            continue;
                        }
                    case 18: {
                            if (wireType !== 2)
                                break;
                            message.cancel = $root.ailee.v1.CancelTask.decode(reader, reader.size(), $undefined, _depth + 1, message.cancel);
                            message.body = "cancel";
                            continue;
                        }
                    case 19: {
                            if (wireType !== 2)
                                break;
                            message.transfer = $root.ailee.v1.Transfer.decode(reader, reader.size(), $undefined, _depth + 1, message.transfer);
                            message.body = "transfer";
                            continue;
                        }
                    case 20: {
                            if (wireType !== 2)
                                break;
                            message.balance = $root.ailee.v1.BalanceQuery.decode(reader, reader.size(), $undefined, _depth + 1, message.balance);
                            message.body = "balance";
                            continue;
                        }
                    case 21: {
                            if (wireType !== 2)
                                break;
                            message.proof = $root.ailee.v1.ProofQuery.decode(reader, reader.size(), $undefined, _depth + 1, message.proof);
                            message.body = "proof";
                            continue;
                        }
                    case 40: {
                            if (wireType !== 2)
                                break;
                            message.coordinators = $root.ailee.v1.CoordinatorsQuery.decode(reader, reader.size(), $undefined, _depth + 1, message.coordinators);
                            message.body = "coordinators";
                            continue;
                        }
                    case 50: {
                            if (wireType !== 2)
                                break;
                            message.chainHeads = $root.ailee.v1.ChainHeadsQuery.decode(reader, reader.size(), $undefined, _depth + 1, message.chainHeads);
                            message.body = "chainHeads";
                            continue;
                        }
                    case 51: {
                            if (wireType !== 2)
                                break;
                            message.blockRange = $root.ailee.v1.BlockRangeQuery.decode(reader, reader.size(), $undefined, _depth + 1, message.blockRange);
                            message.body = "blockRange";
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates a Request message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof ailee.v1.Request
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {ailee.v1.Request} Request
             */
            Request.fromObject = function (object, _depth) {
                if (object instanceof $root.ailee.v1.Request)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".ailee.v1.Request: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.ailee.v1.Request();
                if (object.networkId != null)
                    if (typeof object.networkId !== "string" || object.networkId.length)
                        message.networkId = $String(object.networkId);
                if (object.submit != null) {
                    if (!$util.isObject(object.submit))
                        throw $TypeError(".ailee.v1.Request.submit: object expected");
                    message.submit = $root.ailee.v1.SubmitTask.fromObject(object.submit, _depth + 1);
                }
                if (object.bid != null) {
                    if (!$util.isObject(object.bid))
                        throw $TypeError(".ailee.v1.Request.bid: object expected");
                    message.bid = $root.ailee.v1.Bid.fromObject(object.bid, _depth + 1);
                }
                if (object.assign != null) {
                    if (!$util.isObject(object.assign))
                        throw $TypeError(".ailee.v1.Request.assign: object expected");
                    message.assign = $root.ailee.v1.Assign.fromObject(object.assign, _depth + 1);
                }
                if (object.heartbeat != null) {
                    if (!$util.isObject(object.heartbeat))
                        throw $TypeError(".ailee.v1.Request.heartbeat: object expected");
                    message.heartbeat = $root.ailee.v1.Heartbeat.fromObject(object.heartbeat, _depth + 1);
                }
                if (object.result != null) {
                    if (!$util.isObject(object.result))
                        throw $TypeError(".ailee.v1.Request.result: object expected");
                    message.result = $root.ailee.v1.TaskResult.fromObject(object.result, _depth + 1);
                }
                if (object.status != null) {
                    if (!$util.isObject(object.status))
                        throw $TypeError(".ailee.v1.Request.status: object expected");
                    message.status = $root.ailee.v1.StatusQuery.fromObject(object.status, _depth + 1);
                }
                if (object.follow != null) {
                    if (!$util.isObject(object.follow))
                        throw $TypeError(".ailee.v1.Request.follow: object expected");
                    message.follow = $root.ailee.v1.FollowTask.fromObject(object.follow, _depth + 1);
                }
                if (object.peers != null) {
                    if (!$util.isObject(object.peers))
                        throw $TypeError(".ailee.v1.Request.peers: object expected");
                    message.peers = $root.ailee.v1.PeersQuery.fromObject(object.peers, _depth + 1);
                }
                if (object.cancel != null) {
                    if (!$util.isObject(object.cancel))
                        throw $TypeError(".ailee.v1.Request.cancel: object expected");
                    message.cancel = $root.ailee.v1.CancelTask.fromObject(object.cancel, _depth + 1);
                }
                if (object.transfer != null) {
                    if (!$util.isObject(object.transfer))
                        throw $TypeError(".ailee.v1.Request.transfer: object expected");
                    message.transfer = $root.ailee.v1.Transfer.fromObject(object.transfer, _depth + 1);
                }
                if (object.balance != null) {
                    if (!$util.isObject(object.balance))
                        throw $TypeError(".ailee.v1.Request.balance: object expected");
                    message.balance = $root.ailee.v1.BalanceQuery.fromObject(object.balance, _depth + 1);
                }
                if (object.proof != null) {
                    if (!$util.isObject(object.proof))
                        throw $TypeError(".ailee.v1.Request.proof: object expected");
                    message.proof = $root.ailee.v1.ProofQuery.fromObject(object.proof, _depth + 1);
                }
                if (object.coordinators != null) {
                    if (!$util.isObject(object.coordinators))
                        throw $TypeError(".ailee.v1.Request.coordinators: object expected");
                    message.coordinators = $root.ailee.v1.CoordinatorsQuery.fromObject(object.coordinators, _depth + 1);
                }
                if (object.chainHeads != null) {
                    if (!$util.isObject(object.chainHeads))
                        throw $TypeError(".ailee.v1.Request.chainHeads: object expected");
                    message.chainHeads = $root.ailee.v1.ChainHeadsQuery.fromObject(object.chainHeads, _depth + 1);
                }
                if (object.blockRange != null) {
                    if (!$util.isObject(object.blockRange))
                        throw $TypeError(".ailee.v1.Request.blockRange: object expected");
                    message.blockRange = $root.ailee.v1.BlockRangeQuery.fromObject(object.blockRange, _depth + 1);
                }
                return message;
            };

            /**
             * Creates a plain object from a Request message. Also converts values to other types if specified.
             * @function toObject
             * @memberof ailee.v1.Request
             * @static
             * @param {ailee.v1.Request} message Request
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Request.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults)
                    object.networkId = "";
                if (message.networkId != null && $Object.hasOwnProperty.call(message, "networkId"))
                    object.networkId = message.networkId;
                if (message.submit != null && $Object.hasOwnProperty.call(message, "submit")) {
                    object.submit = $root.ailee.v1.SubmitTask.toObject(message.submit, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "submit";
                }
                if (message.bid != null && $Object.hasOwnProperty.call(message, "bid")) {
                    object.bid = $root.ailee.v1.Bid.toObject(message.bid, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "bid";
                }
                if (message.assign != null && $Object.hasOwnProperty.call(message, "assign")) {
                    object.assign = $root.ailee.v1.Assign.toObject(message.assign, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "assign";
                }
                if (message.heartbeat != null && $Object.hasOwnProperty.call(message, "heartbeat")) {
                    object.heartbeat = $root.ailee.v1.Heartbeat.toObject(message.heartbeat, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "heartbeat";
                }
                if (message.result != null && $Object.hasOwnProperty.call(message, "result")) {
                    object.result = $root.ailee.v1.TaskResult.toObject(message.result, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "result";
                }
                if (message.status != null && $Object.hasOwnProperty.call(message, "status")) {
                    object.status = $root.ailee.v1.StatusQuery.toObject(message.status, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "status";
                }
                if (message.follow != null && $Object.hasOwnProperty.call(message, "follow")) {
                    object.follow = $root.ailee.v1.FollowTask.toObject(message.follow, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "follow";
                }
                if (message.peers != null && $Object.hasOwnProperty.call(message, "peers")) {
                    object.peers = $root.ailee.v1.PeersQuery.toObject(message.peers, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "peers";
                }
                if (message.cancel != null && $Object.hasOwnProperty.call(message, "cancel")) {
                    object.cancel = $root.ailee.v1.CancelTask.toObject(message.cancel, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "cancel";
                }
                if (message.transfer != null && $Object.hasOwnProperty.call(message, "transfer")) {
                    object.transfer = $root.ailee.v1.Transfer.toObject(message.transfer, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "transfer";
                }
                if (message.balance != null && $Object.hasOwnProperty.call(message, "balance")) {
                    object.balance = $root.ailee.v1.BalanceQuery.toObject(message.balance, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "balance";
                }
                if (message.proof != null && $Object.hasOwnProperty.call(message, "proof")) {
                    object.proof = $root.ailee.v1.ProofQuery.toObject(message.proof, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "proof";
                }
                if (message.coordinators != null && $Object.hasOwnProperty.call(message, "coordinators")) {
                    object.coordinators = $root.ailee.v1.CoordinatorsQuery.toObject(message.coordinators, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "coordinators";
                }
                if (message.chainHeads != null && $Object.hasOwnProperty.call(message, "chainHeads")) {
                    object.chainHeads = $root.ailee.v1.ChainHeadsQuery.toObject(message.chainHeads, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "chainHeads";
                }
                if (message.blockRange != null && $Object.hasOwnProperty.call(message, "blockRange")) {
                    object.blockRange = $root.ailee.v1.BlockRangeQuery.toObject(message.blockRange, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "blockRange";
                }
                return object;
            };

            /**
             * Converts this Request to JSON.
             * @function toJSON
             * @memberof ailee.v1.Request
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Request.prototype.toJSON = function() {
                return Request.toObject(this, $protobuf.util.toJSONOptions);
            };

            return Request;
        })();

        v1.SessionFrame = (function() {

            /**
             * Properties of a SessionFrame.
             * @typedef {Object} ailee.v1.SessionFrame.$Properties
             * @property {number|null} [id] SessionFrame id
             * @property {ailee.v1.Request.$Properties|null} [request] SessionFrame request
             * @property {ailee.v1.Response.$Properties|null} [response] SessionFrame response
             * @property {"request"|"response"} [body] SessionFrame body
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a SessionFrame.
             * @memberof ailee.v1
             * @interface ISessionFrame
             * @augments ailee.v1.SessionFrame.$Properties
             * @deprecated Use ailee.v1.SessionFrame.$Properties instead.
             */

            /**
             * Narrowed shape of a SessionFrame.
             * @typedef {{
             *   id?: number|null;
             *   request?: ailee.v1.Request.$Shape|null;
             *   response?: ailee.v1.Response.$Shape|null;
             *   $unknowns?: Array.<Uint8Array>;
             * } & (
             *   ({ body?: undefined; request?: null; response?: null }|{ body?: "request"; request: ailee.v1.Request.$Shape; response?: null }|{ body?: "response"; request?: null; response: ailee.v1.Response.$Shape })
             * )} ailee.v1.SessionFrame.$Shape
             */

            /**
             * Constructs a new SessionFrame.
             * @memberof ailee.v1
             * @classdesc Represents a SessionFrame.
             * @constructor
             * @param {ailee.v1.SessionFrame.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const SessionFrame = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * SessionFrame id.
             * @member {number} id
             * @memberof ailee.v1.SessionFrame
             * @instance
             */
            SessionFrame.prototype.id = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * SessionFrame request.
             * @member {ailee.v1.Request.$Properties|null|undefined} request
             * @memberof ailee.v1.SessionFrame
             * @instance
             */
            SessionFrame.prototype.request = null;

            /**
             * SessionFrame response.
             * @member {ailee.v1.Response.$Properties|null|undefined} response
             * @memberof ailee.v1.SessionFrame
             * @instance
             */
            SessionFrame.prototype.response = null;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            /**
             * SessionFrame body.
             * @member {"request"|"response"|undefined} body
             * @memberof ailee.v1.SessionFrame
             * @instance
             */
            $Object.defineProperty(SessionFrame.prototype, "body", {
                get: $util.oneOfGetter($oneOfFields = ["request", "response"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Creates a new SessionFrame instance using the specified properties.
             * @function create
             * @memberof ailee.v1.SessionFrame
             * @static
             * @param {ailee.v1.SessionFrame.$Properties=} [properties] Properties to set
             * @returns {ailee.v1.SessionFrame} SessionFrame instance
             * @type {{
             *   (properties: ailee.v1.SessionFrame.$Shape): ailee.v1.SessionFrame & ailee.v1.SessionFrame.$Shape;
             *   (properties?: ailee.v1.SessionFrame.$Properties): ailee.v1.SessionFrame;
             * }}
             */
            SessionFrame.create = function(properties) {
                return new SessionFrame(properties);
            };

            /**
             * Encodes the specified SessionFrame message. Does not implicitly {@link ailee.v1.SessionFrame.verify|verify} messages.
             * @function encode
             * @memberof ailee.v1.SessionFrame
             * @static
             * @param {ailee.v1.SessionFrame.$Properties} message SessionFrame message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SessionFrame.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.id != null && $Object.hasOwnProperty.call(message, "id") && (typeof message.id === "object" ? message.id.low || message.id.high : message.id !== 0))
                    writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.id);
                if (message.request != null && $Object.hasOwnProperty.call(message, "request"))
                    $root.ailee.v1.Request.encode(message.request, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.response != null && $Object.hasOwnProperty.call(message, "response"))
                    $root.ailee.v1.Response.encode(message.response, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a SessionFrame message from the specified reader or buffer.
             * @function decode
             * @memberof ailee.v1.SessionFrame
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {ailee.v1.SessionFrame & ailee.v1.SessionFrame.$Shape} SessionFrame
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SessionFrame.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.ailee.v1.SessionFrame();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.id = value;
                            else
                                delete message.id;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.request = $root.ailee.v1.Request.decode(reader, reader.size(), $undefined, _depth + 1, message.request);
                            message.body = "request";
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.response = $root.ailee.v1.Response.decode(reader, reader.size(), $undefined, _depth + 1, message.response);
                            message.body = "response";
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates a SessionFrame message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof ailee.v1.SessionFrame
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {ailee.v1.SessionFrame} SessionFrame
             */
            SessionFrame.fromObject = function (object, _depth) {
                if (object instanceof $root.ailee.v1.SessionFrame)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".ailee.v1.SessionFrame: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.ailee.v1.SessionFrame();
                if (object.id != null)
                    if (typeof object.id === "object" ? object.id.low || object.id.high : $Number(object.id) !== 0)
                        if ($util.Long)
                            message.id = $util.Long.fromValue(object.id, true);
                        else if (typeof object.id === "string")
                            message.id = $parseInt(object.id, 10);
                        else if (typeof object.id === "number")
                            message.id = object.id;
                        else if (typeof object.id === "object")
                            message.id = new $util.LongBits(object.id.low >>> 0, object.id.high >>> 0).toNumber(true);
                if (object.request != null) {
                    if (!$util.isObject(object.request))
                        throw $TypeError(".ailee.v1.SessionFrame.request: object expected");
                    message.request = $root.ailee.v1.Request.fromObject(object.request, _depth + 1);
                }
                if (object.response != null) {
                    if (!$util.isObject(object.response))
                        throw $TypeError(".ailee.v1.SessionFrame.response: object expected");
                    message.response = $root.ailee.v1.Response.fromObject(object.response, _depth + 1);
                }
                return message;
            };

            /**
             * Creates a plain object from a SessionFrame message. Also converts values to other types if specified.
             * @function toObject
             * @memberof ailee.v1.SessionFrame
             * @static
             * @param {ailee.v1.SessionFrame} message SessionFrame
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            SessionFrame.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults)
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.id = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.id = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.id = typeof message.id === "number" ? $BigInt(message.id) : $util.Long.fromBits(message.id.low >>> 0, message.id.high >>> 0, true).toBigInt();
                    else if (typeof message.id === "number")
                        object.id = options.longs === $String ? $String(message.id) : message.id;
                    else
                        object.id = options.longs === $String ? $util.Long.prototype.toString.call(message.id) : options.longs === $Number ? new $util.LongBits(message.id.low >>> 0, message.id.high >>> 0).toNumber(true) : message.id;
                if (message.request != null && $Object.hasOwnProperty.call(message, "request")) {
                    object.request = $root.ailee.v1.Request.toObject(message.request, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "request";
                }
                if (message.response != null && $Object.hasOwnProperty.call(message, "response")) {
                    object.response = $root.ailee.v1.Response.toObject(message.response, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "response";
                }
                return object;
            };

            /**
             * Converts this SessionFrame to JSON.
             * @function toJSON
             * @memberof ailee.v1.SessionFrame
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            SessionFrame.prototype.toJSON = function() {
                return SessionFrame.toObject(this, $protobuf.util.toJSONOptions);
            };

            return SessionFrame;
        })();

        /**
         * TaskState enum.
         * @name ailee.v1.TaskState
         * @enum {number}
         * @property {number} TASK_STATE_UNSPECIFIED=0 TASK_STATE_UNSPECIFIED value
         * @property {number} TASK_STATE_QUEUED=1 TASK_STATE_QUEUED value
         * @property {number} TASK_STATE_OFFERED=2 TASK_STATE_OFFERED value
         * @property {number} TASK_STATE_ASSIGNED=3 TASK_STATE_ASSIGNED value
         * @property {number} TASK_STATE_RUNNING=4 TASK_STATE_RUNNING value
         * @property {number} TASK_STATE_COMPLETED=5 TASK_STATE_COMPLETED value
         * @property {number} TASK_STATE_FAILED=6 TASK_STATE_FAILED value
         * @property {number} TASK_STATE_TIMED_OUT=7 TASK_STATE_TIMED_OUT value
         * @property {number} TASK_STATE_MEMORY_EXCEEDED=8 TASK_STATE_MEMORY_EXCEEDED value
         * @property {number} TASK_STATE_REJECTED=9 TASK_STATE_REJECTED value
         * @property {number} TASK_STATE_CANCELLED=10 TASK_STATE_CANCELLED value
         */
        v1.TaskState = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "TASK_STATE_UNSPECIFIED"] = 0;
            values[valuesById[1] = "TASK_STATE_QUEUED"] = 1;
            values[valuesById[2] = "TASK_STATE_OFFERED"] = 2;
            values[valuesById[3] = "TASK_STATE_ASSIGNED"] = 3;
            values[valuesById[4] = "TASK_STATE_RUNNING"] = 4;
            values[valuesById[5] = "TASK_STATE_COMPLETED"] = 5;
            values[valuesById[6] = "TASK_STATE_FAILED"] = 6;
            values[valuesById[7] = "TASK_STATE_TIMED_OUT"] = 7;
            values[valuesById[8] = "TASK_STATE_MEMORY_EXCEEDED"] = 8;
            values[valuesById[9] = "TASK_STATE_REJECTED"] = 9;
            values[valuesById[10] = "TASK_STATE_CANCELLED"] = 10;
            return values;
        })();

        v1.Timings = (function() {

            /**
             * Properties of a Timings.
             * @typedef {Object} ailee.v1.Timings.$Properties
             * @property {number|null} [submittedAtMs] Timings submittedAtMs
             * @property {number|null} [queuedMs] Timings queuedMs
             * @property {number|null} [executionMs] Timings executionMs
             * @property {number|null} [totalMs] Timings totalMs
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Timings.
             * @memberof ailee.v1
             * @interface ITimings
             * @augments ailee.v1.Timings.$Properties
             * @deprecated Use ailee.v1.Timings.$Properties instead.
             */

            /**
             * Shape of a Timings.
             * @typedef {ailee.v1.Timings.$Properties} ailee.v1.Timings.$Shape
             */

            /**
             * Constructs a new Timings.
             * @memberof ailee.v1
             * @classdesc Represents a Timings.
             * @constructor
             * @param {ailee.v1.Timings.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Timings = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Timings submittedAtMs.
             * @member {number} submittedAtMs
             * @memberof ailee.v1.Timings
             * @instance
             */
            Timings.prototype.submittedAtMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Timings queuedMs.
             * @member {number} queuedMs
             * @memberof ailee.v1.Timings
             * @instance
             */
            Timings.prototype.queuedMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Timings executionMs.
             * @member {number} executionMs
             * @memberof ailee.v1.Timings
             * @instance
             */
            Timings.prototype.executionMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Timings totalMs.
             * @member {number} totalMs
             * @memberof ailee.v1.Timings
             * @instance
             */
            Timings.prototype.totalMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Creates a new Timings instance using the specified properties.
             * @function create
             * @memberof ailee.v1.Timings
             * @static
             * @param {ailee.v1.Timings.$Properties=} [properties] Properties to set
             * @returns {ailee.v1.Timings} Timings instance
             * @type {{
             *   (properties: ailee.v1.Timings.$Shape): ailee.v1.Timings & ailee.v1.Timings.$Shape;
             *   (properties?: ailee.v1.Timings.$Properties): ailee.v1.Timings;
             * }}
             */
            Timings.create = function(properties) {
                return new Timings(properties);
            };

            /**
             * Encodes the specified Timings message. Does not implicitly {@link ailee.v1.Timings.verify|verify} messages.
             * @function encode
             * @memberof ailee.v1.Timings
             * @static
             * @param {ailee.v1.Timings.$Properties} message Timings message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Timings.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.submittedAtMs != null && $Object.hasOwnProperty.call(message, "submittedAtMs") && (typeof message.submittedAtMs === "object" ? message.submittedAtMs.low || message.submittedAtMs.high : message.submittedAtMs !== 0))
                    writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.submittedAtMs);
                if (message.queuedMs != null && $Object.hasOwnProperty.call(message, "queuedMs") && (typeof message.queuedMs === "object" ? message.queuedMs.low || message.queuedMs.high : message.queuedMs !== 0))
                    writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.queuedMs);
                if (message.executionMs != null && $Object.hasOwnProperty.call(message, "executionMs") && (typeof message.executionMs === "object" ? message.executionMs.low || message.executionMs.high : message.executionMs !== 0))
                    writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.executionMs);
                if (message.totalMs != null && $Object.hasOwnProperty.call(message, "totalMs") && (typeof message.totalMs === "object" ? message.totalMs.low || message.totalMs.high : message.totalMs !== 0))
                    writer.uint32(/* id 4, wireType 0 =*/32).uint64(message.totalMs);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Timings message from the specified reader or buffer.
             * @function decode
             * @memberof ailee.v1.Timings
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {ailee.v1.Timings & ailee.v1.Timings.$Shape} Timings
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Timings.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.ailee.v1.Timings();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.submittedAtMs = value;
                            else
                                delete message.submittedAtMs;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.queuedMs = value;
                            else
                                delete message.queuedMs;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.executionMs = value;
                            else
                                delete message.executionMs;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.totalMs = value;
                            else
                                delete message.totalMs;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates a Timings message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof ailee.v1.Timings
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {ailee.v1.Timings} Timings
             */
            Timings.fromObject = function (object, _depth) {
                if (object instanceof $root.ailee.v1.Timings)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".ailee.v1.Timings: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.ailee.v1.Timings();
                if (object.submittedAtMs != null)
                    if (typeof object.submittedAtMs === "object" ? object.submittedAtMs.low || object.submittedAtMs.high : $Number(object.submittedAtMs) !== 0)
                        if ($util.Long)
                            message.submittedAtMs = $util.Long.fromValue(object.submittedAtMs, true);
                        else if (typeof object.submittedAtMs === "string")
                            message.submittedAtMs = $parseInt(object.submittedAtMs, 10);
                        else if (typeof object.submittedAtMs === "number")
                            message.submittedAtMs = object.submittedAtMs;
                        else if (typeof object.submittedAtMs === "object")
                            message.submittedAtMs = new $util.LongBits(object.submittedAtMs.low >>> 0, object.submittedAtMs.high >>> 0).toNumber(true);
                if (object.queuedMs != null)
                    if (typeof object.queuedMs === "object" ? object.queuedMs.low || object.queuedMs.high : $Number(object.queuedMs) !== 0)
                        if ($util.Long)
                            message.queuedMs = $util.Long.fromValue(object.queuedMs, true);
                        else if (typeof object.queuedMs === "string")
                            message.queuedMs = $parseInt(object.queuedMs, 10);
                        else if (typeof object.queuedMs === "number")
                            message.queuedMs = object.queuedMs;
                        else if (typeof object.queuedMs === "object")
                            message.queuedMs = new $util.LongBits(object.queuedMs.low >>> 0, object.queuedMs.high >>> 0).toNumber(true);
                if (object.executionMs != null)
                    if (typeof object.executionMs === "object" ? object.executionMs.low || object.executionMs.high : $Number(object.executionMs) !== 0)
                        if ($util.Long)
                            message.executionMs = $util.Long.fromValue(object.executionMs, true);
                        else if (typeof object.executionMs === "string")
                            message.executionMs = $parseInt(object.executionMs, 10);
                        else if (typeof object.executionMs === "number")
                            message.executionMs = object.executionMs;
                        else if (typeof object.executionMs === "object")
                            message.executionMs = new $util.LongBits(object.executionMs.low >>> 0, object.executionMs.high >>> 0).toNumber(true);
                if (object.totalMs != null)
                    if (typeof object.totalMs === "object" ? object.totalMs.low || object.totalMs.high : $Number(object.totalMs) !== 0)
                        if ($util.Long)
                            message.totalMs = $util.Long.fromValue(object.totalMs, true);
                        else if (typeof object.totalMs === "string")
                            message.totalMs = $parseInt(object.totalMs, 10);
                        else if (typeof object.totalMs === "number")
                            message.totalMs = object.totalMs;
                        else if (typeof object.totalMs === "object")
                            message.totalMs = new $util.LongBits(object.totalMs.low >>> 0, object.totalMs.high >>> 0).toNumber(true);
                return message;
            };

            /**
             * Creates a plain object from a Timings message. Also converts values to other types if specified.
             * @function toObject
             * @memberof ailee.v1.Timings
             * @static
             * @param {ailee.v1.Timings} message Timings
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Timings.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.submittedAtMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.submittedAtMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.queuedMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.queuedMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.executionMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.executionMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.totalMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.totalMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (message.submittedAtMs != null && $Object.hasOwnProperty.call(message, "submittedAtMs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.submittedAtMs = typeof message.submittedAtMs === "number" ? $BigInt(message.submittedAtMs) : $util.Long.fromBits(message.submittedAtMs.low >>> 0, message.submittedAtMs.high >>> 0, true).toBigInt();
                    else if (typeof message.submittedAtMs === "number")
                        object.submittedAtMs = options.longs === $String ? $String(message.submittedAtMs) : message.submittedAtMs;
                    else
                        object.submittedAtMs = options.longs === $String ? $util.Long.prototype.toString.call(message.submittedAtMs) : options.longs === $Number ? new $util.LongBits(message.submittedAtMs.low >>> 0, message.submittedAtMs.high >>> 0).toNumber(true) : message.submittedAtMs;
                if (message.queuedMs != null && $Object.hasOwnProperty.call(message, "queuedMs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.queuedMs = typeof message.queuedMs === "number" ? $BigInt(message.queuedMs) : $util.Long.fromBits(message.queuedMs.low >>> 0, message.queuedMs.high >>> 0, true).toBigInt();
                    else if (typeof message.queuedMs === "number")
                        object.queuedMs = options.longs === $String ? $String(message.queuedMs) : message.queuedMs;
                    else
                        object.queuedMs = options.longs === $String ? $util.Long.prototype.toString.call(message.queuedMs) : options.longs === $Number ? new $util.LongBits(message.queuedMs.low >>> 0, message.queuedMs.high >>> 0).toNumber(true) : message.queuedMs;
                if (message.executionMs != null && $Object.hasOwnProperty.call(message, "executionMs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.executionMs = typeof message.executionMs === "number" ? $BigInt(message.executionMs) : $util.Long.fromBits(message.executionMs.low >>> 0, message.executionMs.high >>> 0, true).toBigInt();
                    else if (typeof message.executionMs === "number")
                        object.executionMs = options.longs === $String ? $String(message.executionMs) : message.executionMs;
                    else
                        object.executionMs = options.longs === $String ? $util.Long.prototype.toString.call(message.executionMs) : options.longs === $Number ? new $util.LongBits(message.executionMs.low >>> 0, message.executionMs.high >>> 0).toNumber(true) : message.executionMs;
                if (message.totalMs != null && $Object.hasOwnProperty.call(message, "totalMs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.totalMs = typeof message.totalMs === "number" ? $BigInt(message.totalMs) : $util.Long.fromBits(message.totalMs.low >>> 0, message.totalMs.high >>> 0, true).toBigInt();
                    else if (typeof message.totalMs === "number")
                        object.totalMs = options.longs === $String ? $String(message.totalMs) : message.totalMs;
                    else
                        object.totalMs = options.longs === $String ? $util.Long.prototype.toString.call(message.totalMs) : options.longs === $Number ? new $util.LongBits(message.totalMs.low >>> 0, message.totalMs.high >>> 0).toNumber(true) : message.totalMs;
                return object;
            };

            /**
             * Converts this Timings to JSON.
             * @function toJSON
             * @memberof ailee.v1.Timings
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Timings.prototype.toJSON = function() {
                return Timings.toObject(this, $protobuf.util.toJSONOptions);
            };

            return Timings;
        })();

        v1.TaskOutcome = (function() {

            /**
             * Properties of a TaskOutcome.
             * @typedef {Object} ailee.v1.TaskOutcome.$Properties
             * @property {string|null} [taskId] TaskOutcome taskId
             * @property {ailee.v1.TaskState|null} [state] TaskOutcome state
             * @property {number|null} [exitCode] TaskOutcome exitCode
             * @property {string|null} [workerPeerId] TaskOutcome workerPeerId
             * @property {string|null} [moduleCid] TaskOutcome moduleCid
             * @property {string|null} [inputCid] TaskOutcome inputCid
             * @property {string|null} [outputCid] TaskOutcome outputCid
             * @property {Uint8Array|null} [stdout] TaskOutcome stdout
             * @property {Uint8Array|null} [stderr] TaskOutcome stderr
             * @property {boolean|null} [verified] TaskOutcome verified
             * @property {ailee.v1.SignedReceipt.$Properties|null} [receipt] TaskOutcome receipt
             * @property {ailee.v1.Timings.$Properties|null} [timings] TaskOutcome timings
             * @property {string|null} [reason] TaskOutcome reason
             * @property {number|null} [attempts] TaskOutcome attempts
             * @property {number|null} [price] TaskOutcome price
             * @property {Array.<ailee.v1.ReplicaReport.$Properties>|null} [replicas] TaskOutcome replicas
             * @property {string|null} [verification] TaskOutcome verification
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a TaskOutcome.
             * @memberof ailee.v1
             * @interface ITaskOutcome
             * @augments ailee.v1.TaskOutcome.$Properties
             * @deprecated Use ailee.v1.TaskOutcome.$Properties instead.
             */

            /**
             * Shape of a TaskOutcome.
             * @typedef {ailee.v1.TaskOutcome.$Properties} ailee.v1.TaskOutcome.$Shape
             */

            /**
             * Constructs a new TaskOutcome.
             * @memberof ailee.v1
             * @classdesc Represents a TaskOutcome.
             * @constructor
             * @param {ailee.v1.TaskOutcome.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const TaskOutcome = function (properties) {
                this.replicas = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * TaskOutcome taskId.
             * @member {string} taskId
             * @memberof ailee.v1.TaskOutcome
             * @instance
             */
            TaskOutcome.prototype.taskId = "";

            /**
             * TaskOutcome state.
             * @member {ailee.v1.TaskState} state
             * @memberof ailee.v1.TaskOutcome
             * @instance
             */
            TaskOutcome.prototype.state = 0;

            /**
             * TaskOutcome exitCode.
             * @member {number} exitCode
             * @memberof ailee.v1.TaskOutcome
             * @instance
             */
            TaskOutcome.prototype.exitCode = 0;

            /**
             * TaskOutcome workerPeerId.
             * @member {string} workerPeerId
             * @memberof ailee.v1.TaskOutcome
             * @instance
             */
            TaskOutcome.prototype.workerPeerId = "";

            /**
             * TaskOutcome moduleCid.
             * @member {string} moduleCid
             * @memberof ailee.v1.TaskOutcome
             * @instance
             */
            TaskOutcome.prototype.moduleCid = "";

            /**
             * TaskOutcome inputCid.
             * @member {string} inputCid
             * @memberof ailee.v1.TaskOutcome
             * @instance
             */
            TaskOutcome.prototype.inputCid = "";

            /**
             * TaskOutcome outputCid.
             * @member {string} outputCid
             * @memberof ailee.v1.TaskOutcome
             * @instance
             */
            TaskOutcome.prototype.outputCid = "";

            /**
             * TaskOutcome stdout.
             * @member {Uint8Array} stdout
             * @memberof ailee.v1.TaskOutcome
             * @instance
             */
            TaskOutcome.prototype.stdout = $util.newBuffer([]);

            /**
             * TaskOutcome stderr.
             * @member {Uint8Array} stderr
             * @memberof ailee.v1.TaskOutcome
             * @instance
             */
            TaskOutcome.prototype.stderr = $util.newBuffer([]);

            /**
             * TaskOutcome verified.
             * @member {boolean} verified
             * @memberof ailee.v1.TaskOutcome
             * @instance
             */
            TaskOutcome.prototype.verified = false;

            /**
             * TaskOutcome receipt.
             * @member {ailee.v1.SignedReceipt.$Properties|null|undefined} receipt
             * @memberof ailee.v1.TaskOutcome
             * @instance
             */
            TaskOutcome.prototype.receipt = null;

            /**
             * TaskOutcome timings.
             * @member {ailee.v1.Timings.$Properties|null|undefined} timings
             * @memberof ailee.v1.TaskOutcome
             * @instance
             */
            TaskOutcome.prototype.timings = null;

            /**
             * TaskOutcome reason.
             * @member {string} reason
             * @memberof ailee.v1.TaskOutcome
             * @instance
             */
            TaskOutcome.prototype.reason = "";

            /**
             * TaskOutcome attempts.
             * @member {number} attempts
             * @memberof ailee.v1.TaskOutcome
             * @instance
             */
            TaskOutcome.prototype.attempts = 0;

            /**
             * TaskOutcome price.
             * @member {number} price
             * @memberof ailee.v1.TaskOutcome
             * @instance
             */
            TaskOutcome.prototype.price = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * TaskOutcome replicas.
             * @member {Array.<ailee.v1.ReplicaReport.$Properties>} replicas
             * @memberof ailee.v1.TaskOutcome
             * @instance
             */
            TaskOutcome.prototype.replicas = $util.emptyArray;

            /**
             * TaskOutcome verification.
             * @member {string} verification
             * @memberof ailee.v1.TaskOutcome
             * @instance
             */
            TaskOutcome.prototype.verification = "";

            /**
             * Creates a new TaskOutcome instance using the specified properties.
             * @function create
             * @memberof ailee.v1.TaskOutcome
             * @static
             * @param {ailee.v1.TaskOutcome.$Properties=} [properties] Properties to set
             * @returns {ailee.v1.TaskOutcome} TaskOutcome instance
             * @type {{
             *   (properties: ailee.v1.TaskOutcome.$Shape): ailee.v1.TaskOutcome & ailee.v1.TaskOutcome.$Shape;
             *   (properties?: ailee.v1.TaskOutcome.$Properties): ailee.v1.TaskOutcome;
             * }}
             */
            TaskOutcome.create = function(properties) {
                return new TaskOutcome(properties);
            };

            /**
             * Encodes the specified TaskOutcome message. Does not implicitly {@link ailee.v1.TaskOutcome.verify|verify} messages.
             * @function encode
             * @memberof ailee.v1.TaskOutcome
             * @static
             * @param {ailee.v1.TaskOutcome.$Properties} message TaskOutcome message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            TaskOutcome.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.taskId != null && $Object.hasOwnProperty.call(message, "taskId") && message.taskId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.taskId);
                if (message.state != null && $Object.hasOwnProperty.call(message, "state") && message.state !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).int32(message.state);
                if (message.exitCode != null && $Object.hasOwnProperty.call(message, "exitCode") && message.exitCode !== 0)
                    writer.uint32(/* id 3, wireType 0 =*/24).int32(message.exitCode);
                if (message.workerPeerId != null && $Object.hasOwnProperty.call(message, "workerPeerId") && message.workerPeerId !== "")
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.workerPeerId);
                if (message.moduleCid != null && $Object.hasOwnProperty.call(message, "moduleCid") && message.moduleCid !== "")
                    writer.uint32(/* id 5, wireType 2 =*/42).string(message.moduleCid);
                if (message.inputCid != null && $Object.hasOwnProperty.call(message, "inputCid") && message.inputCid !== "")
                    writer.uint32(/* id 6, wireType 2 =*/50).string(message.inputCid);
                if (message.outputCid != null && $Object.hasOwnProperty.call(message, "outputCid") && message.outputCid !== "")
                    writer.uint32(/* id 7, wireType 2 =*/58).string(message.outputCid);
                if (message.stdout != null && $Object.hasOwnProperty.call(message, "stdout") && message.stdout.length)
                    writer.uint32(/* id 8, wireType 2 =*/66).bytes(message.stdout);
                if (message.stderr != null && $Object.hasOwnProperty.call(message, "stderr") && message.stderr.length)
                    writer.uint32(/* id 9, wireType 2 =*/74).bytes(message.stderr);
                if (message.verified != null && $Object.hasOwnProperty.call(message, "verified") && message.verified !== false)
                    writer.uint32(/* id 10, wireType 0 =*/80).bool(message.verified);
                if (message.receipt != null && $Object.hasOwnProperty.call(message, "receipt"))
                    $root.ailee.v1.SignedReceipt.encode(message.receipt, writer.uint32(/* id 11, wireType 2 =*/90).fork(), _depth + 1).ldelim();
                if (message.timings != null && $Object.hasOwnProperty.call(message, "timings"))
                    $root.ailee.v1.Timings.encode(message.timings, writer.uint32(/* id 12, wireType 2 =*/98).fork(), _depth + 1).ldelim();
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason") && message.reason !== "")
                    writer.uint32(/* id 13, wireType 2 =*/106).string(message.reason);
                if (message.attempts != null && $Object.hasOwnProperty.call(message, "attempts") && message.attempts !== 0)
                    writer.uint32(/* id 14, wireType 0 =*/112).uint32(message.attempts);
                if (message.price != null && $Object.hasOwnProperty.call(message, "price") && (typeof message.price === "object" ? message.price.low || message.price.high : message.price !== 0))
                    writer.uint32(/* id 15, wireType 0 =*/120).uint64(message.price);
                if (message.replicas != null && message.replicas.length)
                    for (let i = 0; i < message.replicas.length; ++i)
                        $root.ailee.v1.ReplicaReport.encode(message.replicas[i], writer.uint32(/* id 16, wireType 2 =*/130).fork(), _depth + 1).ldelim();
                if (message.verification != null && $Object.hasOwnProperty.call(message, "verification") && message.verification !== "")
                    writer.uint32(/* id 17, wireType 2 =*/138).string(message.verification);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a TaskOutcome message from the specified reader or buffer.
             * @function decode
             * @memberof ailee.v1.TaskOutcome
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {ailee.v1.TaskOutcome & ailee.v1.TaskOutcome.$Shape} TaskOutcome
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            TaskOutcome.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.ailee.v1.TaskOutcome();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.taskId = value;
                            else
                                delete message.taskId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.state = value;
                            else
                                delete message.state;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.exitCode = value;
                            else
                                delete message.exitCode;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.workerPeerId = value;
                            else
                                delete message.workerPeerId;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.moduleCid = value;
                            else
                                delete message.moduleCid;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.inputCid = value;
                            else
                                delete message.inputCid;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.outputCid = value;
                            else
                                delete message.outputCid;
                            continue;
                        }
                    case 8: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.stdout = value;
                            else
                                delete message.stdout;
                            continue;
                        }
                    case 9: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.stderr = value;
                            else
                                delete message.stderr;
                            continue;
                        }
                    case 10: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.verified = value;
                            else
                                delete message.verified;
                            continue;
                        }
                    case 11: {
                            if (wireType !== 2)
                                break;
                            message.receipt = $root.ailee.v1.SignedReceipt.decode(reader, reader.size(), $undefined, _depth + 1, message.receipt);
                            continue;
                        }
                    case 12: {
                            if (wireType !== 2)
                                break;
                            message.timings = $root.ailee.v1.Timings.decode(reader, reader.size(), $undefined, _depth + 1, message.timings);
                            continue;
                        }
                    case 13: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.reason = value;
                            else
                                delete message.reason;
                            continue;
                        }
                    case 14: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.attempts = value;
                            else
                                delete message.attempts;
                            continue;
                        }
                    case 15: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.price = value;
                            else
                                delete message.price;
                            continue;
                        }
                    case 16: {
                            if (wireType !== 2)
                                break;
                            if (!(message.replicas && message.replicas.length))
                                message.replicas = [];
                            message.replicas.push($root.ailee.v1.ReplicaReport.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 17: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.verification = value;
                            else
                                delete message.verification;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates a TaskOutcome message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof ailee.v1.TaskOutcome
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {ailee.v1.TaskOutcome} TaskOutcome
             */
            TaskOutcome.fromObject = function (object, _depth) {
                if (object instanceof $root.ailee.v1.TaskOutcome)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".ailee.v1.TaskOutcome: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.ailee.v1.TaskOutcome();
                if (object.taskId != null)
                    if (typeof object.taskId !== "string" || object.taskId.length)
                        message.taskId = $String(object.taskId);
                if (object.state !== 0 && (typeof object.state !== "string" || $root.ailee.v1.TaskState[object.state] !== 0))
                    switch (object.state) {
                    case "TASK_STATE_UNSPECIFIED":
                    case 0:
                        message.state = 0;
                        break;
                    case "TASK_STATE_QUEUED":
                    case 1:
                        message.state = 1;
                        break;
                    case "TASK_STATE_OFFERED":
                    case 2:
                        message.state = 2;
                        break;
                    case "TASK_STATE_ASSIGNED":
                    case 3:
                        message.state = 3;
                        break;
                    case "TASK_STATE_RUNNING":
                    case 4:
                        message.state = 4;
                        break;
                    case "TASK_STATE_COMPLETED":
                    case 5:
                        message.state = 5;
                        break;
                    case "TASK_STATE_FAILED":
                    case 6:
                        message.state = 6;
                        break;
                    case "TASK_STATE_TIMED_OUT":
                    case 7:
                        message.state = 7;
                        break;
                    case "TASK_STATE_MEMORY_EXCEEDED":
                    case 8:
                        message.state = 8;
                        break;
                    case "TASK_STATE_REJECTED":
                    case 9:
                        message.state = 9;
                        break;
                    case "TASK_STATE_CANCELLED":
                    case 10:
                        message.state = 10;
                        break;
                    default:
                        if (typeof object.state === "number" && (object.state | 0) === object.state)
                            message.state = object.state;
                    }
                if (object.exitCode != null)
                    if ($Number(object.exitCode) !== 0)
                        message.exitCode = object.exitCode | 0;
                if (object.workerPeerId != null)
                    if (typeof object.workerPeerId !== "string" || object.workerPeerId.length)
                        message.workerPeerId = $String(object.workerPeerId);
                if (object.moduleCid != null)
                    if (typeof object.moduleCid !== "string" || object.moduleCid.length)
                        message.moduleCid = $String(object.moduleCid);
                if (object.inputCid != null)
                    if (typeof object.inputCid !== "string" || object.inputCid.length)
                        message.inputCid = $String(object.inputCid);
                if (object.outputCid != null)
                    if (typeof object.outputCid !== "string" || object.outputCid.length)
                        message.outputCid = $String(object.outputCid);
                if (object.stdout != null)
                    if (object.stdout.length)
                        if (typeof object.stdout === "string")
                            $util.base64.decode(object.stdout, message.stdout = $util.newBuffer($util.base64.length(object.stdout)), 0);
                        else if (object.stdout.length >= 0)
                            message.stdout = object.stdout;
                if (object.stderr != null)
                    if (object.stderr.length)
                        if (typeof object.stderr === "string")
                            $util.base64.decode(object.stderr, message.stderr = $util.newBuffer($util.base64.length(object.stderr)), 0);
                        else if (object.stderr.length >= 0)
                            message.stderr = object.stderr;
                if (object.verified != null)
                    if (object.verified)
                        message.verified = $Boolean(object.verified);
                if (object.receipt != null) {
                    if (!$util.isObject(object.receipt))
                        throw $TypeError(".ailee.v1.TaskOutcome.receipt: object expected");
                    message.receipt = $root.ailee.v1.SignedReceipt.fromObject(object.receipt, _depth + 1);
                }
                if (object.timings != null) {
                    if (!$util.isObject(object.timings))
                        throw $TypeError(".ailee.v1.TaskOutcome.timings: object expected");
                    message.timings = $root.ailee.v1.Timings.fromObject(object.timings, _depth + 1);
                }
                if (object.reason != null)
                    if (typeof object.reason !== "string" || object.reason.length)
                        message.reason = $String(object.reason);
                if (object.attempts != null)
                    if ($Number(object.attempts) !== 0)
                        message.attempts = object.attempts >>> 0;
                if (object.price != null)
                    if (typeof object.price === "object" ? object.price.low || object.price.high : $Number(object.price) !== 0)
                        if ($util.Long)
                            message.price = $util.Long.fromValue(object.price, true);
                        else if (typeof object.price === "string")
                            message.price = $parseInt(object.price, 10);
                        else if (typeof object.price === "number")
                            message.price = object.price;
                        else if (typeof object.price === "object")
                            message.price = new $util.LongBits(object.price.low >>> 0, object.price.high >>> 0).toNumber(true);
                if (object.replicas) {
                    if (!$Array.isArray(object.replicas))
                        throw $TypeError(".ailee.v1.TaskOutcome.replicas: array expected");
                    message.replicas = $Array(object.replicas.length);
                    for (let i = 0; i < object.replicas.length; ++i) {
                        if (!$util.isObject(object.replicas[i]))
                            throw $TypeError(".ailee.v1.TaskOutcome.replicas: object expected");
                        message.replicas[i] = $root.ailee.v1.ReplicaReport.fromObject(object.replicas[i], _depth + 1);
                    }
                }
                if (object.verification != null)
                    if (typeof object.verification !== "string" || object.verification.length)
                        message.verification = $String(object.verification);
                return message;
            };

            /**
             * Creates a plain object from a TaskOutcome message. Also converts values to other types if specified.
             * @function toObject
             * @memberof ailee.v1.TaskOutcome
             * @static
             * @param {ailee.v1.TaskOutcome} message TaskOutcome
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            TaskOutcome.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.replicas = [];
                if (options.defaults) {
                    object.taskId = "";
                    object.state = options.enums === $String ? "TASK_STATE_UNSPECIFIED" : 0;
                    object.exitCode = 0;
                    object.workerPeerId = "";
                    object.moduleCid = "";
                    object.inputCid = "";
                    object.outputCid = "";
                    if (options.bytes === $String)
                        object.stdout = "";
                    else {
                        object.stdout = [];
                        if (options.bytes !== $Array)
                            object.stdout = $util.newBuffer(object.stdout);
                    }
                    if (options.bytes === $String)
                        object.stderr = "";
                    else {
                        object.stderr = [];
                        if (options.bytes !== $Array)
                            object.stderr = $util.newBuffer(object.stderr);
                    }
                    object.verified = false;
                    object.receipt = null;
                    object.timings = null;
                    object.reason = "";
                    object.attempts = 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.price = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.price = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.verification = "";
                }
                if (message.taskId != null && $Object.hasOwnProperty.call(message, "taskId"))
                    object.taskId = message.taskId;
                if (message.state != null && $Object.hasOwnProperty.call(message, "state"))
                    object.state = options.enums === $String ? $root.ailee.v1.TaskState[message.state] === $undefined ? message.state : $root.ailee.v1.TaskState[message.state] : message.state;
                if (message.exitCode != null && $Object.hasOwnProperty.call(message, "exitCode"))
                    object.exitCode = message.exitCode;
                if (message.workerPeerId != null && $Object.hasOwnProperty.call(message, "workerPeerId"))
                    object.workerPeerId = message.workerPeerId;
                if (message.moduleCid != null && $Object.hasOwnProperty.call(message, "moduleCid"))
                    object.moduleCid = message.moduleCid;
                if (message.inputCid != null && $Object.hasOwnProperty.call(message, "inputCid"))
                    object.inputCid = message.inputCid;
                if (message.outputCid != null && $Object.hasOwnProperty.call(message, "outputCid"))
                    object.outputCid = message.outputCid;
                if (message.stdout != null && $Object.hasOwnProperty.call(message, "stdout"))
                    object.stdout = options.bytes === $String ? $util.base64.encode(message.stdout, 0, message.stdout.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.stdout) : message.stdout;
                if (message.stderr != null && $Object.hasOwnProperty.call(message, "stderr"))
                    object.stderr = options.bytes === $String ? $util.base64.encode(message.stderr, 0, message.stderr.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.stderr) : message.stderr;
                if (message.verified != null && $Object.hasOwnProperty.call(message, "verified"))
                    object.verified = message.verified;
                if (message.receipt != null && $Object.hasOwnProperty.call(message, "receipt"))
                    object.receipt = $root.ailee.v1.SignedReceipt.toObject(message.receipt, options, _depth + 1);
                if (message.timings != null && $Object.hasOwnProperty.call(message, "timings"))
                    object.timings = $root.ailee.v1.Timings.toObject(message.timings, options, _depth + 1);
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason"))
                    object.reason = message.reason;
                if (message.attempts != null && $Object.hasOwnProperty.call(message, "attempts"))
                    object.attempts = message.attempts;
                if (message.price != null && $Object.hasOwnProperty.call(message, "price"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.price = typeof message.price === "number" ? $BigInt(message.price) : $util.Long.fromBits(message.price.low >>> 0, message.price.high >>> 0, true).toBigInt();
                    else if (typeof message.price === "number")
                        object.price = options.longs === $String ? $String(message.price) : message.price;
                    else
                        object.price = options.longs === $String ? $util.Long.prototype.toString.call(message.price) : options.longs === $Number ? new $util.LongBits(message.price.low >>> 0, message.price.high >>> 0).toNumber(true) : message.price;
                if (message.replicas && message.replicas.length) {
                    object.replicas = $Array(message.replicas.length);
                    for (let j = 0; j < message.replicas.length; ++j)
                        object.replicas[j] = $root.ailee.v1.ReplicaReport.toObject(message.replicas[j], options, _depth + 1);
                }
                if (message.verification != null && $Object.hasOwnProperty.call(message, "verification"))
                    object.verification = message.verification;
                return object;
            };

            /**
             * Converts this TaskOutcome to JSON.
             * @function toJSON
             * @memberof ailee.v1.TaskOutcome
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            TaskOutcome.prototype.toJSON = function() {
                return TaskOutcome.toObject(this, $protobuf.util.toJSONOptions);
            };

            return TaskOutcome;
        })();

        v1.ReplicaReport = (function() {

            /**
             * Properties of a ReplicaReport.
             * @typedef {Object} ailee.v1.ReplicaReport.$Properties
             * @property {string|null} [workerPeerId] ReplicaReport workerPeerId
             * @property {number|null} [attempt] ReplicaReport attempt
             * @property {ailee.v1.ExecutionStatus|null} [status] ReplicaReport status
             * @property {number|null} [exitCode] ReplicaReport exitCode
             * @property {Uint8Array|null} [outputHash] ReplicaReport outputHash
             * @property {string|null} [verdict] ReplicaReport verdict
             * @property {number|null} [price] ReplicaReport price
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ReplicaReport.
             * @memberof ailee.v1
             * @interface IReplicaReport
             * @augments ailee.v1.ReplicaReport.$Properties
             * @deprecated Use ailee.v1.ReplicaReport.$Properties instead.
             */

            /**
             * Shape of a ReplicaReport.
             * @typedef {ailee.v1.ReplicaReport.$Properties} ailee.v1.ReplicaReport.$Shape
             */

            /**
             * Constructs a new ReplicaReport.
             * @memberof ailee.v1
             * @classdesc Represents a ReplicaReport.
             * @constructor
             * @param {ailee.v1.ReplicaReport.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ReplicaReport = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ReplicaReport workerPeerId.
             * @member {string} workerPeerId
             * @memberof ailee.v1.ReplicaReport
             * @instance
             */
            ReplicaReport.prototype.workerPeerId = "";

            /**
             * ReplicaReport attempt.
             * @member {number} attempt
             * @memberof ailee.v1.ReplicaReport
             * @instance
             */
            ReplicaReport.prototype.attempt = 0;

            /**
             * ReplicaReport status.
             * @member {ailee.v1.ExecutionStatus} status
             * @memberof ailee.v1.ReplicaReport
             * @instance
             */
            ReplicaReport.prototype.status = 0;

            /**
             * ReplicaReport exitCode.
             * @member {number} exitCode
             * @memberof ailee.v1.ReplicaReport
             * @instance
             */
            ReplicaReport.prototype.exitCode = 0;

            /**
             * ReplicaReport outputHash.
             * @member {Uint8Array} outputHash
             * @memberof ailee.v1.ReplicaReport
             * @instance
             */
            ReplicaReport.prototype.outputHash = $util.newBuffer([]);

            /**
             * ReplicaReport verdict.
             * @member {string} verdict
             * @memberof ailee.v1.ReplicaReport
             * @instance
             */
            ReplicaReport.prototype.verdict = "";

            /**
             * ReplicaReport price.
             * @member {number} price
             * @memberof ailee.v1.ReplicaReport
             * @instance
             */
            ReplicaReport.prototype.price = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Creates a new ReplicaReport instance using the specified properties.
             * @function create
             * @memberof ailee.v1.ReplicaReport
             * @static
             * @param {ailee.v1.ReplicaReport.$Properties=} [properties] Properties to set
             * @returns {ailee.v1.ReplicaReport} ReplicaReport instance
             * @type {{
             *   (properties: ailee.v1.ReplicaReport.$Shape): ailee.v1.ReplicaReport & ailee.v1.ReplicaReport.$Shape;
             *   (properties?: ailee.v1.ReplicaReport.$Properties): ailee.v1.ReplicaReport;
             * }}
             */
            ReplicaReport.create = function(properties) {
                return new ReplicaReport(properties);
            };

            /**
             * Encodes the specified ReplicaReport message. Does not implicitly {@link ailee.v1.ReplicaReport.verify|verify} messages.
             * @function encode
             * @memberof ailee.v1.ReplicaReport
             * @static
             * @param {ailee.v1.ReplicaReport.$Properties} message ReplicaReport message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ReplicaReport.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.workerPeerId != null && $Object.hasOwnProperty.call(message, "workerPeerId") && message.workerPeerId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.workerPeerId);
                if (message.attempt != null && $Object.hasOwnProperty.call(message, "attempt") && message.attempt !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.attempt);
                if (message.status != null && $Object.hasOwnProperty.call(message, "status") && message.status !== 0)
                    writer.uint32(/* id 3, wireType 0 =*/24).int32(message.status);
                if (message.exitCode != null && $Object.hasOwnProperty.call(message, "exitCode") && message.exitCode !== 0)
                    writer.uint32(/* id 4, wireType 0 =*/32).int32(message.exitCode);
                if (message.outputHash != null && $Object.hasOwnProperty.call(message, "outputHash") && message.outputHash.length)
                    writer.uint32(/* id 5, wireType 2 =*/42).bytes(message.outputHash);
                if (message.verdict != null && $Object.hasOwnProperty.call(message, "verdict") && message.verdict !== "")
                    writer.uint32(/* id 6, wireType 2 =*/50).string(message.verdict);
                if (message.price != null && $Object.hasOwnProperty.call(message, "price") && (typeof message.price === "object" ? message.price.low || message.price.high : message.price !== 0))
                    writer.uint32(/* id 7, wireType 0 =*/56).uint64(message.price);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a ReplicaReport message from the specified reader or buffer.
             * @function decode
             * @memberof ailee.v1.ReplicaReport
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {ailee.v1.ReplicaReport & ailee.v1.ReplicaReport.$Shape} ReplicaReport
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ReplicaReport.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.ailee.v1.ReplicaReport();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.workerPeerId = value;
                            else
                                delete message.workerPeerId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.attempt = value;
                            else
                                delete message.attempt;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.status = value;
                            else
                                delete message.status;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.exitCode = value;
                            else
                                delete message.exitCode;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.outputHash = value;
                            else
                                delete message.outputHash;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.verdict = value;
                            else
                                delete message.verdict;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.price = value;
                            else
                                delete message.price;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates a ReplicaReport message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof ailee.v1.ReplicaReport
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {ailee.v1.ReplicaReport} ReplicaReport
             */
            ReplicaReport.fromObject = function (object, _depth) {
                if (object instanceof $root.ailee.v1.ReplicaReport)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".ailee.v1.ReplicaReport: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.ailee.v1.ReplicaReport();
                if (object.workerPeerId != null)
                    if (typeof object.workerPeerId !== "string" || object.workerPeerId.length)
                        message.workerPeerId = $String(object.workerPeerId);
                if (object.attempt != null)
                    if ($Number(object.attempt) !== 0)
                        message.attempt = object.attempt >>> 0;
                if (object.status !== 0 && (typeof object.status !== "string" || $root.ailee.v1.ExecutionStatus[object.status] !== 0))
                    switch (object.status) {
                    case "EXECUTION_STATUS_UNSPECIFIED":
                    case 0:
                        message.status = 0;
                        break;
                    case "EXECUTION_STATUS_EXITED":
                    case 1:
                        message.status = 1;
                        break;
                    case "EXECUTION_STATUS_TRAPPED":
                    case 2:
                        message.status = 2;
                        break;
                    case "EXECUTION_STATUS_TIMED_OUT":
                    case 3:
                        message.status = 3;
                        break;
                    case "EXECUTION_STATUS_MEMORY_EXCEEDED":
                    case 4:
                        message.status = 4;
                        break;
                    case "EXECUTION_STATUS_OUTPUT_EXCEEDED":
                    case 5:
                        message.status = 5;
                        break;
                    case "EXECUTION_STATUS_INVALID_MODULE":
                    case 6:
                        message.status = 6;
                        break;
                    default:
                        if (typeof object.status === "number" && (object.status | 0) === object.status)
                            message.status = object.status;
                    }
                if (object.exitCode != null)
                    if ($Number(object.exitCode) !== 0)
                        message.exitCode = object.exitCode | 0;
                if (object.outputHash != null)
                    if (object.outputHash.length)
                        if (typeof object.outputHash === "string")
                            $util.base64.decode(object.outputHash, message.outputHash = $util.newBuffer($util.base64.length(object.outputHash)), 0);
                        else if (object.outputHash.length >= 0)
                            message.outputHash = object.outputHash;
                if (object.verdict != null)
                    if (typeof object.verdict !== "string" || object.verdict.length)
                        message.verdict = $String(object.verdict);
                if (object.price != null)
                    if (typeof object.price === "object" ? object.price.low || object.price.high : $Number(object.price) !== 0)
                        if ($util.Long)
                            message.price = $util.Long.fromValue(object.price, true);
                        else if (typeof object.price === "string")
                            message.price = $parseInt(object.price, 10);
                        else if (typeof object.price === "number")
                            message.price = object.price;
                        else if (typeof object.price === "object")
                            message.price = new $util.LongBits(object.price.low >>> 0, object.price.high >>> 0).toNumber(true);
                return message;
            };

            /**
             * Creates a plain object from a ReplicaReport message. Also converts values to other types if specified.
             * @function toObject
             * @memberof ailee.v1.ReplicaReport
             * @static
             * @param {ailee.v1.ReplicaReport} message ReplicaReport
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ReplicaReport.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.workerPeerId = "";
                    object.attempt = 0;
                    object.status = options.enums === $String ? "EXECUTION_STATUS_UNSPECIFIED" : 0;
                    object.exitCode = 0;
                    if (options.bytes === $String)
                        object.outputHash = "";
                    else {
                        object.outputHash = [];
                        if (options.bytes !== $Array)
                            object.outputHash = $util.newBuffer(object.outputHash);
                    }
                    object.verdict = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.price = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.price = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (message.workerPeerId != null && $Object.hasOwnProperty.call(message, "workerPeerId"))
                    object.workerPeerId = message.workerPeerId;
                if (message.attempt != null && $Object.hasOwnProperty.call(message, "attempt"))
                    object.attempt = message.attempt;
                if (message.status != null && $Object.hasOwnProperty.call(message, "status"))
                    object.status = options.enums === $String ? $root.ailee.v1.ExecutionStatus[message.status] === $undefined ? message.status : $root.ailee.v1.ExecutionStatus[message.status] : message.status;
                if (message.exitCode != null && $Object.hasOwnProperty.call(message, "exitCode"))
                    object.exitCode = message.exitCode;
                if (message.outputHash != null && $Object.hasOwnProperty.call(message, "outputHash"))
                    object.outputHash = options.bytes === $String ? $util.base64.encode(message.outputHash, 0, message.outputHash.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.outputHash) : message.outputHash;
                if (message.verdict != null && $Object.hasOwnProperty.call(message, "verdict"))
                    object.verdict = message.verdict;
                if (message.price != null && $Object.hasOwnProperty.call(message, "price"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.price = typeof message.price === "number" ? $BigInt(message.price) : $util.Long.fromBits(message.price.low >>> 0, message.price.high >>> 0, true).toBigInt();
                    else if (typeof message.price === "number")
                        object.price = options.longs === $String ? $String(message.price) : message.price;
                    else
                        object.price = options.longs === $String ? $util.Long.prototype.toString.call(message.price) : options.longs === $Number ? new $util.LongBits(message.price.low >>> 0, message.price.high >>> 0).toNumber(true) : message.price;
                return object;
            };

            /**
             * Converts this ReplicaReport to JSON.
             * @function toJSON
             * @memberof ailee.v1.ReplicaReport
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ReplicaReport.prototype.toJSON = function() {
                return ReplicaReport.toObject(this, $protobuf.util.toJSONOptions);
            };

            return ReplicaReport;
        })();

        /**
         * TaskEventKind enum.
         * @name ailee.v1.TaskEventKind
         * @enum {number}
         * @property {number} TASK_EVENT_KIND_UNSPECIFIED=0 TASK_EVENT_KIND_UNSPECIFIED value
         * @property {number} TASK_EVENT_KIND_ACCEPTED=1 TASK_EVENT_KIND_ACCEPTED value
         * @property {number} TASK_EVENT_KIND_QUEUED=2 TASK_EVENT_KIND_QUEUED value
         * @property {number} TASK_EVENT_KIND_OFFERED=3 TASK_EVENT_KIND_OFFERED value
         * @property {number} TASK_EVENT_KIND_BID=4 TASK_EVENT_KIND_BID value
         * @property {number} TASK_EVENT_KIND_ASSIGNED=5 TASK_EVENT_KIND_ASSIGNED value
         * @property {number} TASK_EVENT_KIND_RUNNING=6 TASK_EVENT_KIND_RUNNING value
         * @property {number} TASK_EVENT_KIND_RETRY=7 TASK_EVENT_KIND_RETRY value
         * @property {number} TASK_EVENT_KIND_DONE=8 TASK_EVENT_KIND_DONE value
         */
        v1.TaskEventKind = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "TASK_EVENT_KIND_UNSPECIFIED"] = 0;
            values[valuesById[1] = "TASK_EVENT_KIND_ACCEPTED"] = 1;
            values[valuesById[2] = "TASK_EVENT_KIND_QUEUED"] = 2;
            values[valuesById[3] = "TASK_EVENT_KIND_OFFERED"] = 3;
            values[valuesById[4] = "TASK_EVENT_KIND_BID"] = 4;
            values[valuesById[5] = "TASK_EVENT_KIND_ASSIGNED"] = 5;
            values[valuesById[6] = "TASK_EVENT_KIND_RUNNING"] = 6;
            values[valuesById[7] = "TASK_EVENT_KIND_RETRY"] = 7;
            values[valuesById[8] = "TASK_EVENT_KIND_DONE"] = 8;
            return values;
        })();

        v1.TaskEvent = (function() {

            /**
             * Properties of a TaskEvent.
             * @typedef {Object} ailee.v1.TaskEvent.$Properties
             * @property {string|null} [taskId] TaskEvent taskId
             * @property {ailee.v1.TaskState|null} [state] TaskEvent state
             * @property {string|null} [reason] TaskEvent reason
             * @property {string|null} [workerPeerId] TaskEvent workerPeerId
             * @property {number|null} [attempt] TaskEvent attempt
             * @property {number|null} [bids] TaskEvent bids
             * @property {number|null} [timestampMs] TaskEvent timestampMs
             * @property {ailee.v1.TaskOutcome.$Properties|null} [outcome] TaskEvent outcome
             * @property {ailee.v1.TaskEventKind|null} [kind] TaskEvent kind
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a TaskEvent.
             * @memberof ailee.v1
             * @interface ITaskEvent
             * @augments ailee.v1.TaskEvent.$Properties
             * @deprecated Use ailee.v1.TaskEvent.$Properties instead.
             */

            /**
             * Shape of a TaskEvent.
             * @typedef {ailee.v1.TaskEvent.$Properties} ailee.v1.TaskEvent.$Shape
             */

            /**
             * Constructs a new TaskEvent.
             * @memberof ailee.v1
             * @classdesc Represents a TaskEvent.
             * @constructor
             * @param {ailee.v1.TaskEvent.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const TaskEvent = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * TaskEvent taskId.
             * @member {string} taskId
             * @memberof ailee.v1.TaskEvent
             * @instance
             */
            TaskEvent.prototype.taskId = "";

            /**
             * TaskEvent state.
             * @member {ailee.v1.TaskState} state
             * @memberof ailee.v1.TaskEvent
             * @instance
             */
            TaskEvent.prototype.state = 0;

            /**
             * TaskEvent reason.
             * @member {string} reason
             * @memberof ailee.v1.TaskEvent
             * @instance
             */
            TaskEvent.prototype.reason = "";

            /**
             * TaskEvent workerPeerId.
             * @member {string} workerPeerId
             * @memberof ailee.v1.TaskEvent
             * @instance
             */
            TaskEvent.prototype.workerPeerId = "";

            /**
             * TaskEvent attempt.
             * @member {number} attempt
             * @memberof ailee.v1.TaskEvent
             * @instance
             */
            TaskEvent.prototype.attempt = 0;

            /**
             * TaskEvent bids.
             * @member {number} bids
             * @memberof ailee.v1.TaskEvent
             * @instance
             */
            TaskEvent.prototype.bids = 0;

            /**
             * TaskEvent timestampMs.
             * @member {number} timestampMs
             * @memberof ailee.v1.TaskEvent
             * @instance
             */
            TaskEvent.prototype.timestampMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * TaskEvent outcome.
             * @member {ailee.v1.TaskOutcome.$Properties|null|undefined} outcome
             * @memberof ailee.v1.TaskEvent
             * @instance
             */
            TaskEvent.prototype.outcome = null;

            /**
             * TaskEvent kind.
             * @member {ailee.v1.TaskEventKind} kind
             * @memberof ailee.v1.TaskEvent
             * @instance
             */
            TaskEvent.prototype.kind = 0;

            /**
             * Creates a new TaskEvent instance using the specified properties.
             * @function create
             * @memberof ailee.v1.TaskEvent
             * @static
             * @param {ailee.v1.TaskEvent.$Properties=} [properties] Properties to set
             * @returns {ailee.v1.TaskEvent} TaskEvent instance
             * @type {{
             *   (properties: ailee.v1.TaskEvent.$Shape): ailee.v1.TaskEvent & ailee.v1.TaskEvent.$Shape;
             *   (properties?: ailee.v1.TaskEvent.$Properties): ailee.v1.TaskEvent;
             * }}
             */
            TaskEvent.create = function(properties) {
                return new TaskEvent(properties);
            };

            /**
             * Encodes the specified TaskEvent message. Does not implicitly {@link ailee.v1.TaskEvent.verify|verify} messages.
             * @function encode
             * @memberof ailee.v1.TaskEvent
             * @static
             * @param {ailee.v1.TaskEvent.$Properties} message TaskEvent message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            TaskEvent.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.taskId != null && $Object.hasOwnProperty.call(message, "taskId") && message.taskId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.taskId);
                if (message.state != null && $Object.hasOwnProperty.call(message, "state") && message.state !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).int32(message.state);
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason") && message.reason !== "")
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.reason);
                if (message.workerPeerId != null && $Object.hasOwnProperty.call(message, "workerPeerId") && message.workerPeerId !== "")
                    writer.uint32(/* id 5, wireType 2 =*/42).string(message.workerPeerId);
                if (message.attempt != null && $Object.hasOwnProperty.call(message, "attempt") && message.attempt !== 0)
                    writer.uint32(/* id 6, wireType 0 =*/48).uint32(message.attempt);
                if (message.bids != null && $Object.hasOwnProperty.call(message, "bids") && message.bids !== 0)
                    writer.uint32(/* id 7, wireType 0 =*/56).uint32(message.bids);
                if (message.timestampMs != null && $Object.hasOwnProperty.call(message, "timestampMs") && (typeof message.timestampMs === "object" ? message.timestampMs.low || message.timestampMs.high : message.timestampMs !== 0))
                    writer.uint32(/* id 8, wireType 0 =*/64).uint64(message.timestampMs);
                if (message.outcome != null && $Object.hasOwnProperty.call(message, "outcome"))
                    $root.ailee.v1.TaskOutcome.encode(message.outcome, writer.uint32(/* id 9, wireType 2 =*/74).fork(), _depth + 1).ldelim();
                if (message.kind != null && $Object.hasOwnProperty.call(message, "kind") && message.kind !== 0)
                    writer.uint32(/* id 10, wireType 0 =*/80).int32(message.kind);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a TaskEvent message from the specified reader or buffer.
             * @function decode
             * @memberof ailee.v1.TaskEvent
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {ailee.v1.TaskEvent & ailee.v1.TaskEvent.$Shape} TaskEvent
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            TaskEvent.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.ailee.v1.TaskEvent();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.taskId = value;
                            else
                                delete message.taskId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.state = value;
                            else
                                delete message.state;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.reason = value;
                            else
                                delete message.reason;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.workerPeerId = value;
                            else
                                delete message.workerPeerId;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.attempt = value;
                            else
                                delete message.attempt;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.bids = value;
                            else
                                delete message.bids;
                            continue;
                        }
                    case 8: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.timestampMs = value;
                            else
                                delete message.timestampMs;
                            continue;
                        }
                    case 9: {
                            if (wireType !== 2)
                                break;
                            message.outcome = $root.ailee.v1.TaskOutcome.decode(reader, reader.size(), $undefined, _depth + 1, message.outcome);
                            continue;
                        }
                    case 10: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.kind = value;
                            else
                                delete message.kind;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates a TaskEvent message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof ailee.v1.TaskEvent
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {ailee.v1.TaskEvent} TaskEvent
             */
            TaskEvent.fromObject = function (object, _depth) {
                if (object instanceof $root.ailee.v1.TaskEvent)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".ailee.v1.TaskEvent: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.ailee.v1.TaskEvent();
                if (object.taskId != null)
                    if (typeof object.taskId !== "string" || object.taskId.length)
                        message.taskId = $String(object.taskId);
                if (object.state !== 0 && (typeof object.state !== "string" || $root.ailee.v1.TaskState[object.state] !== 0))
                    switch (object.state) {
                    case "TASK_STATE_UNSPECIFIED":
                    case 0:
                        message.state = 0;
                        break;
                    case "TASK_STATE_QUEUED":
                    case 1:
                        message.state = 1;
                        break;
                    case "TASK_STATE_OFFERED":
                    case 2:
                        message.state = 2;
                        break;
                    case "TASK_STATE_ASSIGNED":
                    case 3:
                        message.state = 3;
                        break;
                    case "TASK_STATE_RUNNING":
                    case 4:
                        message.state = 4;
                        break;
                    case "TASK_STATE_COMPLETED":
                    case 5:
                        message.state = 5;
                        break;
                    case "TASK_STATE_FAILED":
                    case 6:
                        message.state = 6;
                        break;
                    case "TASK_STATE_TIMED_OUT":
                    case 7:
                        message.state = 7;
                        break;
                    case "TASK_STATE_MEMORY_EXCEEDED":
                    case 8:
                        message.state = 8;
                        break;
                    case "TASK_STATE_REJECTED":
                    case 9:
                        message.state = 9;
                        break;
                    case "TASK_STATE_CANCELLED":
                    case 10:
                        message.state = 10;
                        break;
                    default:
                        if (typeof object.state === "number" && (object.state | 0) === object.state)
                            message.state = object.state;
                    }
                if (object.reason != null)
                    if (typeof object.reason !== "string" || object.reason.length)
                        message.reason = $String(object.reason);
                if (object.workerPeerId != null)
                    if (typeof object.workerPeerId !== "string" || object.workerPeerId.length)
                        message.workerPeerId = $String(object.workerPeerId);
                if (object.attempt != null)
                    if ($Number(object.attempt) !== 0)
                        message.attempt = object.attempt >>> 0;
                if (object.bids != null)
                    if ($Number(object.bids) !== 0)
                        message.bids = object.bids >>> 0;
                if (object.timestampMs != null)
                    if (typeof object.timestampMs === "object" ? object.timestampMs.low || object.timestampMs.high : $Number(object.timestampMs) !== 0)
                        if ($util.Long)
                            message.timestampMs = $util.Long.fromValue(object.timestampMs, true);
                        else if (typeof object.timestampMs === "string")
                            message.timestampMs = $parseInt(object.timestampMs, 10);
                        else if (typeof object.timestampMs === "number")
                            message.timestampMs = object.timestampMs;
                        else if (typeof object.timestampMs === "object")
                            message.timestampMs = new $util.LongBits(object.timestampMs.low >>> 0, object.timestampMs.high >>> 0).toNumber(true);
                if (object.outcome != null) {
                    if (!$util.isObject(object.outcome))
                        throw $TypeError(".ailee.v1.TaskEvent.outcome: object expected");
                    message.outcome = $root.ailee.v1.TaskOutcome.fromObject(object.outcome, _depth + 1);
                }
                if (object.kind !== 0 && (typeof object.kind !== "string" || $root.ailee.v1.TaskEventKind[object.kind] !== 0))
                    switch (object.kind) {
                    case "TASK_EVENT_KIND_UNSPECIFIED":
                    case 0:
                        message.kind = 0;
                        break;
                    case "TASK_EVENT_KIND_ACCEPTED":
                    case 1:
                        message.kind = 1;
                        break;
                    case "TASK_EVENT_KIND_QUEUED":
                    case 2:
                        message.kind = 2;
                        break;
                    case "TASK_EVENT_KIND_OFFERED":
                    case 3:
                        message.kind = 3;
                        break;
                    case "TASK_EVENT_KIND_BID":
                    case 4:
                        message.kind = 4;
                        break;
                    case "TASK_EVENT_KIND_ASSIGNED":
                    case 5:
                        message.kind = 5;
                        break;
                    case "TASK_EVENT_KIND_RUNNING":
                    case 6:
                        message.kind = 6;
                        break;
                    case "TASK_EVENT_KIND_RETRY":
                    case 7:
                        message.kind = 7;
                        break;
                    case "TASK_EVENT_KIND_DONE":
                    case 8:
                        message.kind = 8;
                        break;
                    default:
                        if (typeof object.kind === "number" && (object.kind | 0) === object.kind)
                            message.kind = object.kind;
                    }
                return message;
            };

            /**
             * Creates a plain object from a TaskEvent message. Also converts values to other types if specified.
             * @function toObject
             * @memberof ailee.v1.TaskEvent
             * @static
             * @param {ailee.v1.TaskEvent} message TaskEvent
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            TaskEvent.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.taskId = "";
                    object.state = options.enums === $String ? "TASK_STATE_UNSPECIFIED" : 0;
                    object.reason = "";
                    object.workerPeerId = "";
                    object.attempt = 0;
                    object.bids = 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.timestampMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.timestampMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.outcome = null;
                    object.kind = options.enums === $String ? "TASK_EVENT_KIND_UNSPECIFIED" : 0;
                }
                if (message.taskId != null && $Object.hasOwnProperty.call(message, "taskId"))
                    object.taskId = message.taskId;
                if (message.state != null && $Object.hasOwnProperty.call(message, "state"))
                    object.state = options.enums === $String ? $root.ailee.v1.TaskState[message.state] === $undefined ? message.state : $root.ailee.v1.TaskState[message.state] : message.state;
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason"))
                    object.reason = message.reason;
                if (message.workerPeerId != null && $Object.hasOwnProperty.call(message, "workerPeerId"))
                    object.workerPeerId = message.workerPeerId;
                if (message.attempt != null && $Object.hasOwnProperty.call(message, "attempt"))
                    object.attempt = message.attempt;
                if (message.bids != null && $Object.hasOwnProperty.call(message, "bids"))
                    object.bids = message.bids;
                if (message.timestampMs != null && $Object.hasOwnProperty.call(message, "timestampMs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.timestampMs = typeof message.timestampMs === "number" ? $BigInt(message.timestampMs) : $util.Long.fromBits(message.timestampMs.low >>> 0, message.timestampMs.high >>> 0, true).toBigInt();
                    else if (typeof message.timestampMs === "number")
                        object.timestampMs = options.longs === $String ? $String(message.timestampMs) : message.timestampMs;
                    else
                        object.timestampMs = options.longs === $String ? $util.Long.prototype.toString.call(message.timestampMs) : options.longs === $Number ? new $util.LongBits(message.timestampMs.low >>> 0, message.timestampMs.high >>> 0).toNumber(true) : message.timestampMs;
                if (message.outcome != null && $Object.hasOwnProperty.call(message, "outcome"))
                    object.outcome = $root.ailee.v1.TaskOutcome.toObject(message.outcome, options, _depth + 1);
                if (message.kind != null && $Object.hasOwnProperty.call(message, "kind"))
                    object.kind = options.enums === $String ? $root.ailee.v1.TaskEventKind[message.kind] === $undefined ? message.kind : $root.ailee.v1.TaskEventKind[message.kind] : message.kind;
                return object;
            };

            /**
             * Converts this TaskEvent to JSON.
             * @function toJSON
             * @memberof ailee.v1.TaskEvent
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            TaskEvent.prototype.toJSON = function() {
                return TaskEvent.toObject(this, $protobuf.util.toJSONOptions);
            };

            return TaskEvent;
        })();

        v1.CandidateScore = (function() {

            /**
             * Properties of a CandidateScore.
             * @typedef {Object} ailee.v1.CandidateScore.$Properties
             * @property {string|null} [workerPeerId] CandidateScore workerPeerId
             * @property {number|null} [score] CandidateScore score
             * @property {number|null} [health] CandidateScore health
             * @property {number|null} [reputation] CandidateScore reputation
             * @property {number|null} [priceScore] CandidateScore priceScore
             * @property {number|null} [loadScore] CandidateScore loadScore
             * @property {number|null} [price] CandidateScore price
             * @property {boolean|null} [chosen] CandidateScore chosen
             * @property {string|null} [note] CandidateScore note
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a CandidateScore.
             * @memberof ailee.v1
             * @interface ICandidateScore
             * @augments ailee.v1.CandidateScore.$Properties
             * @deprecated Use ailee.v1.CandidateScore.$Properties instead.
             */

            /**
             * Shape of a CandidateScore.
             * @typedef {ailee.v1.CandidateScore.$Properties} ailee.v1.CandidateScore.$Shape
             */

            /**
             * Constructs a new CandidateScore.
             * @memberof ailee.v1
             * @classdesc Represents a CandidateScore.
             * @constructor
             * @param {ailee.v1.CandidateScore.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const CandidateScore = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * CandidateScore workerPeerId.
             * @member {string} workerPeerId
             * @memberof ailee.v1.CandidateScore
             * @instance
             */
            CandidateScore.prototype.workerPeerId = "";

            /**
             * CandidateScore score.
             * @member {number} score
             * @memberof ailee.v1.CandidateScore
             * @instance
             */
            CandidateScore.prototype.score = 0;

            /**
             * CandidateScore health.
             * @member {number} health
             * @memberof ailee.v1.CandidateScore
             * @instance
             */
            CandidateScore.prototype.health = 0;

            /**
             * CandidateScore reputation.
             * @member {number} reputation
             * @memberof ailee.v1.CandidateScore
             * @instance
             */
            CandidateScore.prototype.reputation = 0;

            /**
             * CandidateScore priceScore.
             * @member {number} priceScore
             * @memberof ailee.v1.CandidateScore
             * @instance
             */
            CandidateScore.prototype.priceScore = 0;

            /**
             * CandidateScore loadScore.
             * @member {number} loadScore
             * @memberof ailee.v1.CandidateScore
             * @instance
             */
            CandidateScore.prototype.loadScore = 0;

            /**
             * CandidateScore price.
             * @member {number} price
             * @memberof ailee.v1.CandidateScore
             * @instance
             */
            CandidateScore.prototype.price = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * CandidateScore chosen.
             * @member {boolean} chosen
             * @memberof ailee.v1.CandidateScore
             * @instance
             */
            CandidateScore.prototype.chosen = false;

            /**
             * CandidateScore note.
             * @member {string} note
             * @memberof ailee.v1.CandidateScore
             * @instance
             */
            CandidateScore.prototype.note = "";

            /**
             * Creates a new CandidateScore instance using the specified properties.
             * @function create
             * @memberof ailee.v1.CandidateScore
             * @static
             * @param {ailee.v1.CandidateScore.$Properties=} [properties] Properties to set
             * @returns {ailee.v1.CandidateScore} CandidateScore instance
             * @type {{
             *   (properties: ailee.v1.CandidateScore.$Shape): ailee.v1.CandidateScore & ailee.v1.CandidateScore.$Shape;
             *   (properties?: ailee.v1.CandidateScore.$Properties): ailee.v1.CandidateScore;
             * }}
             */
            CandidateScore.create = function(properties) {
                return new CandidateScore(properties);
            };

            /**
             * Encodes the specified CandidateScore message. Does not implicitly {@link ailee.v1.CandidateScore.verify|verify} messages.
             * @function encode
             * @memberof ailee.v1.CandidateScore
             * @static
             * @param {ailee.v1.CandidateScore.$Properties} message CandidateScore message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            CandidateScore.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.workerPeerId != null && $Object.hasOwnProperty.call(message, "workerPeerId") && message.workerPeerId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.workerPeerId);
                if (message.score != null && $Object.hasOwnProperty.call(message, "score") && !$Object.is(message.score, 0))
                    writer.uint32(/* id 2, wireType 1 =*/17).double(message.score);
                if (message.health != null && $Object.hasOwnProperty.call(message, "health") && !$Object.is(message.health, 0))
                    writer.uint32(/* id 3, wireType 1 =*/25).double(message.health);
                if (message.reputation != null && $Object.hasOwnProperty.call(message, "reputation") && !$Object.is(message.reputation, 0))
                    writer.uint32(/* id 4, wireType 1 =*/33).double(message.reputation);
                if (message.priceScore != null && $Object.hasOwnProperty.call(message, "priceScore") && !$Object.is(message.priceScore, 0))
                    writer.uint32(/* id 5, wireType 1 =*/41).double(message.priceScore);
                if (message.loadScore != null && $Object.hasOwnProperty.call(message, "loadScore") && !$Object.is(message.loadScore, 0))
                    writer.uint32(/* id 6, wireType 1 =*/49).double(message.loadScore);
                if (message.price != null && $Object.hasOwnProperty.call(message, "price") && (typeof message.price === "object" ? message.price.low || message.price.high : message.price !== 0))
                    writer.uint32(/* id 7, wireType 0 =*/56).uint64(message.price);
                if (message.chosen != null && $Object.hasOwnProperty.call(message, "chosen") && message.chosen !== false)
                    writer.uint32(/* id 8, wireType 0 =*/64).bool(message.chosen);
                if (message.note != null && $Object.hasOwnProperty.call(message, "note") && message.note !== "")
                    writer.uint32(/* id 9, wireType 2 =*/74).string(message.note);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a CandidateScore message from the specified reader or buffer.
             * @function decode
             * @memberof ailee.v1.CandidateScore
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {ailee.v1.CandidateScore & ailee.v1.CandidateScore.$Shape} CandidateScore
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            CandidateScore.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.ailee.v1.CandidateScore();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.workerPeerId = value;
                            else
                                delete message.workerPeerId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.score = value;
                            else
                                delete message.score;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.health = value;
                            else
                                delete message.health;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.reputation = value;
                            else
                                delete message.reputation;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.priceScore = value;
                            else
                                delete message.priceScore;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.loadScore = value;
                            else
                                delete message.loadScore;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.price = value;
                            else
                                delete message.price;
                            continue;
                        }
                    case 8: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.chosen = value;
                            else
                                delete message.chosen;
                            continue;
                        }
                    case 9: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.note = value;
                            else
                                delete message.note;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates a CandidateScore message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof ailee.v1.CandidateScore
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {ailee.v1.CandidateScore} CandidateScore
             */
            CandidateScore.fromObject = function (object, _depth) {
                if (object instanceof $root.ailee.v1.CandidateScore)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".ailee.v1.CandidateScore: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.ailee.v1.CandidateScore();
                if (object.workerPeerId != null)
                    if (typeof object.workerPeerId !== "string" || object.workerPeerId.length)
                        message.workerPeerId = $String(object.workerPeerId);
                if (object.score != null)
                    if (!$Object.is($Number(object.score), 0))
                        message.score = $Number(object.score);
                if (object.health != null)
                    if (!$Object.is($Number(object.health), 0))
                        message.health = $Number(object.health);
                if (object.reputation != null)
                    if (!$Object.is($Number(object.reputation), 0))
                        message.reputation = $Number(object.reputation);
                if (object.priceScore != null)
                    if (!$Object.is($Number(object.priceScore), 0))
                        message.priceScore = $Number(object.priceScore);
                if (object.loadScore != null)
                    if (!$Object.is($Number(object.loadScore), 0))
                        message.loadScore = $Number(object.loadScore);
                if (object.price != null)
                    if (typeof object.price === "object" ? object.price.low || object.price.high : $Number(object.price) !== 0)
                        if ($util.Long)
                            message.price = $util.Long.fromValue(object.price, true);
                        else if (typeof object.price === "string")
                            message.price = $parseInt(object.price, 10);
                        else if (typeof object.price === "number")
                            message.price = object.price;
                        else if (typeof object.price === "object")
                            message.price = new $util.LongBits(object.price.low >>> 0, object.price.high >>> 0).toNumber(true);
                if (object.chosen != null)
                    if (object.chosen)
                        message.chosen = $Boolean(object.chosen);
                if (object.note != null)
                    if (typeof object.note !== "string" || object.note.length)
                        message.note = $String(object.note);
                return message;
            };

            /**
             * Creates a plain object from a CandidateScore message. Also converts values to other types if specified.
             * @function toObject
             * @memberof ailee.v1.CandidateScore
             * @static
             * @param {ailee.v1.CandidateScore} message CandidateScore
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            CandidateScore.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.workerPeerId = "";
                    object.score = 0;
                    object.health = 0;
                    object.reputation = 0;
                    object.priceScore = 0;
                    object.loadScore = 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.price = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.price = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.chosen = false;
                    object.note = "";
                }
                if (message.workerPeerId != null && $Object.hasOwnProperty.call(message, "workerPeerId"))
                    object.workerPeerId = message.workerPeerId;
                if (message.score != null && $Object.hasOwnProperty.call(message, "score"))
                    object.score = options.json && !$isFinite(message.score) ? $String(message.score) : message.score;
                if (message.health != null && $Object.hasOwnProperty.call(message, "health"))
                    object.health = options.json && !$isFinite(message.health) ? $String(message.health) : message.health;
                if (message.reputation != null && $Object.hasOwnProperty.call(message, "reputation"))
                    object.reputation = options.json && !$isFinite(message.reputation) ? $String(message.reputation) : message.reputation;
                if (message.priceScore != null && $Object.hasOwnProperty.call(message, "priceScore"))
                    object.priceScore = options.json && !$isFinite(message.priceScore) ? $String(message.priceScore) : message.priceScore;
                if (message.loadScore != null && $Object.hasOwnProperty.call(message, "loadScore"))
                    object.loadScore = options.json && !$isFinite(message.loadScore) ? $String(message.loadScore) : message.loadScore;
                if (message.price != null && $Object.hasOwnProperty.call(message, "price"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.price = typeof message.price === "number" ? $BigInt(message.price) : $util.Long.fromBits(message.price.low >>> 0, message.price.high >>> 0, true).toBigInt();
                    else if (typeof message.price === "number")
                        object.price = options.longs === $String ? $String(message.price) : message.price;
                    else
                        object.price = options.longs === $String ? $util.Long.prototype.toString.call(message.price) : options.longs === $Number ? new $util.LongBits(message.price.low >>> 0, message.price.high >>> 0).toNumber(true) : message.price;
                if (message.chosen != null && $Object.hasOwnProperty.call(message, "chosen"))
                    object.chosen = message.chosen;
                if (message.note != null && $Object.hasOwnProperty.call(message, "note"))
                    object.note = message.note;
                return object;
            };

            /**
             * Converts this CandidateScore to JSON.
             * @function toJSON
             * @memberof ailee.v1.CandidateScore
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            CandidateScore.prototype.toJSON = function() {
                return CandidateScore.toObject(this, $protobuf.util.toJSONOptions);
            };

            return CandidateScore;
        })();

        v1.AssignmentDecision = (function() {

            /**
             * Properties of an AssignmentDecision.
             * @typedef {Object} ailee.v1.AssignmentDecision.$Properties
             * @property {number|null} [attempt] AssignmentDecision attempt
             * @property {number|null} [decidedAtMs] AssignmentDecision decidedAtMs
             * @property {Array.<ailee.v1.CandidateScore.$Properties>|null} [candidates] AssignmentDecision candidates
             * @property {string|null} [outcome] AssignmentDecision outcome
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an AssignmentDecision.
             * @memberof ailee.v1
             * @interface IAssignmentDecision
             * @augments ailee.v1.AssignmentDecision.$Properties
             * @deprecated Use ailee.v1.AssignmentDecision.$Properties instead.
             */

            /**
             * Shape of an AssignmentDecision.
             * @typedef {ailee.v1.AssignmentDecision.$Properties} ailee.v1.AssignmentDecision.$Shape
             */

            /**
             * Constructs a new AssignmentDecision.
             * @memberof ailee.v1
             * @classdesc Represents an AssignmentDecision.
             * @constructor
             * @param {ailee.v1.AssignmentDecision.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const AssignmentDecision = function (properties) {
                this.candidates = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * AssignmentDecision attempt.
             * @member {number} attempt
             * @memberof ailee.v1.AssignmentDecision
             * @instance
             */
            AssignmentDecision.prototype.attempt = 0;

            /**
             * AssignmentDecision decidedAtMs.
             * @member {number} decidedAtMs
             * @memberof ailee.v1.AssignmentDecision
             * @instance
             */
            AssignmentDecision.prototype.decidedAtMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * AssignmentDecision candidates.
             * @member {Array.<ailee.v1.CandidateScore.$Properties>} candidates
             * @memberof ailee.v1.AssignmentDecision
             * @instance
             */
            AssignmentDecision.prototype.candidates = $util.emptyArray;

            /**
             * AssignmentDecision outcome.
             * @member {string} outcome
             * @memberof ailee.v1.AssignmentDecision
             * @instance
             */
            AssignmentDecision.prototype.outcome = "";

            /**
             * Creates a new AssignmentDecision instance using the specified properties.
             * @function create
             * @memberof ailee.v1.AssignmentDecision
             * @static
             * @param {ailee.v1.AssignmentDecision.$Properties=} [properties] Properties to set
             * @returns {ailee.v1.AssignmentDecision} AssignmentDecision instance
             * @type {{
             *   (properties: ailee.v1.AssignmentDecision.$Shape): ailee.v1.AssignmentDecision & ailee.v1.AssignmentDecision.$Shape;
             *   (properties?: ailee.v1.AssignmentDecision.$Properties): ailee.v1.AssignmentDecision;
             * }}
             */
            AssignmentDecision.create = function(properties) {
                return new AssignmentDecision(properties);
            };

            /**
             * Encodes the specified AssignmentDecision message. Does not implicitly {@link ailee.v1.AssignmentDecision.verify|verify} messages.
             * @function encode
             * @memberof ailee.v1.AssignmentDecision
             * @static
             * @param {ailee.v1.AssignmentDecision.$Properties} message AssignmentDecision message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            AssignmentDecision.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.attempt != null && $Object.hasOwnProperty.call(message, "attempt") && message.attempt !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.attempt);
                if (message.decidedAtMs != null && $Object.hasOwnProperty.call(message, "decidedAtMs") && (typeof message.decidedAtMs === "object" ? message.decidedAtMs.low || message.decidedAtMs.high : message.decidedAtMs !== 0))
                    writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.decidedAtMs);
                if (message.candidates != null && message.candidates.length)
                    for (let i = 0; i < message.candidates.length; ++i)
                        $root.ailee.v1.CandidateScore.encode(message.candidates[i], writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                if (message.outcome != null && $Object.hasOwnProperty.call(message, "outcome") && message.outcome !== "")
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.outcome);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an AssignmentDecision message from the specified reader or buffer.
             * @function decode
             * @memberof ailee.v1.AssignmentDecision
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {ailee.v1.AssignmentDecision & ailee.v1.AssignmentDecision.$Shape} AssignmentDecision
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            AssignmentDecision.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.ailee.v1.AssignmentDecision();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.attempt = value;
                            else
                                delete message.attempt;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.decidedAtMs = value;
                            else
                                delete message.decidedAtMs;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if (!(message.candidates && message.candidates.length))
                                message.candidates = [];
                            message.candidates.push($root.ailee.v1.CandidateScore.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.outcome = value;
                            else
                                delete message.outcome;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates an AssignmentDecision message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof ailee.v1.AssignmentDecision
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {ailee.v1.AssignmentDecision} AssignmentDecision
             */
            AssignmentDecision.fromObject = function (object, _depth) {
                if (object instanceof $root.ailee.v1.AssignmentDecision)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".ailee.v1.AssignmentDecision: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.ailee.v1.AssignmentDecision();
                if (object.attempt != null)
                    if ($Number(object.attempt) !== 0)
                        message.attempt = object.attempt >>> 0;
                if (object.decidedAtMs != null)
                    if (typeof object.decidedAtMs === "object" ? object.decidedAtMs.low || object.decidedAtMs.high : $Number(object.decidedAtMs) !== 0)
                        if ($util.Long)
                            message.decidedAtMs = $util.Long.fromValue(object.decidedAtMs, true);
                        else if (typeof object.decidedAtMs === "string")
                            message.decidedAtMs = $parseInt(object.decidedAtMs, 10);
                        else if (typeof object.decidedAtMs === "number")
                            message.decidedAtMs = object.decidedAtMs;
                        else if (typeof object.decidedAtMs === "object")
                            message.decidedAtMs = new $util.LongBits(object.decidedAtMs.low >>> 0, object.decidedAtMs.high >>> 0).toNumber(true);
                if (object.candidates) {
                    if (!$Array.isArray(object.candidates))
                        throw $TypeError(".ailee.v1.AssignmentDecision.candidates: array expected");
                    message.candidates = $Array(object.candidates.length);
                    for (let i = 0; i < object.candidates.length; ++i) {
                        if (!$util.isObject(object.candidates[i]))
                            throw $TypeError(".ailee.v1.AssignmentDecision.candidates: object expected");
                        message.candidates[i] = $root.ailee.v1.CandidateScore.fromObject(object.candidates[i], _depth + 1);
                    }
                }
                if (object.outcome != null)
                    if (typeof object.outcome !== "string" || object.outcome.length)
                        message.outcome = $String(object.outcome);
                return message;
            };

            /**
             * Creates a plain object from an AssignmentDecision message. Also converts values to other types if specified.
             * @function toObject
             * @memberof ailee.v1.AssignmentDecision
             * @static
             * @param {ailee.v1.AssignmentDecision} message AssignmentDecision
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            AssignmentDecision.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.candidates = [];
                if (options.defaults) {
                    object.attempt = 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.decidedAtMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.decidedAtMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.outcome = "";
                }
                if (message.attempt != null && $Object.hasOwnProperty.call(message, "attempt"))
                    object.attempt = message.attempt;
                if (message.decidedAtMs != null && $Object.hasOwnProperty.call(message, "decidedAtMs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.decidedAtMs = typeof message.decidedAtMs === "number" ? $BigInt(message.decidedAtMs) : $util.Long.fromBits(message.decidedAtMs.low >>> 0, message.decidedAtMs.high >>> 0, true).toBigInt();
                    else if (typeof message.decidedAtMs === "number")
                        object.decidedAtMs = options.longs === $String ? $String(message.decidedAtMs) : message.decidedAtMs;
                    else
                        object.decidedAtMs = options.longs === $String ? $util.Long.prototype.toString.call(message.decidedAtMs) : options.longs === $Number ? new $util.LongBits(message.decidedAtMs.low >>> 0, message.decidedAtMs.high >>> 0).toNumber(true) : message.decidedAtMs;
                if (message.candidates && message.candidates.length) {
                    object.candidates = $Array(message.candidates.length);
                    for (let j = 0; j < message.candidates.length; ++j)
                        object.candidates[j] = $root.ailee.v1.CandidateScore.toObject(message.candidates[j], options, _depth + 1);
                }
                if (message.outcome != null && $Object.hasOwnProperty.call(message, "outcome"))
                    object.outcome = message.outcome;
                return object;
            };

            /**
             * Converts this AssignmentDecision to JSON.
             * @function toJSON
             * @memberof ailee.v1.AssignmentDecision
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            AssignmentDecision.prototype.toJSON = function() {
                return AssignmentDecision.toObject(this, $protobuf.util.toJSONOptions);
            };

            return AssignmentDecision;
        })();

        v1.TaskStatusReport = (function() {

            /**
             * Properties of a TaskStatusReport.
             * @typedef {Object} ailee.v1.TaskStatusReport.$Properties
             * @property {string|null} [taskId] TaskStatusReport taskId
             * @property {ailee.v1.TaskState|null} [state] TaskStatusReport state
             * @property {string|null} [reason] TaskStatusReport reason
             * @property {number|null} [attempts] TaskStatusReport attempts
             * @property {string|null} [workerPeerId] TaskStatusReport workerPeerId
             * @property {ailee.v1.TaskSpec.$Properties|null} [spec] TaskStatusReport spec
             * @property {Array.<ailee.v1.AssignmentDecision.$Properties>|null} [decisions] TaskStatusReport decisions
             * @property {ailee.v1.TaskOutcome.$Properties|null} [outcome] TaskStatusReport outcome
             * @property {number|null} [updatedAtMs] TaskStatusReport updatedAtMs
             * @property {string|null} [clientPeerId] TaskStatusReport clientPeerId
             * @property {Array.<ailee.v1.ReplicaReport.$Properties>|null} [replicas] TaskStatusReport replicas
             * @property {string|null} [verification] TaskStatusReport verification
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a TaskStatusReport.
             * @memberof ailee.v1
             * @interface ITaskStatusReport
             * @augments ailee.v1.TaskStatusReport.$Properties
             * @deprecated Use ailee.v1.TaskStatusReport.$Properties instead.
             */

            /**
             * Shape of a TaskStatusReport.
             * @typedef {ailee.v1.TaskStatusReport.$Properties} ailee.v1.TaskStatusReport.$Shape
             */

            /**
             * Constructs a new TaskStatusReport.
             * @memberof ailee.v1
             * @classdesc Represents a TaskStatusReport.
             * @constructor
             * @param {ailee.v1.TaskStatusReport.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const TaskStatusReport = function (properties) {
                this.decisions = [];
                this.replicas = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * TaskStatusReport taskId.
             * @member {string} taskId
             * @memberof ailee.v1.TaskStatusReport
             * @instance
             */
            TaskStatusReport.prototype.taskId = "";

            /**
             * TaskStatusReport state.
             * @member {ailee.v1.TaskState} state
             * @memberof ailee.v1.TaskStatusReport
             * @instance
             */
            TaskStatusReport.prototype.state = 0;

            /**
             * TaskStatusReport reason.
             * @member {string} reason
             * @memberof ailee.v1.TaskStatusReport
             * @instance
             */
            TaskStatusReport.prototype.reason = "";

            /**
             * TaskStatusReport attempts.
             * @member {number} attempts
             * @memberof ailee.v1.TaskStatusReport
             * @instance
             */
            TaskStatusReport.prototype.attempts = 0;

            /**
             * TaskStatusReport workerPeerId.
             * @member {string} workerPeerId
             * @memberof ailee.v1.TaskStatusReport
             * @instance
             */
            TaskStatusReport.prototype.workerPeerId = "";

            /**
             * TaskStatusReport spec.
             * @member {ailee.v1.TaskSpec.$Properties|null|undefined} spec
             * @memberof ailee.v1.TaskStatusReport
             * @instance
             */
            TaskStatusReport.prototype.spec = null;

            /**
             * TaskStatusReport decisions.
             * @member {Array.<ailee.v1.AssignmentDecision.$Properties>} decisions
             * @memberof ailee.v1.TaskStatusReport
             * @instance
             */
            TaskStatusReport.prototype.decisions = $util.emptyArray;

            /**
             * TaskStatusReport outcome.
             * @member {ailee.v1.TaskOutcome.$Properties|null|undefined} outcome
             * @memberof ailee.v1.TaskStatusReport
             * @instance
             */
            TaskStatusReport.prototype.outcome = null;

            /**
             * TaskStatusReport updatedAtMs.
             * @member {number} updatedAtMs
             * @memberof ailee.v1.TaskStatusReport
             * @instance
             */
            TaskStatusReport.prototype.updatedAtMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * TaskStatusReport clientPeerId.
             * @member {string} clientPeerId
             * @memberof ailee.v1.TaskStatusReport
             * @instance
             */
            TaskStatusReport.prototype.clientPeerId = "";

            /**
             * TaskStatusReport replicas.
             * @member {Array.<ailee.v1.ReplicaReport.$Properties>} replicas
             * @memberof ailee.v1.TaskStatusReport
             * @instance
             */
            TaskStatusReport.prototype.replicas = $util.emptyArray;

            /**
             * TaskStatusReport verification.
             * @member {string} verification
             * @memberof ailee.v1.TaskStatusReport
             * @instance
             */
            TaskStatusReport.prototype.verification = "";

            /**
             * Creates a new TaskStatusReport instance using the specified properties.
             * @function create
             * @memberof ailee.v1.TaskStatusReport
             * @static
             * @param {ailee.v1.TaskStatusReport.$Properties=} [properties] Properties to set
             * @returns {ailee.v1.TaskStatusReport} TaskStatusReport instance
             * @type {{
             *   (properties: ailee.v1.TaskStatusReport.$Shape): ailee.v1.TaskStatusReport & ailee.v1.TaskStatusReport.$Shape;
             *   (properties?: ailee.v1.TaskStatusReport.$Properties): ailee.v1.TaskStatusReport;
             * }}
             */
            TaskStatusReport.create = function(properties) {
                return new TaskStatusReport(properties);
            };

            /**
             * Encodes the specified TaskStatusReport message. Does not implicitly {@link ailee.v1.TaskStatusReport.verify|verify} messages.
             * @function encode
             * @memberof ailee.v1.TaskStatusReport
             * @static
             * @param {ailee.v1.TaskStatusReport.$Properties} message TaskStatusReport message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            TaskStatusReport.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.taskId != null && $Object.hasOwnProperty.call(message, "taskId") && message.taskId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.taskId);
                if (message.state != null && $Object.hasOwnProperty.call(message, "state") && message.state !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).int32(message.state);
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason") && message.reason !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.reason);
                if (message.attempts != null && $Object.hasOwnProperty.call(message, "attempts") && message.attempts !== 0)
                    writer.uint32(/* id 4, wireType 0 =*/32).uint32(message.attempts);
                if (message.workerPeerId != null && $Object.hasOwnProperty.call(message, "workerPeerId") && message.workerPeerId !== "")
                    writer.uint32(/* id 5, wireType 2 =*/42).string(message.workerPeerId);
                if (message.spec != null && $Object.hasOwnProperty.call(message, "spec"))
                    $root.ailee.v1.TaskSpec.encode(message.spec, writer.uint32(/* id 6, wireType 2 =*/50).fork(), _depth + 1).ldelim();
                if (message.decisions != null && message.decisions.length)
                    for (let i = 0; i < message.decisions.length; ++i)
                        $root.ailee.v1.AssignmentDecision.encode(message.decisions[i], writer.uint32(/* id 7, wireType 2 =*/58).fork(), _depth + 1).ldelim();
                if (message.outcome != null && $Object.hasOwnProperty.call(message, "outcome"))
                    $root.ailee.v1.TaskOutcome.encode(message.outcome, writer.uint32(/* id 8, wireType 2 =*/66).fork(), _depth + 1).ldelim();
                if (message.updatedAtMs != null && $Object.hasOwnProperty.call(message, "updatedAtMs") && (typeof message.updatedAtMs === "object" ? message.updatedAtMs.low || message.updatedAtMs.high : message.updatedAtMs !== 0))
                    writer.uint32(/* id 9, wireType 0 =*/72).uint64(message.updatedAtMs);
                if (message.clientPeerId != null && $Object.hasOwnProperty.call(message, "clientPeerId") && message.clientPeerId !== "")
                    writer.uint32(/* id 10, wireType 2 =*/82).string(message.clientPeerId);
                if (message.replicas != null && message.replicas.length)
                    for (let i = 0; i < message.replicas.length; ++i)
                        $root.ailee.v1.ReplicaReport.encode(message.replicas[i], writer.uint32(/* id 11, wireType 2 =*/90).fork(), _depth + 1).ldelim();
                if (message.verification != null && $Object.hasOwnProperty.call(message, "verification") && message.verification !== "")
                    writer.uint32(/* id 12, wireType 2 =*/98).string(message.verification);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a TaskStatusReport message from the specified reader or buffer.
             * @function decode
             * @memberof ailee.v1.TaskStatusReport
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {ailee.v1.TaskStatusReport & ailee.v1.TaskStatusReport.$Shape} TaskStatusReport
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            TaskStatusReport.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.ailee.v1.TaskStatusReport();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.taskId = value;
                            else
                                delete message.taskId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.state = value;
                            else
                                delete message.state;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.reason = value;
                            else
                                delete message.reason;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.attempts = value;
                            else
                                delete message.attempts;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.workerPeerId = value;
                            else
                                delete message.workerPeerId;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            message.spec = $root.ailee.v1.TaskSpec.decode(reader, reader.size(), $undefined, _depth + 1, message.spec);
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            if (!(message.decisions && message.decisions.length))
                                message.decisions = [];
                            message.decisions.push($root.ailee.v1.AssignmentDecision.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 8: {
                            if (wireType !== 2)
                                break;
                            message.outcome = $root.ailee.v1.TaskOutcome.decode(reader, reader.size(), $undefined, _depth + 1, message.outcome);
                            continue;
                        }
                    case 9: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.updatedAtMs = value;
                            else
                                delete message.updatedAtMs;
                            continue;
                        }
                    case 10: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.clientPeerId = value;
                            else
                                delete message.clientPeerId;
                            continue;
                        }
                    case 11: {
                            if (wireType !== 2)
                                break;
                            if (!(message.replicas && message.replicas.length))
                                message.replicas = [];
                            message.replicas.push($root.ailee.v1.ReplicaReport.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 12: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.verification = value;
                            else
                                delete message.verification;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates a TaskStatusReport message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof ailee.v1.TaskStatusReport
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {ailee.v1.TaskStatusReport} TaskStatusReport
             */
            TaskStatusReport.fromObject = function (object, _depth) {
                if (object instanceof $root.ailee.v1.TaskStatusReport)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".ailee.v1.TaskStatusReport: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.ailee.v1.TaskStatusReport();
                if (object.taskId != null)
                    if (typeof object.taskId !== "string" || object.taskId.length)
                        message.taskId = $String(object.taskId);
                if (object.state !== 0 && (typeof object.state !== "string" || $root.ailee.v1.TaskState[object.state] !== 0))
                    switch (object.state) {
                    case "TASK_STATE_UNSPECIFIED":
                    case 0:
                        message.state = 0;
                        break;
                    case "TASK_STATE_QUEUED":
                    case 1:
                        message.state = 1;
                        break;
                    case "TASK_STATE_OFFERED":
                    case 2:
                        message.state = 2;
                        break;
                    case "TASK_STATE_ASSIGNED":
                    case 3:
                        message.state = 3;
                        break;
                    case "TASK_STATE_RUNNING":
                    case 4:
                        message.state = 4;
                        break;
                    case "TASK_STATE_COMPLETED":
                    case 5:
                        message.state = 5;
                        break;
                    case "TASK_STATE_FAILED":
                    case 6:
                        message.state = 6;
                        break;
                    case "TASK_STATE_TIMED_OUT":
                    case 7:
                        message.state = 7;
                        break;
                    case "TASK_STATE_MEMORY_EXCEEDED":
                    case 8:
                        message.state = 8;
                        break;
                    case "TASK_STATE_REJECTED":
                    case 9:
                        message.state = 9;
                        break;
                    case "TASK_STATE_CANCELLED":
                    case 10:
                        message.state = 10;
                        break;
                    default:
                        if (typeof object.state === "number" && (object.state | 0) === object.state)
                            message.state = object.state;
                    }
                if (object.reason != null)
                    if (typeof object.reason !== "string" || object.reason.length)
                        message.reason = $String(object.reason);
                if (object.attempts != null)
                    if ($Number(object.attempts) !== 0)
                        message.attempts = object.attempts >>> 0;
                if (object.workerPeerId != null)
                    if (typeof object.workerPeerId !== "string" || object.workerPeerId.length)
                        message.workerPeerId = $String(object.workerPeerId);
                if (object.spec != null) {
                    if (!$util.isObject(object.spec))
                        throw $TypeError(".ailee.v1.TaskStatusReport.spec: object expected");
                    message.spec = $root.ailee.v1.TaskSpec.fromObject(object.spec, _depth + 1);
                }
                if (object.decisions) {
                    if (!$Array.isArray(object.decisions))
                        throw $TypeError(".ailee.v1.TaskStatusReport.decisions: array expected");
                    message.decisions = $Array(object.decisions.length);
                    for (let i = 0; i < object.decisions.length; ++i) {
                        if (!$util.isObject(object.decisions[i]))
                            throw $TypeError(".ailee.v1.TaskStatusReport.decisions: object expected");
                        message.decisions[i] = $root.ailee.v1.AssignmentDecision.fromObject(object.decisions[i], _depth + 1);
                    }
                }
                if (object.outcome != null) {
                    if (!$util.isObject(object.outcome))
                        throw $TypeError(".ailee.v1.TaskStatusReport.outcome: object expected");
                    message.outcome = $root.ailee.v1.TaskOutcome.fromObject(object.outcome, _depth + 1);
                }
                if (object.updatedAtMs != null)
                    if (typeof object.updatedAtMs === "object" ? object.updatedAtMs.low || object.updatedAtMs.high : $Number(object.updatedAtMs) !== 0)
                        if ($util.Long)
                            message.updatedAtMs = $util.Long.fromValue(object.updatedAtMs, true);
                        else if (typeof object.updatedAtMs === "string")
                            message.updatedAtMs = $parseInt(object.updatedAtMs, 10);
                        else if (typeof object.updatedAtMs === "number")
                            message.updatedAtMs = object.updatedAtMs;
                        else if (typeof object.updatedAtMs === "object")
                            message.updatedAtMs = new $util.LongBits(object.updatedAtMs.low >>> 0, object.updatedAtMs.high >>> 0).toNumber(true);
                if (object.clientPeerId != null)
                    if (typeof object.clientPeerId !== "string" || object.clientPeerId.length)
                        message.clientPeerId = $String(object.clientPeerId);
                if (object.replicas) {
                    if (!$Array.isArray(object.replicas))
                        throw $TypeError(".ailee.v1.TaskStatusReport.replicas: array expected");
                    message.replicas = $Array(object.replicas.length);
                    for (let i = 0; i < object.replicas.length; ++i) {
                        if (!$util.isObject(object.replicas[i]))
                            throw $TypeError(".ailee.v1.TaskStatusReport.replicas: object expected");
                        message.replicas[i] = $root.ailee.v1.ReplicaReport.fromObject(object.replicas[i], _depth + 1);
                    }
                }
                if (object.verification != null)
                    if (typeof object.verification !== "string" || object.verification.length)
                        message.verification = $String(object.verification);
                return message;
            };

            /**
             * Creates a plain object from a TaskStatusReport message. Also converts values to other types if specified.
             * @function toObject
             * @memberof ailee.v1.TaskStatusReport
             * @static
             * @param {ailee.v1.TaskStatusReport} message TaskStatusReport
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            TaskStatusReport.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults) {
                    object.decisions = [];
                    object.replicas = [];
                }
                if (options.defaults) {
                    object.taskId = "";
                    object.state = options.enums === $String ? "TASK_STATE_UNSPECIFIED" : 0;
                    object.reason = "";
                    object.attempts = 0;
                    object.workerPeerId = "";
                    object.spec = null;
                    object.outcome = null;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.updatedAtMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.updatedAtMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.clientPeerId = "";
                    object.verification = "";
                }
                if (message.taskId != null && $Object.hasOwnProperty.call(message, "taskId"))
                    object.taskId = message.taskId;
                if (message.state != null && $Object.hasOwnProperty.call(message, "state"))
                    object.state = options.enums === $String ? $root.ailee.v1.TaskState[message.state] === $undefined ? message.state : $root.ailee.v1.TaskState[message.state] : message.state;
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason"))
                    object.reason = message.reason;
                if (message.attempts != null && $Object.hasOwnProperty.call(message, "attempts"))
                    object.attempts = message.attempts;
                if (message.workerPeerId != null && $Object.hasOwnProperty.call(message, "workerPeerId"))
                    object.workerPeerId = message.workerPeerId;
                if (message.spec != null && $Object.hasOwnProperty.call(message, "spec"))
                    object.spec = $root.ailee.v1.TaskSpec.toObject(message.spec, options, _depth + 1);
                if (message.decisions && message.decisions.length) {
                    object.decisions = $Array(message.decisions.length);
                    for (let j = 0; j < message.decisions.length; ++j)
                        object.decisions[j] = $root.ailee.v1.AssignmentDecision.toObject(message.decisions[j], options, _depth + 1);
                }
                if (message.outcome != null && $Object.hasOwnProperty.call(message, "outcome"))
                    object.outcome = $root.ailee.v1.TaskOutcome.toObject(message.outcome, options, _depth + 1);
                if (message.updatedAtMs != null && $Object.hasOwnProperty.call(message, "updatedAtMs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.updatedAtMs = typeof message.updatedAtMs === "number" ? $BigInt(message.updatedAtMs) : $util.Long.fromBits(message.updatedAtMs.low >>> 0, message.updatedAtMs.high >>> 0, true).toBigInt();
                    else if (typeof message.updatedAtMs === "number")
                        object.updatedAtMs = options.longs === $String ? $String(message.updatedAtMs) : message.updatedAtMs;
                    else
                        object.updatedAtMs = options.longs === $String ? $util.Long.prototype.toString.call(message.updatedAtMs) : options.longs === $Number ? new $util.LongBits(message.updatedAtMs.low >>> 0, message.updatedAtMs.high >>> 0).toNumber(true) : message.updatedAtMs;
                if (message.clientPeerId != null && $Object.hasOwnProperty.call(message, "clientPeerId"))
                    object.clientPeerId = message.clientPeerId;
                if (message.replicas && message.replicas.length) {
                    object.replicas = $Array(message.replicas.length);
                    for (let j = 0; j < message.replicas.length; ++j)
                        object.replicas[j] = $root.ailee.v1.ReplicaReport.toObject(message.replicas[j], options, _depth + 1);
                }
                if (message.verification != null && $Object.hasOwnProperty.call(message, "verification"))
                    object.verification = message.verification;
                return object;
            };

            /**
             * Converts this TaskStatusReport to JSON.
             * @function toJSON
             * @memberof ailee.v1.TaskStatusReport
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            TaskStatusReport.prototype.toJSON = function() {
                return TaskStatusReport.toObject(this, $protobuf.util.toJSONOptions);
            };

            return TaskStatusReport;
        })();

        v1.PeerInfo = (function() {

            /**
             * Properties of a PeerInfo.
             * @typedef {Object} ailee.v1.PeerInfo.$Properties
             * @property {string|null} [peerId] PeerInfo peerId
             * @property {number|null} [health] PeerInfo health
             * @property {number|null} [reputation] PeerInfo reputation
             * @property {number|null} [capacitySlots] PeerInfo capacitySlots
             * @property {number|null} [runningTasks] PeerInfo runningTasks
             * @property {number|null} [maxMemoryPages] PeerInfo maxMemoryPages
             * @property {number|null} [telemetryAgeMs] PeerInfo telemetryAgeMs
             * @property {boolean|null} [alive] PeerInfo alive
             * @property {string|null} [breaker] PeerInfo breaker
             * @property {number|null} [price] PeerInfo price
             * @property {number|null} [cpuLoad] PeerInfo cpuLoad
             * @property {number|null} [memoryUsedBytes] PeerInfo memoryUsedBytes
             * @property {number|null} [memoryTotalBytes] PeerInfo memoryTotalBytes
             * @property {boolean|null} [draining] PeerInfo draining
             * @property {number|null} [successes] PeerInfo successes
             * @property {number|null} [failures] PeerInfo failures
             * @property {number|null} [timeouts] PeerInfo timeouts
             * @property {number|null} [credibility] PeerInfo credibility
             * @property {number|null} [confirmed] PeerInfo confirmed
             * @property {number|null} [caught] PeerInfo caught
             * @property {number|null} [excludedUntilMs] PeerInfo excludedUntilMs
             * @property {number|null} [bond] PeerInfo bond
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a PeerInfo.
             * @memberof ailee.v1
             * @interface IPeerInfo
             * @augments ailee.v1.PeerInfo.$Properties
             * @deprecated Use ailee.v1.PeerInfo.$Properties instead.
             */

            /**
             * Shape of a PeerInfo.
             * @typedef {ailee.v1.PeerInfo.$Properties} ailee.v1.PeerInfo.$Shape
             */

            /**
             * Constructs a new PeerInfo.
             * @memberof ailee.v1
             * @classdesc Represents a PeerInfo.
             * @constructor
             * @param {ailee.v1.PeerInfo.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const PeerInfo = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * PeerInfo peerId.
             * @member {string} peerId
             * @memberof ailee.v1.PeerInfo
             * @instance
             */
            PeerInfo.prototype.peerId = "";

            /**
             * PeerInfo health.
             * @member {number} health
             * @memberof ailee.v1.PeerInfo
             * @instance
             */
            PeerInfo.prototype.health = 0;

            /**
             * PeerInfo reputation.
             * @member {number} reputation
             * @memberof ailee.v1.PeerInfo
             * @instance
             */
            PeerInfo.prototype.reputation = 0;

            /**
             * PeerInfo capacitySlots.
             * @member {number} capacitySlots
             * @memberof ailee.v1.PeerInfo
             * @instance
             */
            PeerInfo.prototype.capacitySlots = 0;

            /**
             * PeerInfo runningTasks.
             * @member {number} runningTasks
             * @memberof ailee.v1.PeerInfo
             * @instance
             */
            PeerInfo.prototype.runningTasks = 0;

            /**
             * PeerInfo maxMemoryPages.
             * @member {number} maxMemoryPages
             * @memberof ailee.v1.PeerInfo
             * @instance
             */
            PeerInfo.prototype.maxMemoryPages = 0;

            /**
             * PeerInfo telemetryAgeMs.
             * @member {number} telemetryAgeMs
             * @memberof ailee.v1.PeerInfo
             * @instance
             */
            PeerInfo.prototype.telemetryAgeMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * PeerInfo alive.
             * @member {boolean} alive
             * @memberof ailee.v1.PeerInfo
             * @instance
             */
            PeerInfo.prototype.alive = false;

            /**
             * PeerInfo breaker.
             * @member {string} breaker
             * @memberof ailee.v1.PeerInfo
             * @instance
             */
            PeerInfo.prototype.breaker = "";

            /**
             * PeerInfo price.
             * @member {number} price
             * @memberof ailee.v1.PeerInfo
             * @instance
             */
            PeerInfo.prototype.price = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * PeerInfo cpuLoad.
             * @member {number} cpuLoad
             * @memberof ailee.v1.PeerInfo
             * @instance
             */
            PeerInfo.prototype.cpuLoad = 0;

            /**
             * PeerInfo memoryUsedBytes.
             * @member {number} memoryUsedBytes
             * @memberof ailee.v1.PeerInfo
             * @instance
             */
            PeerInfo.prototype.memoryUsedBytes = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * PeerInfo memoryTotalBytes.
             * @member {number} memoryTotalBytes
             * @memberof ailee.v1.PeerInfo
             * @instance
             */
            PeerInfo.prototype.memoryTotalBytes = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * PeerInfo draining.
             * @member {boolean} draining
             * @memberof ailee.v1.PeerInfo
             * @instance
             */
            PeerInfo.prototype.draining = false;

            /**
             * PeerInfo successes.
             * @member {number} successes
             * @memberof ailee.v1.PeerInfo
             * @instance
             */
            PeerInfo.prototype.successes = 0;

            /**
             * PeerInfo failures.
             * @member {number} failures
             * @memberof ailee.v1.PeerInfo
             * @instance
             */
            PeerInfo.prototype.failures = 0;

            /**
             * PeerInfo timeouts.
             * @member {number} timeouts
             * @memberof ailee.v1.PeerInfo
             * @instance
             */
            PeerInfo.prototype.timeouts = 0;

            /**
             * PeerInfo credibility.
             * @member {number} credibility
             * @memberof ailee.v1.PeerInfo
             * @instance
             */
            PeerInfo.prototype.credibility = 0;

            /**
             * PeerInfo confirmed.
             * @member {number} confirmed
             * @memberof ailee.v1.PeerInfo
             * @instance
             */
            PeerInfo.prototype.confirmed = 0;

            /**
             * PeerInfo caught.
             * @member {number} caught
             * @memberof ailee.v1.PeerInfo
             * @instance
             */
            PeerInfo.prototype.caught = 0;

            /**
             * PeerInfo excludedUntilMs.
             * @member {number} excludedUntilMs
             * @memberof ailee.v1.PeerInfo
             * @instance
             */
            PeerInfo.prototype.excludedUntilMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * PeerInfo bond.
             * @member {number} bond
             * @memberof ailee.v1.PeerInfo
             * @instance
             */
            PeerInfo.prototype.bond = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Creates a new PeerInfo instance using the specified properties.
             * @function create
             * @memberof ailee.v1.PeerInfo
             * @static
             * @param {ailee.v1.PeerInfo.$Properties=} [properties] Properties to set
             * @returns {ailee.v1.PeerInfo} PeerInfo instance
             * @type {{
             *   (properties: ailee.v1.PeerInfo.$Shape): ailee.v1.PeerInfo & ailee.v1.PeerInfo.$Shape;
             *   (properties?: ailee.v1.PeerInfo.$Properties): ailee.v1.PeerInfo;
             * }}
             */
            PeerInfo.create = function(properties) {
                return new PeerInfo(properties);
            };

            /**
             * Encodes the specified PeerInfo message. Does not implicitly {@link ailee.v1.PeerInfo.verify|verify} messages.
             * @function encode
             * @memberof ailee.v1.PeerInfo
             * @static
             * @param {ailee.v1.PeerInfo.$Properties} message PeerInfo message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            PeerInfo.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.peerId != null && $Object.hasOwnProperty.call(message, "peerId") && message.peerId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.peerId);
                if (message.health != null && $Object.hasOwnProperty.call(message, "health") && !$Object.is(message.health, 0))
                    writer.uint32(/* id 2, wireType 1 =*/17).double(message.health);
                if (message.reputation != null && $Object.hasOwnProperty.call(message, "reputation") && !$Object.is(message.reputation, 0))
                    writer.uint32(/* id 3, wireType 1 =*/25).double(message.reputation);
                if (message.capacitySlots != null && $Object.hasOwnProperty.call(message, "capacitySlots") && message.capacitySlots !== 0)
                    writer.uint32(/* id 4, wireType 0 =*/32).uint32(message.capacitySlots);
                if (message.runningTasks != null && $Object.hasOwnProperty.call(message, "runningTasks") && message.runningTasks !== 0)
                    writer.uint32(/* id 5, wireType 0 =*/40).uint32(message.runningTasks);
                if (message.maxMemoryPages != null && $Object.hasOwnProperty.call(message, "maxMemoryPages") && message.maxMemoryPages !== 0)
                    writer.uint32(/* id 6, wireType 0 =*/48).uint32(message.maxMemoryPages);
                if (message.telemetryAgeMs != null && $Object.hasOwnProperty.call(message, "telemetryAgeMs") && (typeof message.telemetryAgeMs === "object" ? message.telemetryAgeMs.low || message.telemetryAgeMs.high : message.telemetryAgeMs !== 0))
                    writer.uint32(/* id 7, wireType 0 =*/56).uint64(message.telemetryAgeMs);
                if (message.alive != null && $Object.hasOwnProperty.call(message, "alive") && message.alive !== false)
                    writer.uint32(/* id 8, wireType 0 =*/64).bool(message.alive);
                if (message.breaker != null && $Object.hasOwnProperty.call(message, "breaker") && message.breaker !== "")
                    writer.uint32(/* id 9, wireType 2 =*/74).string(message.breaker);
                if (message.price != null && $Object.hasOwnProperty.call(message, "price") && (typeof message.price === "object" ? message.price.low || message.price.high : message.price !== 0))
                    writer.uint32(/* id 10, wireType 0 =*/80).uint64(message.price);
                if (message.cpuLoad != null && $Object.hasOwnProperty.call(message, "cpuLoad") && !$Object.is(message.cpuLoad, 0))
                    writer.uint32(/* id 11, wireType 1 =*/89).double(message.cpuLoad);
                if (message.memoryUsedBytes != null && $Object.hasOwnProperty.call(message, "memoryUsedBytes") && (typeof message.memoryUsedBytes === "object" ? message.memoryUsedBytes.low || message.memoryUsedBytes.high : message.memoryUsedBytes !== 0))
                    writer.uint32(/* id 12, wireType 0 =*/96).uint64(message.memoryUsedBytes);
                if (message.memoryTotalBytes != null && $Object.hasOwnProperty.call(message, "memoryTotalBytes") && (typeof message.memoryTotalBytes === "object" ? message.memoryTotalBytes.low || message.memoryTotalBytes.high : message.memoryTotalBytes !== 0))
                    writer.uint32(/* id 13, wireType 0 =*/104).uint64(message.memoryTotalBytes);
                if (message.draining != null && $Object.hasOwnProperty.call(message, "draining") && message.draining !== false)
                    writer.uint32(/* id 14, wireType 0 =*/112).bool(message.draining);
                if (message.successes != null && $Object.hasOwnProperty.call(message, "successes") && message.successes !== 0)
                    writer.uint32(/* id 15, wireType 0 =*/120).uint32(message.successes);
                if (message.failures != null && $Object.hasOwnProperty.call(message, "failures") && message.failures !== 0)
                    writer.uint32(/* id 16, wireType 0 =*/128).uint32(message.failures);
                if (message.timeouts != null && $Object.hasOwnProperty.call(message, "timeouts") && message.timeouts !== 0)
                    writer.uint32(/* id 17, wireType 0 =*/136).uint32(message.timeouts);
                if (message.credibility != null && $Object.hasOwnProperty.call(message, "credibility") && !$Object.is(message.credibility, 0))
                    writer.uint32(/* id 18, wireType 1 =*/145).double(message.credibility);
                if (message.confirmed != null && $Object.hasOwnProperty.call(message, "confirmed") && message.confirmed !== 0)
                    writer.uint32(/* id 19, wireType 0 =*/152).uint32(message.confirmed);
                if (message.caught != null && $Object.hasOwnProperty.call(message, "caught") && message.caught !== 0)
                    writer.uint32(/* id 20, wireType 0 =*/160).uint32(message.caught);
                if (message.excludedUntilMs != null && $Object.hasOwnProperty.call(message, "excludedUntilMs") && (typeof message.excludedUntilMs === "object" ? message.excludedUntilMs.low || message.excludedUntilMs.high : message.excludedUntilMs !== 0))
                    writer.uint32(/* id 21, wireType 0 =*/168).uint64(message.excludedUntilMs);
                if (message.bond != null && $Object.hasOwnProperty.call(message, "bond") && (typeof message.bond === "object" ? message.bond.low || message.bond.high : message.bond !== 0))
                    writer.uint32(/* id 22, wireType 0 =*/176).uint64(message.bond);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a PeerInfo message from the specified reader or buffer.
             * @function decode
             * @memberof ailee.v1.PeerInfo
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {ailee.v1.PeerInfo & ailee.v1.PeerInfo.$Shape} PeerInfo
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            PeerInfo.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.ailee.v1.PeerInfo();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.peerId = value;
                            else
                                delete message.peerId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.health = value;
                            else
                                delete message.health;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.reputation = value;
                            else
                                delete message.reputation;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.capacitySlots = value;
                            else
                                delete message.capacitySlots;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.runningTasks = value;
                            else
                                delete message.runningTasks;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.maxMemoryPages = value;
                            else
                                delete message.maxMemoryPages;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.telemetryAgeMs = value;
                            else
                                delete message.telemetryAgeMs;
                            continue;
                        }
                    case 8: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.alive = value;
                            else
                                delete message.alive;
                            continue;
                        }
                    case 9: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.breaker = value;
                            else
                                delete message.breaker;
                            continue;
                        }
                    case 10: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.price = value;
                            else
                                delete message.price;
                            continue;
                        }
                    case 11: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.cpuLoad = value;
                            else
                                delete message.cpuLoad;
                            continue;
                        }
                    case 12: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.memoryUsedBytes = value;
                            else
                                delete message.memoryUsedBytes;
                            continue;
                        }
                    case 13: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.memoryTotalBytes = value;
                            else
                                delete message.memoryTotalBytes;
                            continue;
                        }
                    case 14: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.draining = value;
                            else
                                delete message.draining;
                            continue;
                        }
                    case 15: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.successes = value;
                            else
                                delete message.successes;
                            continue;
                        }
                    case 16: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.failures = value;
                            else
                                delete message.failures;
                            continue;
                        }
                    case 17: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.timeouts = value;
                            else
                                delete message.timeouts;
                            continue;
                        }
                    case 18: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.credibility = value;
                            else
                                delete message.credibility;
                            continue;
                        }
                    case 19: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.confirmed = value;
                            else
                                delete message.confirmed;
                            continue;
                        }
                    case 20: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.caught = value;
                            else
                                delete message.caught;
                            continue;
                        }
                    case 21: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.excludedUntilMs = value;
                            else
                                delete message.excludedUntilMs;
                            continue;
                        }
                    case 22: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.bond = value;
                            else
                                delete message.bond;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates a PeerInfo message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof ailee.v1.PeerInfo
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {ailee.v1.PeerInfo} PeerInfo
             */
            PeerInfo.fromObject = function (object, _depth) {
                if (object instanceof $root.ailee.v1.PeerInfo)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".ailee.v1.PeerInfo: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.ailee.v1.PeerInfo();
                if (object.peerId != null)
                    if (typeof object.peerId !== "string" || object.peerId.length)
                        message.peerId = $String(object.peerId);
                if (object.health != null)
                    if (!$Object.is($Number(object.health), 0))
                        message.health = $Number(object.health);
                if (object.reputation != null)
                    if (!$Object.is($Number(object.reputation), 0))
                        message.reputation = $Number(object.reputation);
                if (object.capacitySlots != null)
                    if ($Number(object.capacitySlots) !== 0)
                        message.capacitySlots = object.capacitySlots >>> 0;
                if (object.runningTasks != null)
                    if ($Number(object.runningTasks) !== 0)
                        message.runningTasks = object.runningTasks >>> 0;
                if (object.maxMemoryPages != null)
                    if ($Number(object.maxMemoryPages) !== 0)
                        message.maxMemoryPages = object.maxMemoryPages >>> 0;
                if (object.telemetryAgeMs != null)
                    if (typeof object.telemetryAgeMs === "object" ? object.telemetryAgeMs.low || object.telemetryAgeMs.high : $Number(object.telemetryAgeMs) !== 0)
                        if ($util.Long)
                            message.telemetryAgeMs = $util.Long.fromValue(object.telemetryAgeMs, true);
                        else if (typeof object.telemetryAgeMs === "string")
                            message.telemetryAgeMs = $parseInt(object.telemetryAgeMs, 10);
                        else if (typeof object.telemetryAgeMs === "number")
                            message.telemetryAgeMs = object.telemetryAgeMs;
                        else if (typeof object.telemetryAgeMs === "object")
                            message.telemetryAgeMs = new $util.LongBits(object.telemetryAgeMs.low >>> 0, object.telemetryAgeMs.high >>> 0).toNumber(true);
                if (object.alive != null)
                    if (object.alive)
                        message.alive = $Boolean(object.alive);
                if (object.breaker != null)
                    if (typeof object.breaker !== "string" || object.breaker.length)
                        message.breaker = $String(object.breaker);
                if (object.price != null)
                    if (typeof object.price === "object" ? object.price.low || object.price.high : $Number(object.price) !== 0)
                        if ($util.Long)
                            message.price = $util.Long.fromValue(object.price, true);
                        else if (typeof object.price === "string")
                            message.price = $parseInt(object.price, 10);
                        else if (typeof object.price === "number")
                            message.price = object.price;
                        else if (typeof object.price === "object")
                            message.price = new $util.LongBits(object.price.low >>> 0, object.price.high >>> 0).toNumber(true);
                if (object.cpuLoad != null)
                    if (!$Object.is($Number(object.cpuLoad), 0))
                        message.cpuLoad = $Number(object.cpuLoad);
                if (object.memoryUsedBytes != null)
                    if (typeof object.memoryUsedBytes === "object" ? object.memoryUsedBytes.low || object.memoryUsedBytes.high : $Number(object.memoryUsedBytes) !== 0)
                        if ($util.Long)
                            message.memoryUsedBytes = $util.Long.fromValue(object.memoryUsedBytes, true);
                        else if (typeof object.memoryUsedBytes === "string")
                            message.memoryUsedBytes = $parseInt(object.memoryUsedBytes, 10);
                        else if (typeof object.memoryUsedBytes === "number")
                            message.memoryUsedBytes = object.memoryUsedBytes;
                        else if (typeof object.memoryUsedBytes === "object")
                            message.memoryUsedBytes = new $util.LongBits(object.memoryUsedBytes.low >>> 0, object.memoryUsedBytes.high >>> 0).toNumber(true);
                if (object.memoryTotalBytes != null)
                    if (typeof object.memoryTotalBytes === "object" ? object.memoryTotalBytes.low || object.memoryTotalBytes.high : $Number(object.memoryTotalBytes) !== 0)
                        if ($util.Long)
                            message.memoryTotalBytes = $util.Long.fromValue(object.memoryTotalBytes, true);
                        else if (typeof object.memoryTotalBytes === "string")
                            message.memoryTotalBytes = $parseInt(object.memoryTotalBytes, 10);
                        else if (typeof object.memoryTotalBytes === "number")
                            message.memoryTotalBytes = object.memoryTotalBytes;
                        else if (typeof object.memoryTotalBytes === "object")
                            message.memoryTotalBytes = new $util.LongBits(object.memoryTotalBytes.low >>> 0, object.memoryTotalBytes.high >>> 0).toNumber(true);
                if (object.draining != null)
                    if (object.draining)
                        message.draining = $Boolean(object.draining);
                if (object.successes != null)
                    if ($Number(object.successes) !== 0)
                        message.successes = object.successes >>> 0;
                if (object.failures != null)
                    if ($Number(object.failures) !== 0)
                        message.failures = object.failures >>> 0;
                if (object.timeouts != null)
                    if ($Number(object.timeouts) !== 0)
                        message.timeouts = object.timeouts >>> 0;
                if (object.credibility != null)
                    if (!$Object.is($Number(object.credibility), 0))
                        message.credibility = $Number(object.credibility);
                if (object.confirmed != null)
                    if ($Number(object.confirmed) !== 0)
                        message.confirmed = object.confirmed >>> 0;
                if (object.caught != null)
                    if ($Number(object.caught) !== 0)
                        message.caught = object.caught >>> 0;
                if (object.excludedUntilMs != null)
                    if (typeof object.excludedUntilMs === "object" ? object.excludedUntilMs.low || object.excludedUntilMs.high : $Number(object.excludedUntilMs) !== 0)
                        if ($util.Long)
                            message.excludedUntilMs = $util.Long.fromValue(object.excludedUntilMs, true);
                        else if (typeof object.excludedUntilMs === "string")
                            message.excludedUntilMs = $parseInt(object.excludedUntilMs, 10);
                        else if (typeof object.excludedUntilMs === "number")
                            message.excludedUntilMs = object.excludedUntilMs;
                        else if (typeof object.excludedUntilMs === "object")
                            message.excludedUntilMs = new $util.LongBits(object.excludedUntilMs.low >>> 0, object.excludedUntilMs.high >>> 0).toNumber(true);
                if (object.bond != null)
                    if (typeof object.bond === "object" ? object.bond.low || object.bond.high : $Number(object.bond) !== 0)
                        if ($util.Long)
                            message.bond = $util.Long.fromValue(object.bond, true);
                        else if (typeof object.bond === "string")
                            message.bond = $parseInt(object.bond, 10);
                        else if (typeof object.bond === "number")
                            message.bond = object.bond;
                        else if (typeof object.bond === "object")
                            message.bond = new $util.LongBits(object.bond.low >>> 0, object.bond.high >>> 0).toNumber(true);
                return message;
            };

            /**
             * Creates a plain object from a PeerInfo message. Also converts values to other types if specified.
             * @function toObject
             * @memberof ailee.v1.PeerInfo
             * @static
             * @param {ailee.v1.PeerInfo} message PeerInfo
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            PeerInfo.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.peerId = "";
                    object.health = 0;
                    object.reputation = 0;
                    object.capacitySlots = 0;
                    object.runningTasks = 0;
                    object.maxMemoryPages = 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.telemetryAgeMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.telemetryAgeMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.alive = false;
                    object.breaker = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.price = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.price = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.cpuLoad = 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.memoryUsedBytes = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.memoryUsedBytes = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.memoryTotalBytes = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.memoryTotalBytes = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.draining = false;
                    object.successes = 0;
                    object.failures = 0;
                    object.timeouts = 0;
                    object.credibility = 0;
                    object.confirmed = 0;
                    object.caught = 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.excludedUntilMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.excludedUntilMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.bond = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.bond = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (message.peerId != null && $Object.hasOwnProperty.call(message, "peerId"))
                    object.peerId = message.peerId;
                if (message.health != null && $Object.hasOwnProperty.call(message, "health"))
                    object.health = options.json && !$isFinite(message.health) ? $String(message.health) : message.health;
                if (message.reputation != null && $Object.hasOwnProperty.call(message, "reputation"))
                    object.reputation = options.json && !$isFinite(message.reputation) ? $String(message.reputation) : message.reputation;
                if (message.capacitySlots != null && $Object.hasOwnProperty.call(message, "capacitySlots"))
                    object.capacitySlots = message.capacitySlots;
                if (message.runningTasks != null && $Object.hasOwnProperty.call(message, "runningTasks"))
                    object.runningTasks = message.runningTasks;
                if (message.maxMemoryPages != null && $Object.hasOwnProperty.call(message, "maxMemoryPages"))
                    object.maxMemoryPages = message.maxMemoryPages;
                if (message.telemetryAgeMs != null && $Object.hasOwnProperty.call(message, "telemetryAgeMs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.telemetryAgeMs = typeof message.telemetryAgeMs === "number" ? $BigInt(message.telemetryAgeMs) : $util.Long.fromBits(message.telemetryAgeMs.low >>> 0, message.telemetryAgeMs.high >>> 0, true).toBigInt();
                    else if (typeof message.telemetryAgeMs === "number")
                        object.telemetryAgeMs = options.longs === $String ? $String(message.telemetryAgeMs) : message.telemetryAgeMs;
                    else
                        object.telemetryAgeMs = options.longs === $String ? $util.Long.prototype.toString.call(message.telemetryAgeMs) : options.longs === $Number ? new $util.LongBits(message.telemetryAgeMs.low >>> 0, message.telemetryAgeMs.high >>> 0).toNumber(true) : message.telemetryAgeMs;
                if (message.alive != null && $Object.hasOwnProperty.call(message, "alive"))
                    object.alive = message.alive;
                if (message.breaker != null && $Object.hasOwnProperty.call(message, "breaker"))
                    object.breaker = message.breaker;
                if (message.price != null && $Object.hasOwnProperty.call(message, "price"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.price = typeof message.price === "number" ? $BigInt(message.price) : $util.Long.fromBits(message.price.low >>> 0, message.price.high >>> 0, true).toBigInt();
                    else if (typeof message.price === "number")
                        object.price = options.longs === $String ? $String(message.price) : message.price;
                    else
                        object.price = options.longs === $String ? $util.Long.prototype.toString.call(message.price) : options.longs === $Number ? new $util.LongBits(message.price.low >>> 0, message.price.high >>> 0).toNumber(true) : message.price;
                if (message.cpuLoad != null && $Object.hasOwnProperty.call(message, "cpuLoad"))
                    object.cpuLoad = options.json && !$isFinite(message.cpuLoad) ? $String(message.cpuLoad) : message.cpuLoad;
                if (message.memoryUsedBytes != null && $Object.hasOwnProperty.call(message, "memoryUsedBytes"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.memoryUsedBytes = typeof message.memoryUsedBytes === "number" ? $BigInt(message.memoryUsedBytes) : $util.Long.fromBits(message.memoryUsedBytes.low >>> 0, message.memoryUsedBytes.high >>> 0, true).toBigInt();
                    else if (typeof message.memoryUsedBytes === "number")
                        object.memoryUsedBytes = options.longs === $String ? $String(message.memoryUsedBytes) : message.memoryUsedBytes;
                    else
                        object.memoryUsedBytes = options.longs === $String ? $util.Long.prototype.toString.call(message.memoryUsedBytes) : options.longs === $Number ? new $util.LongBits(message.memoryUsedBytes.low >>> 0, message.memoryUsedBytes.high >>> 0).toNumber(true) : message.memoryUsedBytes;
                if (message.memoryTotalBytes != null && $Object.hasOwnProperty.call(message, "memoryTotalBytes"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.memoryTotalBytes = typeof message.memoryTotalBytes === "number" ? $BigInt(message.memoryTotalBytes) : $util.Long.fromBits(message.memoryTotalBytes.low >>> 0, message.memoryTotalBytes.high >>> 0, true).toBigInt();
                    else if (typeof message.memoryTotalBytes === "number")
                        object.memoryTotalBytes = options.longs === $String ? $String(message.memoryTotalBytes) : message.memoryTotalBytes;
                    else
                        object.memoryTotalBytes = options.longs === $String ? $util.Long.prototype.toString.call(message.memoryTotalBytes) : options.longs === $Number ? new $util.LongBits(message.memoryTotalBytes.low >>> 0, message.memoryTotalBytes.high >>> 0).toNumber(true) : message.memoryTotalBytes;
                if (message.draining != null && $Object.hasOwnProperty.call(message, "draining"))
                    object.draining = message.draining;
                if (message.successes != null && $Object.hasOwnProperty.call(message, "successes"))
                    object.successes = message.successes;
                if (message.failures != null && $Object.hasOwnProperty.call(message, "failures"))
                    object.failures = message.failures;
                if (message.timeouts != null && $Object.hasOwnProperty.call(message, "timeouts"))
                    object.timeouts = message.timeouts;
                if (message.credibility != null && $Object.hasOwnProperty.call(message, "credibility"))
                    object.credibility = options.json && !$isFinite(message.credibility) ? $String(message.credibility) : message.credibility;
                if (message.confirmed != null && $Object.hasOwnProperty.call(message, "confirmed"))
                    object.confirmed = message.confirmed;
                if (message.caught != null && $Object.hasOwnProperty.call(message, "caught"))
                    object.caught = message.caught;
                if (message.excludedUntilMs != null && $Object.hasOwnProperty.call(message, "excludedUntilMs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.excludedUntilMs = typeof message.excludedUntilMs === "number" ? $BigInt(message.excludedUntilMs) : $util.Long.fromBits(message.excludedUntilMs.low >>> 0, message.excludedUntilMs.high >>> 0, true).toBigInt();
                    else if (typeof message.excludedUntilMs === "number")
                        object.excludedUntilMs = options.longs === $String ? $String(message.excludedUntilMs) : message.excludedUntilMs;
                    else
                        object.excludedUntilMs = options.longs === $String ? $util.Long.prototype.toString.call(message.excludedUntilMs) : options.longs === $Number ? new $util.LongBits(message.excludedUntilMs.low >>> 0, message.excludedUntilMs.high >>> 0).toNumber(true) : message.excludedUntilMs;
                if (message.bond != null && $Object.hasOwnProperty.call(message, "bond"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.bond = typeof message.bond === "number" ? $BigInt(message.bond) : $util.Long.fromBits(message.bond.low >>> 0, message.bond.high >>> 0, true).toBigInt();
                    else if (typeof message.bond === "number")
                        object.bond = options.longs === $String ? $String(message.bond) : message.bond;
                    else
                        object.bond = options.longs === $String ? $util.Long.prototype.toString.call(message.bond) : options.longs === $Number ? new $util.LongBits(message.bond.low >>> 0, message.bond.high >>> 0).toNumber(true) : message.bond;
                return object;
            };

            /**
             * Converts this PeerInfo to JSON.
             * @function toJSON
             * @memberof ailee.v1.PeerInfo
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            PeerInfo.prototype.toJSON = function() {
                return PeerInfo.toObject(this, $protobuf.util.toJSONOptions);
            };

            return PeerInfo;
        })();

        v1.PeerList = (function() {

            /**
             * Properties of a PeerList.
             * @typedef {Object} ailee.v1.PeerList.$Properties
             * @property {Array.<ailee.v1.PeerInfo.$Properties>|null} [workers] PeerList workers
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a PeerList.
             * @memberof ailee.v1
             * @interface IPeerList
             * @augments ailee.v1.PeerList.$Properties
             * @deprecated Use ailee.v1.PeerList.$Properties instead.
             */

            /**
             * Shape of a PeerList.
             * @typedef {ailee.v1.PeerList.$Properties} ailee.v1.PeerList.$Shape
             */

            /**
             * Constructs a new PeerList.
             * @memberof ailee.v1
             * @classdesc Represents a PeerList.
             * @constructor
             * @param {ailee.v1.PeerList.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const PeerList = function (properties) {
                this.workers = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * PeerList workers.
             * @member {Array.<ailee.v1.PeerInfo.$Properties>} workers
             * @memberof ailee.v1.PeerList
             * @instance
             */
            PeerList.prototype.workers = $util.emptyArray;

            /**
             * Creates a new PeerList instance using the specified properties.
             * @function create
             * @memberof ailee.v1.PeerList
             * @static
             * @param {ailee.v1.PeerList.$Properties=} [properties] Properties to set
             * @returns {ailee.v1.PeerList} PeerList instance
             * @type {{
             *   (properties: ailee.v1.PeerList.$Shape): ailee.v1.PeerList & ailee.v1.PeerList.$Shape;
             *   (properties?: ailee.v1.PeerList.$Properties): ailee.v1.PeerList;
             * }}
             */
            PeerList.create = function(properties) {
                return new PeerList(properties);
            };

            /**
             * Encodes the specified PeerList message. Does not implicitly {@link ailee.v1.PeerList.verify|verify} messages.
             * @function encode
             * @memberof ailee.v1.PeerList
             * @static
             * @param {ailee.v1.PeerList.$Properties} message PeerList message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            PeerList.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.workers != null && message.workers.length)
                    for (let i = 0; i < message.workers.length; ++i)
                        $root.ailee.v1.PeerInfo.encode(message.workers[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a PeerList message from the specified reader or buffer.
             * @function decode
             * @memberof ailee.v1.PeerList
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {ailee.v1.PeerList & ailee.v1.PeerList.$Shape} PeerList
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            PeerList.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.ailee.v1.PeerList();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if (!(message.workers && message.workers.length))
                                message.workers = [];
                            message.workers.push($root.ailee.v1.PeerInfo.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates a PeerList message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof ailee.v1.PeerList
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {ailee.v1.PeerList} PeerList
             */
            PeerList.fromObject = function (object, _depth) {
                if (object instanceof $root.ailee.v1.PeerList)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".ailee.v1.PeerList: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.ailee.v1.PeerList();
                if (object.workers) {
                    if (!$Array.isArray(object.workers))
                        throw $TypeError(".ailee.v1.PeerList.workers: array expected");
                    message.workers = $Array(object.workers.length);
                    for (let i = 0; i < object.workers.length; ++i) {
                        if (!$util.isObject(object.workers[i]))
                            throw $TypeError(".ailee.v1.PeerList.workers: object expected");
                        message.workers[i] = $root.ailee.v1.PeerInfo.fromObject(object.workers[i], _depth + 1);
                    }
                }
                return message;
            };

            /**
             * Creates a plain object from a PeerList message. Also converts values to other types if specified.
             * @function toObject
             * @memberof ailee.v1.PeerList
             * @static
             * @param {ailee.v1.PeerList} message PeerList
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            PeerList.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.workers = [];
                if (message.workers && message.workers.length) {
                    object.workers = $Array(message.workers.length);
                    for (let j = 0; j < message.workers.length; ++j)
                        object.workers[j] = $root.ailee.v1.PeerInfo.toObject(message.workers[j], options, _depth + 1);
                }
                return object;
            };

            /**
             * Converts this PeerList to JSON.
             * @function toJSON
             * @memberof ailee.v1.PeerList
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            PeerList.prototype.toJSON = function() {
                return PeerList.toObject(this, $protobuf.util.toJSONOptions);
            };

            return PeerList;
        })();

        /**
         * ErrorCode enum.
         * @name ailee.v1.ErrorCode
         * @enum {number}
         * @property {number} ERROR_CODE_UNSPECIFIED=0 ERROR_CODE_UNSPECIFIED value
         * @property {number} ERROR_CODE_INVALID_MESSAGE=1 ERROR_CODE_INVALID_MESSAGE value
         * @property {number} ERROR_CODE_MESSAGE_TOO_LARGE=2 ERROR_CODE_MESSAGE_TOO_LARGE value
         * @property {number} ERROR_CODE_WRONG_NETWORK=3 ERROR_CODE_WRONG_NETWORK value
         * @property {number} ERROR_CODE_NOT_FOUND=4 ERROR_CODE_NOT_FOUND value
         * @property {number} ERROR_CODE_REJECTED=5 ERROR_CODE_REJECTED value
         * @property {number} ERROR_CODE_RATE_LIMITED=6 ERROR_CODE_RATE_LIMITED value
         * @property {number} ERROR_CODE_SHUTTING_DOWN=7 ERROR_CODE_SHUTTING_DOWN value
         * @property {number} ERROR_CODE_UNSUPPORTED=8 ERROR_CODE_UNSUPPORTED value
         * @property {number} ERROR_CODE_INTERNAL=9 ERROR_CODE_INTERNAL value
         */
        v1.ErrorCode = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "ERROR_CODE_UNSPECIFIED"] = 0;
            values[valuesById[1] = "ERROR_CODE_INVALID_MESSAGE"] = 1;
            values[valuesById[2] = "ERROR_CODE_MESSAGE_TOO_LARGE"] = 2;
            values[valuesById[3] = "ERROR_CODE_WRONG_NETWORK"] = 3;
            values[valuesById[4] = "ERROR_CODE_NOT_FOUND"] = 4;
            values[valuesById[5] = "ERROR_CODE_REJECTED"] = 5;
            values[valuesById[6] = "ERROR_CODE_RATE_LIMITED"] = 6;
            values[valuesById[7] = "ERROR_CODE_SHUTTING_DOWN"] = 7;
            values[valuesById[8] = "ERROR_CODE_UNSUPPORTED"] = 8;
            values[valuesById[9] = "ERROR_CODE_INTERNAL"] = 9;
            return values;
        })();

        v1.Error = (function() {

            /**
             * Properties of an Error.
             * @typedef {Object} ailee.v1.Error.$Properties
             * @property {ailee.v1.ErrorCode|null} [code] Error code
             * @property {string|null} [message] Error message
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an Error.
             * @memberof ailee.v1
             * @interface IError
             * @augments ailee.v1.Error.$Properties
             * @deprecated Use ailee.v1.Error.$Properties instead.
             */

            /**
             * Shape of an Error.
             * @typedef {ailee.v1.Error.$Properties} ailee.v1.Error.$Shape
             */

            /**
             * Constructs a new Error.
             * @memberof ailee.v1
             * @classdesc Represents an Error.
             * @constructor
             * @param {ailee.v1.Error.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Error = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Error code.
             * @member {ailee.v1.ErrorCode} code
             * @memberof ailee.v1.Error
             * @instance
             */
            Error.prototype.code = 0;

            /**
             * Error message.
             * @member {string} message
             * @memberof ailee.v1.Error
             * @instance
             */
            Error.prototype.message = "";

            /**
             * Creates a new Error instance using the specified properties.
             * @function create
             * @memberof ailee.v1.Error
             * @static
             * @param {ailee.v1.Error.$Properties=} [properties] Properties to set
             * @returns {ailee.v1.Error} Error instance
             * @type {{
             *   (properties: ailee.v1.Error.$Shape): ailee.v1.Error & ailee.v1.Error.$Shape;
             *   (properties?: ailee.v1.Error.$Properties): ailee.v1.Error;
             * }}
             */
            Error.create = function(properties) {
                return new Error(properties);
            };

            /**
             * Encodes the specified Error message. Does not implicitly {@link ailee.v1.Error.verify|verify} messages.
             * @function encode
             * @memberof ailee.v1.Error
             * @static
             * @param {ailee.v1.Error.$Properties} message Error message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Error.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.code != null && $Object.hasOwnProperty.call(message, "code") && message.code !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).int32(message.code);
                if (message.message != null && $Object.hasOwnProperty.call(message, "message") && message.message !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.message);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an Error message from the specified reader or buffer.
             * @function decode
             * @memberof ailee.v1.Error
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {ailee.v1.Error & ailee.v1.Error.$Shape} Error
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Error.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.ailee.v1.Error();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.code = value;
                            else
                                delete message.code;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.message = value;
                            else
                                delete message.message;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates an Error message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof ailee.v1.Error
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {ailee.v1.Error} Error
             */
            Error.fromObject = function (object, _depth) {
                if (object instanceof $root.ailee.v1.Error)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".ailee.v1.Error: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.ailee.v1.Error();
                if (object.code !== 0 && (typeof object.code !== "string" || $root.ailee.v1.ErrorCode[object.code] !== 0))
                    switch (object.code) {
                    case "ERROR_CODE_UNSPECIFIED":
                    case 0:
                        message.code = 0;
                        break;
                    case "ERROR_CODE_INVALID_MESSAGE":
                    case 1:
                        message.code = 1;
                        break;
                    case "ERROR_CODE_MESSAGE_TOO_LARGE":
                    case 2:
                        message.code = 2;
                        break;
                    case "ERROR_CODE_WRONG_NETWORK":
                    case 3:
                        message.code = 3;
                        break;
                    case "ERROR_CODE_NOT_FOUND":
                    case 4:
                        message.code = 4;
                        break;
                    case "ERROR_CODE_REJECTED":
                    case 5:
                        message.code = 5;
                        break;
                    case "ERROR_CODE_RATE_LIMITED":
                    case 6:
                        message.code = 6;
                        break;
                    case "ERROR_CODE_SHUTTING_DOWN":
                    case 7:
                        message.code = 7;
                        break;
                    case "ERROR_CODE_UNSUPPORTED":
                    case 8:
                        message.code = 8;
                        break;
                    case "ERROR_CODE_INTERNAL":
                    case 9:
                        message.code = 9;
                        break;
                    default:
                        if (typeof object.code === "number" && (object.code | 0) === object.code)
                            message.code = object.code;
                    }
                if (object.message != null)
                    if (typeof object.message !== "string" || object.message.length)
                        message.message = $String(object.message);
                return message;
            };

            /**
             * Creates a plain object from an Error message. Also converts values to other types if specified.
             * @function toObject
             * @memberof ailee.v1.Error
             * @static
             * @param {ailee.v1.Error} message Error
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Error.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.code = options.enums === $String ? "ERROR_CODE_UNSPECIFIED" : 0;
                    object.message = "";
                }
                if (message.code != null && $Object.hasOwnProperty.call(message, "code"))
                    object.code = options.enums === $String ? $root.ailee.v1.ErrorCode[message.code] === $undefined ? message.code : $root.ailee.v1.ErrorCode[message.code] : message.code;
                if (message.message != null && $Object.hasOwnProperty.call(message, "message"))
                    object.message = message.message;
                return object;
            };

            /**
             * Converts this Error to JSON.
             * @function toJSON
             * @memberof ailee.v1.Error
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Error.prototype.toJSON = function() {
                return Error.toObject(this, $protobuf.util.toJSONOptions);
            };

            return Error;
        })();

        v1.Response = (function() {

            /**
             * Properties of a Response.
             * @typedef {Object} ailee.v1.Response.$Properties
             * @property {ailee.v1.TaskEvent.$Properties|null} [event] Response event
             * @property {ailee.v1.BidAck.$Properties|null} [bidAck] Response bidAck
             * @property {ailee.v1.AssignAck.$Properties|null} [assignAck] Response assignAck
             * @property {ailee.v1.Ack.$Properties|null} [ack] Response ack
             * @property {ailee.v1.TaskStatusReport.$Properties|null} [status] Response status
             * @property {ailee.v1.PeerList.$Properties|null} [peers] Response peers
             * @property {ailee.v1.AccountBalance.$Properties|null} [balance] Response balance
             * @property {ailee.v1.ReceiptProof.$Properties|null} [proof] Response proof
             * @property {ailee.v1.Error.$Properties|null} [error] Response error
             * @property {ailee.v1.CoordinatorList.$Properties|null} [coordinators] Response coordinators
             * @property {ailee.v1.ChainHeads.$Properties|null} [chainHeads] Response chainHeads
             * @property {ailee.v1.BlockRange.$Properties|null} [blockRange] Response blockRange
             * @property {"event"|"bidAck"|"assignAck"|"ack"|"status"|"peers"|"balance"|"proof"|"error"|"coordinators"|"chainHeads"|"blockRange"} [body] Response body
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Response.
             * @memberof ailee.v1
             * @interface IResponse
             * @augments ailee.v1.Response.$Properties
             * @deprecated Use ailee.v1.Response.$Properties instead.
             */

            /**
             * Narrowed shape of a Response.
             * @typedef {{
             *   event?: ailee.v1.TaskEvent.$Shape|null;
             *   bidAck?: ailee.v1.BidAck.$Shape|null;
             *   assignAck?: ailee.v1.AssignAck.$Shape|null;
             *   ack?: ailee.v1.Ack.$Shape|null;
             *   status?: ailee.v1.TaskStatusReport.$Shape|null;
             *   peers?: ailee.v1.PeerList.$Shape|null;
             *   balance?: ailee.v1.AccountBalance.$Shape|null;
             *   proof?: ailee.v1.ReceiptProof.$Shape|null;
             *   error?: ailee.v1.Error.$Shape|null;
             *   coordinators?: ailee.v1.CoordinatorList.$Shape|null;
             *   chainHeads?: ailee.v1.ChainHeads.$Shape|null;
             *   blockRange?: ailee.v1.BlockRange.$Shape|null;
             *   $unknowns?: Array.<Uint8Array>;
             * } & (
             *   ({ body?: undefined; event?: null; bidAck?: null; assignAck?: null; ack?: null; status?: null; peers?: null; balance?: null; proof?: null; error?: null; coordinators?: null; chainHeads?: null; blockRange?: null }|{ body?: "event"; event: ailee.v1.TaskEvent.$Shape; bidAck?: null; assignAck?: null; ack?: null; status?: null; peers?: null; balance?: null; proof?: null; error?: null; coordinators?: null; chainHeads?: null; blockRange?: null }|{ body?: "bidAck"; event?: null; bidAck: ailee.v1.BidAck.$Shape; assignAck?: null; ack?: null; status?: null; peers?: null; balance?: null; proof?: null; error?: null; coordinators?: null; chainHeads?: null; blockRange?: null }|{ body?: "assignAck"; event?: null; bidAck?: null; assignAck: ailee.v1.AssignAck.$Shape; ack?: null; status?: null; peers?: null; balance?: null; proof?: null; error?: null; coordinators?: null; chainHeads?: null; blockRange?: null }|{ body?: "ack"; event?: null; bidAck?: null; assignAck?: null; ack: ailee.v1.Ack.$Shape; status?: null; peers?: null; balance?: null; proof?: null; error?: null; coordinators?: null; chainHeads?: null; blockRange?: null }|{ body?: "status"; event?: null; bidAck?: null; assignAck?: null; ack?: null; status: ailee.v1.TaskStatusReport.$Shape; peers?: null; balance?: null; proof?: null; error?: null; coordinators?: null; chainHeads?: null; blockRange?: null }|{ body?: "peers"; event?: null; bidAck?: null; assignAck?: null; ack?: null; status?: null; peers: ailee.v1.PeerList.$Shape; balance?: null; proof?: null; error?: null; coordinators?: null; chainHeads?: null; blockRange?: null }|{ body?: "balance"; event?: null; bidAck?: null; assignAck?: null; ack?: null; status?: null; peers?: null; balance: ailee.v1.AccountBalance.$Shape; proof?: null; error?: null; coordinators?: null; chainHeads?: null; blockRange?: null }|{ body?: "proof"; event?: null; bidAck?: null; assignAck?: null; ack?: null; status?: null; peers?: null; balance?: null; proof: ailee.v1.ReceiptProof.$Shape; error?: null; coordinators?: null; chainHeads?: null; blockRange?: null }|{ body?: "error"; event?: null; bidAck?: null; assignAck?: null; ack?: null; status?: null; peers?: null; balance?: null; proof?: null; error: ailee.v1.Error.$Shape; coordinators?: null; chainHeads?: null; blockRange?: null }|{ body?: "coordinators"; event?: null; bidAck?: null; assignAck?: null; ack?: null; status?: null; peers?: null; balance?: null; proof?: null; error?: null; coordinators: ailee.v1.CoordinatorList.$Shape; chainHeads?: null; blockRange?: null }|{ body?: "chainHeads"; event?: null; bidAck?: null; assignAck?: null; ack?: null; status?: null; peers?: null; balance?: null; proof?: null; error?: null; coordinators?: null; chainHeads: ailee.v1.ChainHeads.$Shape; blockRange?: null }|{ body?: "blockRange"; event?: null; bidAck?: null; assignAck?: null; ack?: null; status?: null; peers?: null; balance?: null; proof?: null; error?: null; coordinators?: null; chainHeads?: null; blockRange: ailee.v1.BlockRange.$Shape })
             * )} ailee.v1.Response.$Shape
             */

            /**
             * Constructs a new Response.
             * @memberof ailee.v1
             * @classdesc Represents a Response.
             * @constructor
             * @param {ailee.v1.Response.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Response = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Response event.
             * @member {ailee.v1.TaskEvent.$Properties|null|undefined} event
             * @memberof ailee.v1.Response
             * @instance
             */
            Response.prototype.event = null;

            /**
             * Response bidAck.
             * @member {ailee.v1.BidAck.$Properties|null|undefined} bidAck
             * @memberof ailee.v1.Response
             * @instance
             */
            Response.prototype.bidAck = null;

            /**
             * Response assignAck.
             * @member {ailee.v1.AssignAck.$Properties|null|undefined} assignAck
             * @memberof ailee.v1.Response
             * @instance
             */
            Response.prototype.assignAck = null;

            /**
             * Response ack.
             * @member {ailee.v1.Ack.$Properties|null|undefined} ack
             * @memberof ailee.v1.Response
             * @instance
             */
            Response.prototype.ack = null;

            /**
             * Response status.
             * @member {ailee.v1.TaskStatusReport.$Properties|null|undefined} status
             * @memberof ailee.v1.Response
             * @instance
             */
            Response.prototype.status = null;

            /**
             * Response peers.
             * @member {ailee.v1.PeerList.$Properties|null|undefined} peers
             * @memberof ailee.v1.Response
             * @instance
             */
            Response.prototype.peers = null;

            /**
             * Response balance.
             * @member {ailee.v1.AccountBalance.$Properties|null|undefined} balance
             * @memberof ailee.v1.Response
             * @instance
             */
            Response.prototype.balance = null;

            /**
             * Response proof.
             * @member {ailee.v1.ReceiptProof.$Properties|null|undefined} proof
             * @memberof ailee.v1.Response
             * @instance
             */
            Response.prototype.proof = null;

            /**
             * Response error.
             * @member {ailee.v1.Error.$Properties|null|undefined} error
             * @memberof ailee.v1.Response
             * @instance
             */
            Response.prototype.error = null;

            /**
             * Response coordinators.
             * @member {ailee.v1.CoordinatorList.$Properties|null|undefined} coordinators
             * @memberof ailee.v1.Response
             * @instance
             */
            Response.prototype.coordinators = null;

            /**
             * Response chainHeads.
             * @member {ailee.v1.ChainHeads.$Properties|null|undefined} chainHeads
             * @memberof ailee.v1.Response
             * @instance
             */
            Response.prototype.chainHeads = null;

            /**
             * Response blockRange.
             * @member {ailee.v1.BlockRange.$Properties|null|undefined} blockRange
             * @memberof ailee.v1.Response
             * @instance
             */
            Response.prototype.blockRange = null;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            /**
             * Response body.
             * @member {"event"|"bidAck"|"assignAck"|"ack"|"status"|"peers"|"balance"|"proof"|"error"|"coordinators"|"chainHeads"|"blockRange"|undefined} body
             * @memberof ailee.v1.Response
             * @instance
             */
            $Object.defineProperty(Response.prototype, "body", {
                get: $util.oneOfGetter($oneOfFields = ["event", "bidAck", "assignAck", "ack", "status", "peers", "balance", "proof", "error", "coordinators", "chainHeads", "blockRange"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Creates a new Response instance using the specified properties.
             * @function create
             * @memberof ailee.v1.Response
             * @static
             * @param {ailee.v1.Response.$Properties=} [properties] Properties to set
             * @returns {ailee.v1.Response} Response instance
             * @type {{
             *   (properties: ailee.v1.Response.$Shape): ailee.v1.Response & ailee.v1.Response.$Shape;
             *   (properties?: ailee.v1.Response.$Properties): ailee.v1.Response;
             * }}
             */
            Response.create = function(properties) {
                return new Response(properties);
            };

            /**
             * Encodes the specified Response message. Does not implicitly {@link ailee.v1.Response.verify|verify} messages.
             * @function encode
             * @memberof ailee.v1.Response
             * @static
             * @param {ailee.v1.Response.$Properties} message Response message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Response.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.event != null && $Object.hasOwnProperty.call(message, "event"))
                    $root.ailee.v1.TaskEvent.encode(message.event, writer.uint32(/* id 10, wireType 2 =*/82).fork(), _depth + 1).ldelim();
                if (message.bidAck != null && $Object.hasOwnProperty.call(message, "bidAck"))
                    $root.ailee.v1.BidAck.encode(message.bidAck, writer.uint32(/* id 11, wireType 2 =*/90).fork(), _depth + 1).ldelim();
                if (message.assignAck != null && $Object.hasOwnProperty.call(message, "assignAck"))
                    $root.ailee.v1.AssignAck.encode(message.assignAck, writer.uint32(/* id 12, wireType 2 =*/98).fork(), _depth + 1).ldelim();
                if (message.ack != null && $Object.hasOwnProperty.call(message, "ack"))
                    $root.ailee.v1.Ack.encode(message.ack, writer.uint32(/* id 13, wireType 2 =*/106).fork(), _depth + 1).ldelim();
                if (message.status != null && $Object.hasOwnProperty.call(message, "status"))
                    $root.ailee.v1.TaskStatusReport.encode(message.status, writer.uint32(/* id 14, wireType 2 =*/114).fork(), _depth + 1).ldelim();
                if (message.peers != null && $Object.hasOwnProperty.call(message, "peers"))
                    $root.ailee.v1.PeerList.encode(message.peers, writer.uint32(/* id 15, wireType 2 =*/122).fork(), _depth + 1).ldelim();
                if (message.balance != null && $Object.hasOwnProperty.call(message, "balance"))
                    $root.ailee.v1.AccountBalance.encode(message.balance, writer.uint32(/* id 16, wireType 2 =*/130).fork(), _depth + 1).ldelim();
                if (message.proof != null && $Object.hasOwnProperty.call(message, "proof"))
                    $root.ailee.v1.ReceiptProof.encode(message.proof, writer.uint32(/* id 17, wireType 2 =*/138).fork(), _depth + 1).ldelim();
                if (message.error != null && $Object.hasOwnProperty.call(message, "error"))
                    $root.ailee.v1.Error.encode(message.error, writer.uint32(/* id 20, wireType 2 =*/162).fork(), _depth + 1).ldelim();
                if (message.coordinators != null && $Object.hasOwnProperty.call(message, "coordinators"))
                    $root.ailee.v1.CoordinatorList.encode(message.coordinators, writer.uint32(/* id 40, wireType 2 =*/322).fork(), _depth + 1).ldelim();
                if (message.chainHeads != null && $Object.hasOwnProperty.call(message, "chainHeads"))
                    $root.ailee.v1.ChainHeads.encode(message.chainHeads, writer.uint32(/* id 50, wireType 2 =*/402).fork(), _depth + 1).ldelim();
                if (message.blockRange != null && $Object.hasOwnProperty.call(message, "blockRange"))
                    $root.ailee.v1.BlockRange.encode(message.blockRange, writer.uint32(/* id 51, wireType 2 =*/410).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Response message from the specified reader or buffer.
             * @function decode
             * @memberof ailee.v1.Response
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {ailee.v1.Response & ailee.v1.Response.$Shape} Response
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Response.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.ailee.v1.Response();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 10: {
                            if (wireType !== 2)
                                break;
                            message.event = $root.ailee.v1.TaskEvent.decode(reader, reader.size(), $undefined, _depth + 1, message.event);
                            message.body = "event";
                            continue;
                        }
                    case 11: {
                            if (wireType !== 2)
                                break;
                            message.bidAck = $root.ailee.v1.BidAck.decode(reader, reader.size(), $undefined, _depth + 1, message.bidAck);
                            message.body = "bidAck";
                            continue;
                        }
                    case 12: {
                            if (wireType !== 2)
                                break;
                            message.assignAck = $root.ailee.v1.AssignAck.decode(reader, reader.size(), $undefined, _depth + 1, message.assignAck);
                            message.body = "assignAck";
                            continue;
                        }
                    case 13: {
                            if (wireType !== 2)
                                break;
                            message.ack = $root.ailee.v1.Ack.decode(reader, reader.size(), $undefined, _depth + 1, message.ack);
                            message.body = "ack";
                            continue;
                        }
                    case 14: {
                            if (wireType !== 2)
                                break;
                            message.status = $root.ailee.v1.TaskStatusReport.decode(reader, reader.size(), $undefined, _depth + 1, message.status);
                            message.body = "status";
                            continue;
                        }
                    case 15: {
                            if (wireType !== 2)
                                break;
                            message.peers = $root.ailee.v1.PeerList.decode(reader, reader.size(), $undefined, _depth + 1, message.peers);
                            message.body = "peers";
                            continue;
                        }
                    case 16: {
                            if (wireType !== 2)
                                break;
                            message.balance = $root.ailee.v1.AccountBalance.decode(reader, reader.size(), $undefined, _depth + 1, message.balance);
                            message.body = "balance";
                            continue;
                        }
                    case 17: {
                            if (wireType !== 2)
                                break;
                            message.proof = $root.ailee.v1.ReceiptProof.decode(reader, reader.size(), $undefined, _depth + 1, message.proof);
                            message.body = "proof";
                            continue;
                        }
                    case 20: {
                            if (wireType !== 2)
                                break;
                            message.error = $root.ailee.v1.Error.decode(reader, reader.size(), $undefined, _depth + 1, message.error);
                            message.body = "error";
                            continue;
                        }
                    case 40: {
                            if (wireType !== 2)
                                break;
                            message.coordinators = $root.ailee.v1.CoordinatorList.decode(reader, reader.size(), $undefined, _depth + 1, message.coordinators);
                            message.body = "coordinators";
                            continue;
                        }
                    case 50: {
                            if (wireType !== 2)
                                break;
                            message.chainHeads = $root.ailee.v1.ChainHeads.decode(reader, reader.size(), $undefined, _depth + 1, message.chainHeads);
                            message.body = "chainHeads";
                            continue;
                        }
                    case 51: {
                            if (wireType !== 2)
                                break;
                            message.blockRange = $root.ailee.v1.BlockRange.decode(reader, reader.size(), $undefined, _depth + 1, message.blockRange);
                            message.body = "blockRange";
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates a Response message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof ailee.v1.Response
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {ailee.v1.Response} Response
             */
            Response.fromObject = function (object, _depth) {
                if (object instanceof $root.ailee.v1.Response)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".ailee.v1.Response: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.ailee.v1.Response();
                if (object.event != null) {
                    if (!$util.isObject(object.event))
                        throw $TypeError(".ailee.v1.Response.event: object expected");
                    message.event = $root.ailee.v1.TaskEvent.fromObject(object.event, _depth + 1);
                }
                if (object.bidAck != null) {
                    if (!$util.isObject(object.bidAck))
                        throw $TypeError(".ailee.v1.Response.bidAck: object expected");
                    message.bidAck = $root.ailee.v1.BidAck.fromObject(object.bidAck, _depth + 1);
                }
                if (object.assignAck != null) {
                    if (!$util.isObject(object.assignAck))
                        throw $TypeError(".ailee.v1.Response.assignAck: object expected");
                    message.assignAck = $root.ailee.v1.AssignAck.fromObject(object.assignAck, _depth + 1);
                }
                if (object.ack != null) {
                    if (!$util.isObject(object.ack))
                        throw $TypeError(".ailee.v1.Response.ack: object expected");
                    message.ack = $root.ailee.v1.Ack.fromObject(object.ack, _depth + 1);
                }
                if (object.status != null) {
                    if (!$util.isObject(object.status))
                        throw $TypeError(".ailee.v1.Response.status: object expected");
                    message.status = $root.ailee.v1.TaskStatusReport.fromObject(object.status, _depth + 1);
                }
                if (object.peers != null) {
                    if (!$util.isObject(object.peers))
                        throw $TypeError(".ailee.v1.Response.peers: object expected");
                    message.peers = $root.ailee.v1.PeerList.fromObject(object.peers, _depth + 1);
                }
                if (object.balance != null) {
                    if (!$util.isObject(object.balance))
                        throw $TypeError(".ailee.v1.Response.balance: object expected");
                    message.balance = $root.ailee.v1.AccountBalance.fromObject(object.balance, _depth + 1);
                }
                if (object.proof != null) {
                    if (!$util.isObject(object.proof))
                        throw $TypeError(".ailee.v1.Response.proof: object expected");
                    message.proof = $root.ailee.v1.ReceiptProof.fromObject(object.proof, _depth + 1);
                }
                if (object.error != null) {
                    if (!$util.isObject(object.error))
                        throw $TypeError(".ailee.v1.Response.error: object expected");
                    message.error = $root.ailee.v1.Error.fromObject(object.error, _depth + 1);
                }
                if (object.coordinators != null) {
                    if (!$util.isObject(object.coordinators))
                        throw $TypeError(".ailee.v1.Response.coordinators: object expected");
                    message.coordinators = $root.ailee.v1.CoordinatorList.fromObject(object.coordinators, _depth + 1);
                }
                if (object.chainHeads != null) {
                    if (!$util.isObject(object.chainHeads))
                        throw $TypeError(".ailee.v1.Response.chainHeads: object expected");
                    message.chainHeads = $root.ailee.v1.ChainHeads.fromObject(object.chainHeads, _depth + 1);
                }
                if (object.blockRange != null) {
                    if (!$util.isObject(object.blockRange))
                        throw $TypeError(".ailee.v1.Response.blockRange: object expected");
                    message.blockRange = $root.ailee.v1.BlockRange.fromObject(object.blockRange, _depth + 1);
                }
                return message;
            };

            /**
             * Creates a plain object from a Response message. Also converts values to other types if specified.
             * @function toObject
             * @memberof ailee.v1.Response
             * @static
             * @param {ailee.v1.Response} message Response
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Response.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (message.event != null && $Object.hasOwnProperty.call(message, "event")) {
                    object.event = $root.ailee.v1.TaskEvent.toObject(message.event, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "event";
                }
                if (message.bidAck != null && $Object.hasOwnProperty.call(message, "bidAck")) {
                    object.bidAck = $root.ailee.v1.BidAck.toObject(message.bidAck, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "bidAck";
                }
                if (message.assignAck != null && $Object.hasOwnProperty.call(message, "assignAck")) {
                    object.assignAck = $root.ailee.v1.AssignAck.toObject(message.assignAck, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "assignAck";
                }
                if (message.ack != null && $Object.hasOwnProperty.call(message, "ack")) {
                    object.ack = $root.ailee.v1.Ack.toObject(message.ack, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "ack";
                }
                if (message.status != null && $Object.hasOwnProperty.call(message, "status")) {
                    object.status = $root.ailee.v1.TaskStatusReport.toObject(message.status, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "status";
                }
                if (message.peers != null && $Object.hasOwnProperty.call(message, "peers")) {
                    object.peers = $root.ailee.v1.PeerList.toObject(message.peers, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "peers";
                }
                if (message.balance != null && $Object.hasOwnProperty.call(message, "balance")) {
                    object.balance = $root.ailee.v1.AccountBalance.toObject(message.balance, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "balance";
                }
                if (message.proof != null && $Object.hasOwnProperty.call(message, "proof")) {
                    object.proof = $root.ailee.v1.ReceiptProof.toObject(message.proof, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "proof";
                }
                if (message.error != null && $Object.hasOwnProperty.call(message, "error")) {
                    object.error = $root.ailee.v1.Error.toObject(message.error, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "error";
                }
                if (message.coordinators != null && $Object.hasOwnProperty.call(message, "coordinators")) {
                    object.coordinators = $root.ailee.v1.CoordinatorList.toObject(message.coordinators, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "coordinators";
                }
                if (message.chainHeads != null && $Object.hasOwnProperty.call(message, "chainHeads")) {
                    object.chainHeads = $root.ailee.v1.ChainHeads.toObject(message.chainHeads, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "chainHeads";
                }
                if (message.blockRange != null && $Object.hasOwnProperty.call(message, "blockRange")) {
                    object.blockRange = $root.ailee.v1.BlockRange.toObject(message.blockRange, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "blockRange";
                }
                return object;
            };

            /**
             * Converts this Response to JSON.
             * @function toJSON
             * @memberof ailee.v1.Response
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Response.prototype.toJSON = function() {
                return Response.toObject(this, $protobuf.util.toJSONOptions);
            };

            return Response;
        })();

        v1.ChainHeadsQuery = (function() {

            /**
             * Properties of a ChainHeadsQuery.
             * @typedef {Object} ailee.v1.ChainHeadsQuery.$Properties
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ChainHeadsQuery.
             * @memberof ailee.v1
             * @interface IChainHeadsQuery
             * @augments ailee.v1.ChainHeadsQuery.$Properties
             * @deprecated Use ailee.v1.ChainHeadsQuery.$Properties instead.
             */

            /**
             * Shape of a ChainHeadsQuery.
             * @typedef {ailee.v1.ChainHeadsQuery.$Properties} ailee.v1.ChainHeadsQuery.$Shape
             */

            /**
             * Constructs a new ChainHeadsQuery.
             * @memberof ailee.v1
             * @classdesc Represents a ChainHeadsQuery.
             * @constructor
             * @param {ailee.v1.ChainHeadsQuery.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ChainHeadsQuery = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Creates a new ChainHeadsQuery instance using the specified properties.
             * @function create
             * @memberof ailee.v1.ChainHeadsQuery
             * @static
             * @param {ailee.v1.ChainHeadsQuery.$Properties=} [properties] Properties to set
             * @returns {ailee.v1.ChainHeadsQuery} ChainHeadsQuery instance
             * @type {{
             *   (properties: ailee.v1.ChainHeadsQuery.$Shape): ailee.v1.ChainHeadsQuery & ailee.v1.ChainHeadsQuery.$Shape;
             *   (properties?: ailee.v1.ChainHeadsQuery.$Properties): ailee.v1.ChainHeadsQuery;
             * }}
             */
            ChainHeadsQuery.create = function(properties) {
                return new ChainHeadsQuery(properties);
            };

            /**
             * Encodes the specified ChainHeadsQuery message. Does not implicitly {@link ailee.v1.ChainHeadsQuery.verify|verify} messages.
             * @function encode
             * @memberof ailee.v1.ChainHeadsQuery
             * @static
             * @param {ailee.v1.ChainHeadsQuery.$Properties} message ChainHeadsQuery message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ChainHeadsQuery.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a ChainHeadsQuery message from the specified reader or buffer.
             * @function decode
             * @memberof ailee.v1.ChainHeadsQuery
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {ailee.v1.ChainHeadsQuery & ailee.v1.ChainHeadsQuery.$Shape} ChainHeadsQuery
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ChainHeadsQuery.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.ailee.v1.ChainHeadsQuery();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    reader.skipType(tag & 7, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates a ChainHeadsQuery message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof ailee.v1.ChainHeadsQuery
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {ailee.v1.ChainHeadsQuery} ChainHeadsQuery
             */
            ChainHeadsQuery.fromObject = function (object, _depth) {
                if (object instanceof $root.ailee.v1.ChainHeadsQuery)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".ailee.v1.ChainHeadsQuery: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                return new $root.ailee.v1.ChainHeadsQuery();
            };

            /**
             * Creates a plain object from a ChainHeadsQuery message. Also converts values to other types if specified.
             * @function toObject
             * @memberof ailee.v1.ChainHeadsQuery
             * @static
             * @param {ailee.v1.ChainHeadsQuery} message ChainHeadsQuery
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ChainHeadsQuery.toObject = function () {
                return {};
            };

            /**
             * Converts this ChainHeadsQuery to JSON.
             * @function toJSON
             * @memberof ailee.v1.ChainHeadsQuery
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ChainHeadsQuery.prototype.toJSON = function() {
                return ChainHeadsQuery.toObject(this, $protobuf.util.toJSONOptions);
            };

            return ChainHeadsQuery;
        })();

        v1.ChainHeadInfo = (function() {

            /**
             * Properties of a ChainHeadInfo.
             * @typedef {Object} ailee.v1.ChainHeadInfo.$Properties
             * @property {string|null} [producerPeerId] ChainHeadInfo producerPeerId
             * @property {number|null} [height] ChainHeadInfo height
             * @property {Uint8Array|null} [headHash] ChainHeadInfo headHash
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ChainHeadInfo.
             * @memberof ailee.v1
             * @interface IChainHeadInfo
             * @augments ailee.v1.ChainHeadInfo.$Properties
             * @deprecated Use ailee.v1.ChainHeadInfo.$Properties instead.
             */

            /**
             * Shape of a ChainHeadInfo.
             * @typedef {ailee.v1.ChainHeadInfo.$Properties} ailee.v1.ChainHeadInfo.$Shape
             */

            /**
             * Constructs a new ChainHeadInfo.
             * @memberof ailee.v1
             * @classdesc Represents a ChainHeadInfo.
             * @constructor
             * @param {ailee.v1.ChainHeadInfo.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ChainHeadInfo = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ChainHeadInfo producerPeerId.
             * @member {string} producerPeerId
             * @memberof ailee.v1.ChainHeadInfo
             * @instance
             */
            ChainHeadInfo.prototype.producerPeerId = "";

            /**
             * ChainHeadInfo height.
             * @member {number} height
             * @memberof ailee.v1.ChainHeadInfo
             * @instance
             */
            ChainHeadInfo.prototype.height = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * ChainHeadInfo headHash.
             * @member {Uint8Array} headHash
             * @memberof ailee.v1.ChainHeadInfo
             * @instance
             */
            ChainHeadInfo.prototype.headHash = $util.newBuffer([]);

            /**
             * Creates a new ChainHeadInfo instance using the specified properties.
             * @function create
             * @memberof ailee.v1.ChainHeadInfo
             * @static
             * @param {ailee.v1.ChainHeadInfo.$Properties=} [properties] Properties to set
             * @returns {ailee.v1.ChainHeadInfo} ChainHeadInfo instance
             * @type {{
             *   (properties: ailee.v1.ChainHeadInfo.$Shape): ailee.v1.ChainHeadInfo & ailee.v1.ChainHeadInfo.$Shape;
             *   (properties?: ailee.v1.ChainHeadInfo.$Properties): ailee.v1.ChainHeadInfo;
             * }}
             */
            ChainHeadInfo.create = function(properties) {
                return new ChainHeadInfo(properties);
            };

            /**
             * Encodes the specified ChainHeadInfo message. Does not implicitly {@link ailee.v1.ChainHeadInfo.verify|verify} messages.
             * @function encode
             * @memberof ailee.v1.ChainHeadInfo
             * @static
             * @param {ailee.v1.ChainHeadInfo.$Properties} message ChainHeadInfo message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ChainHeadInfo.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.producerPeerId != null && $Object.hasOwnProperty.call(message, "producerPeerId") && message.producerPeerId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.producerPeerId);
                if (message.height != null && $Object.hasOwnProperty.call(message, "height") && (typeof message.height === "object" ? message.height.low || message.height.high : message.height !== 0))
                    writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.height);
                if (message.headHash != null && $Object.hasOwnProperty.call(message, "headHash") && message.headHash.length)
                    writer.uint32(/* id 3, wireType 2 =*/26).bytes(message.headHash);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a ChainHeadInfo message from the specified reader or buffer.
             * @function decode
             * @memberof ailee.v1.ChainHeadInfo
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {ailee.v1.ChainHeadInfo & ailee.v1.ChainHeadInfo.$Shape} ChainHeadInfo
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ChainHeadInfo.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.ailee.v1.ChainHeadInfo();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.producerPeerId = value;
                            else
                                delete message.producerPeerId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.height = value;
                            else
                                delete message.height;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.headHash = value;
                            else
                                delete message.headHash;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates a ChainHeadInfo message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof ailee.v1.ChainHeadInfo
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {ailee.v1.ChainHeadInfo} ChainHeadInfo
             */
            ChainHeadInfo.fromObject = function (object, _depth) {
                if (object instanceof $root.ailee.v1.ChainHeadInfo)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".ailee.v1.ChainHeadInfo: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.ailee.v1.ChainHeadInfo();
                if (object.producerPeerId != null)
                    if (typeof object.producerPeerId !== "string" || object.producerPeerId.length)
                        message.producerPeerId = $String(object.producerPeerId);
                if (object.height != null)
                    if (typeof object.height === "object" ? object.height.low || object.height.high : $Number(object.height) !== 0)
                        if ($util.Long)
                            message.height = $util.Long.fromValue(object.height, true);
                        else if (typeof object.height === "string")
                            message.height = $parseInt(object.height, 10);
                        else if (typeof object.height === "number")
                            message.height = object.height;
                        else if (typeof object.height === "object")
                            message.height = new $util.LongBits(object.height.low >>> 0, object.height.high >>> 0).toNumber(true);
                if (object.headHash != null)
                    if (object.headHash.length)
                        if (typeof object.headHash === "string")
                            $util.base64.decode(object.headHash, message.headHash = $util.newBuffer($util.base64.length(object.headHash)), 0);
                        else if (object.headHash.length >= 0)
                            message.headHash = object.headHash;
                return message;
            };

            /**
             * Creates a plain object from a ChainHeadInfo message. Also converts values to other types if specified.
             * @function toObject
             * @memberof ailee.v1.ChainHeadInfo
             * @static
             * @param {ailee.v1.ChainHeadInfo} message ChainHeadInfo
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ChainHeadInfo.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.producerPeerId = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.height = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.height = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if (options.bytes === $String)
                        object.headHash = "";
                    else {
                        object.headHash = [];
                        if (options.bytes !== $Array)
                            object.headHash = $util.newBuffer(object.headHash);
                    }
                }
                if (message.producerPeerId != null && $Object.hasOwnProperty.call(message, "producerPeerId"))
                    object.producerPeerId = message.producerPeerId;
                if (message.height != null && $Object.hasOwnProperty.call(message, "height"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.height = typeof message.height === "number" ? $BigInt(message.height) : $util.Long.fromBits(message.height.low >>> 0, message.height.high >>> 0, true).toBigInt();
                    else if (typeof message.height === "number")
                        object.height = options.longs === $String ? $String(message.height) : message.height;
                    else
                        object.height = options.longs === $String ? $util.Long.prototype.toString.call(message.height) : options.longs === $Number ? new $util.LongBits(message.height.low >>> 0, message.height.high >>> 0).toNumber(true) : message.height;
                if (message.headHash != null && $Object.hasOwnProperty.call(message, "headHash"))
                    object.headHash = options.bytes === $String ? $util.base64.encode(message.headHash, 0, message.headHash.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.headHash) : message.headHash;
                return object;
            };

            /**
             * Converts this ChainHeadInfo to JSON.
             * @function toJSON
             * @memberof ailee.v1.ChainHeadInfo
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ChainHeadInfo.prototype.toJSON = function() {
                return ChainHeadInfo.toObject(this, $protobuf.util.toJSONOptions);
            };

            return ChainHeadInfo;
        })();

        v1.ChainHeads = (function() {

            /**
             * Properties of a ChainHeads.
             * @typedef {Object} ailee.v1.ChainHeads.$Properties
             * @property {Array.<ailee.v1.ChainHeadInfo.$Properties>|null} [heads] ChainHeads heads
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ChainHeads.
             * @memberof ailee.v1
             * @interface IChainHeads
             * @augments ailee.v1.ChainHeads.$Properties
             * @deprecated Use ailee.v1.ChainHeads.$Properties instead.
             */

            /**
             * Shape of a ChainHeads.
             * @typedef {ailee.v1.ChainHeads.$Properties} ailee.v1.ChainHeads.$Shape
             */

            /**
             * Constructs a new ChainHeads.
             * @memberof ailee.v1
             * @classdesc Represents a ChainHeads.
             * @constructor
             * @param {ailee.v1.ChainHeads.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ChainHeads = function (properties) {
                this.heads = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ChainHeads heads.
             * @member {Array.<ailee.v1.ChainHeadInfo.$Properties>} heads
             * @memberof ailee.v1.ChainHeads
             * @instance
             */
            ChainHeads.prototype.heads = $util.emptyArray;

            /**
             * Creates a new ChainHeads instance using the specified properties.
             * @function create
             * @memberof ailee.v1.ChainHeads
             * @static
             * @param {ailee.v1.ChainHeads.$Properties=} [properties] Properties to set
             * @returns {ailee.v1.ChainHeads} ChainHeads instance
             * @type {{
             *   (properties: ailee.v1.ChainHeads.$Shape): ailee.v1.ChainHeads & ailee.v1.ChainHeads.$Shape;
             *   (properties?: ailee.v1.ChainHeads.$Properties): ailee.v1.ChainHeads;
             * }}
             */
            ChainHeads.create = function(properties) {
                return new ChainHeads(properties);
            };

            /**
             * Encodes the specified ChainHeads message. Does not implicitly {@link ailee.v1.ChainHeads.verify|verify} messages.
             * @function encode
             * @memberof ailee.v1.ChainHeads
             * @static
             * @param {ailee.v1.ChainHeads.$Properties} message ChainHeads message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ChainHeads.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.heads != null && message.heads.length)
                    for (let i = 0; i < message.heads.length; ++i)
                        $root.ailee.v1.ChainHeadInfo.encode(message.heads[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a ChainHeads message from the specified reader or buffer.
             * @function decode
             * @memberof ailee.v1.ChainHeads
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {ailee.v1.ChainHeads & ailee.v1.ChainHeads.$Shape} ChainHeads
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ChainHeads.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.ailee.v1.ChainHeads();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if (!(message.heads && message.heads.length))
                                message.heads = [];
                            message.heads.push($root.ailee.v1.ChainHeadInfo.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates a ChainHeads message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof ailee.v1.ChainHeads
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {ailee.v1.ChainHeads} ChainHeads
             */
            ChainHeads.fromObject = function (object, _depth) {
                if (object instanceof $root.ailee.v1.ChainHeads)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".ailee.v1.ChainHeads: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.ailee.v1.ChainHeads();
                if (object.heads) {
                    if (!$Array.isArray(object.heads))
                        throw $TypeError(".ailee.v1.ChainHeads.heads: array expected");
                    message.heads = $Array(object.heads.length);
                    for (let i = 0; i < object.heads.length; ++i) {
                        if (!$util.isObject(object.heads[i]))
                            throw $TypeError(".ailee.v1.ChainHeads.heads: object expected");
                        message.heads[i] = $root.ailee.v1.ChainHeadInfo.fromObject(object.heads[i], _depth + 1);
                    }
                }
                return message;
            };

            /**
             * Creates a plain object from a ChainHeads message. Also converts values to other types if specified.
             * @function toObject
             * @memberof ailee.v1.ChainHeads
             * @static
             * @param {ailee.v1.ChainHeads} message ChainHeads
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ChainHeads.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.heads = [];
                if (message.heads && message.heads.length) {
                    object.heads = $Array(message.heads.length);
                    for (let j = 0; j < message.heads.length; ++j)
                        object.heads[j] = $root.ailee.v1.ChainHeadInfo.toObject(message.heads[j], options, _depth + 1);
                }
                return object;
            };

            /**
             * Converts this ChainHeads to JSON.
             * @function toJSON
             * @memberof ailee.v1.ChainHeads
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ChainHeads.prototype.toJSON = function() {
                return ChainHeads.toObject(this, $protobuf.util.toJSONOptions);
            };

            return ChainHeads;
        })();

        v1.BlockRangeQuery = (function() {

            /**
             * Properties of a BlockRangeQuery.
             * @typedef {Object} ailee.v1.BlockRangeQuery.$Properties
             * @property {string|null} [producerPeerId] BlockRangeQuery producerPeerId
             * @property {number|null} [fromHeight] BlockRangeQuery fromHeight
             * @property {number|null} [count] BlockRangeQuery count
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a BlockRangeQuery.
             * @memberof ailee.v1
             * @interface IBlockRangeQuery
             * @augments ailee.v1.BlockRangeQuery.$Properties
             * @deprecated Use ailee.v1.BlockRangeQuery.$Properties instead.
             */

            /**
             * Shape of a BlockRangeQuery.
             * @typedef {ailee.v1.BlockRangeQuery.$Properties} ailee.v1.BlockRangeQuery.$Shape
             */

            /**
             * Constructs a new BlockRangeQuery.
             * @memberof ailee.v1
             * @classdesc Represents a BlockRangeQuery.
             * @constructor
             * @param {ailee.v1.BlockRangeQuery.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const BlockRangeQuery = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * BlockRangeQuery producerPeerId.
             * @member {string} producerPeerId
             * @memberof ailee.v1.BlockRangeQuery
             * @instance
             */
            BlockRangeQuery.prototype.producerPeerId = "";

            /**
             * BlockRangeQuery fromHeight.
             * @member {number} fromHeight
             * @memberof ailee.v1.BlockRangeQuery
             * @instance
             */
            BlockRangeQuery.prototype.fromHeight = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * BlockRangeQuery count.
             * @member {number} count
             * @memberof ailee.v1.BlockRangeQuery
             * @instance
             */
            BlockRangeQuery.prototype.count = 0;

            /**
             * Creates a new BlockRangeQuery instance using the specified properties.
             * @function create
             * @memberof ailee.v1.BlockRangeQuery
             * @static
             * @param {ailee.v1.BlockRangeQuery.$Properties=} [properties] Properties to set
             * @returns {ailee.v1.BlockRangeQuery} BlockRangeQuery instance
             * @type {{
             *   (properties: ailee.v1.BlockRangeQuery.$Shape): ailee.v1.BlockRangeQuery & ailee.v1.BlockRangeQuery.$Shape;
             *   (properties?: ailee.v1.BlockRangeQuery.$Properties): ailee.v1.BlockRangeQuery;
             * }}
             */
            BlockRangeQuery.create = function(properties) {
                return new BlockRangeQuery(properties);
            };

            /**
             * Encodes the specified BlockRangeQuery message. Does not implicitly {@link ailee.v1.BlockRangeQuery.verify|verify} messages.
             * @function encode
             * @memberof ailee.v1.BlockRangeQuery
             * @static
             * @param {ailee.v1.BlockRangeQuery.$Properties} message BlockRangeQuery message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            BlockRangeQuery.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.producerPeerId != null && $Object.hasOwnProperty.call(message, "producerPeerId") && message.producerPeerId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.producerPeerId);
                if (message.fromHeight != null && $Object.hasOwnProperty.call(message, "fromHeight") && (typeof message.fromHeight === "object" ? message.fromHeight.low || message.fromHeight.high : message.fromHeight !== 0))
                    writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.fromHeight);
                if (message.count != null && $Object.hasOwnProperty.call(message, "count") && message.count !== 0)
                    writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.count);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a BlockRangeQuery message from the specified reader or buffer.
             * @function decode
             * @memberof ailee.v1.BlockRangeQuery
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {ailee.v1.BlockRangeQuery & ailee.v1.BlockRangeQuery.$Shape} BlockRangeQuery
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            BlockRangeQuery.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.ailee.v1.BlockRangeQuery();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.producerPeerId = value;
                            else
                                delete message.producerPeerId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.fromHeight = value;
                            else
                                delete message.fromHeight;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.count = value;
                            else
                                delete message.count;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates a BlockRangeQuery message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof ailee.v1.BlockRangeQuery
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {ailee.v1.BlockRangeQuery} BlockRangeQuery
             */
            BlockRangeQuery.fromObject = function (object, _depth) {
                if (object instanceof $root.ailee.v1.BlockRangeQuery)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".ailee.v1.BlockRangeQuery: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.ailee.v1.BlockRangeQuery();
                if (object.producerPeerId != null)
                    if (typeof object.producerPeerId !== "string" || object.producerPeerId.length)
                        message.producerPeerId = $String(object.producerPeerId);
                if (object.fromHeight != null)
                    if (typeof object.fromHeight === "object" ? object.fromHeight.low || object.fromHeight.high : $Number(object.fromHeight) !== 0)
                        if ($util.Long)
                            message.fromHeight = $util.Long.fromValue(object.fromHeight, true);
                        else if (typeof object.fromHeight === "string")
                            message.fromHeight = $parseInt(object.fromHeight, 10);
                        else if (typeof object.fromHeight === "number")
                            message.fromHeight = object.fromHeight;
                        else if (typeof object.fromHeight === "object")
                            message.fromHeight = new $util.LongBits(object.fromHeight.low >>> 0, object.fromHeight.high >>> 0).toNumber(true);
                if (object.count != null)
                    if ($Number(object.count) !== 0)
                        message.count = object.count >>> 0;
                return message;
            };

            /**
             * Creates a plain object from a BlockRangeQuery message. Also converts values to other types if specified.
             * @function toObject
             * @memberof ailee.v1.BlockRangeQuery
             * @static
             * @param {ailee.v1.BlockRangeQuery} message BlockRangeQuery
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            BlockRangeQuery.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.producerPeerId = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.fromHeight = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.fromHeight = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.count = 0;
                }
                if (message.producerPeerId != null && $Object.hasOwnProperty.call(message, "producerPeerId"))
                    object.producerPeerId = message.producerPeerId;
                if (message.fromHeight != null && $Object.hasOwnProperty.call(message, "fromHeight"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.fromHeight = typeof message.fromHeight === "number" ? $BigInt(message.fromHeight) : $util.Long.fromBits(message.fromHeight.low >>> 0, message.fromHeight.high >>> 0, true).toBigInt();
                    else if (typeof message.fromHeight === "number")
                        object.fromHeight = options.longs === $String ? $String(message.fromHeight) : message.fromHeight;
                    else
                        object.fromHeight = options.longs === $String ? $util.Long.prototype.toString.call(message.fromHeight) : options.longs === $Number ? new $util.LongBits(message.fromHeight.low >>> 0, message.fromHeight.high >>> 0).toNumber(true) : message.fromHeight;
                if (message.count != null && $Object.hasOwnProperty.call(message, "count"))
                    object.count = message.count;
                return object;
            };

            /**
             * Converts this BlockRangeQuery to JSON.
             * @function toJSON
             * @memberof ailee.v1.BlockRangeQuery
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            BlockRangeQuery.prototype.toJSON = function() {
                return BlockRangeQuery.toObject(this, $protobuf.util.toJSONOptions);
            };

            return BlockRangeQuery;
        })();

        v1.BlockRange = (function() {

            /**
             * Properties of a BlockRange.
             * @typedef {Object} ailee.v1.BlockRange.$Properties
             * @property {Array.<Uint8Array>|null} [blocks] BlockRange blocks
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a BlockRange.
             * @memberof ailee.v1
             * @interface IBlockRange
             * @augments ailee.v1.BlockRange.$Properties
             * @deprecated Use ailee.v1.BlockRange.$Properties instead.
             */

            /**
             * Shape of a BlockRange.
             * @typedef {ailee.v1.BlockRange.$Properties} ailee.v1.BlockRange.$Shape
             */

            /**
             * Constructs a new BlockRange.
             * @memberof ailee.v1
             * @classdesc Represents a BlockRange.
             * @constructor
             * @param {ailee.v1.BlockRange.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const BlockRange = function (properties) {
                this.blocks = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * BlockRange blocks.
             * @member {Array.<Uint8Array>} blocks
             * @memberof ailee.v1.BlockRange
             * @instance
             */
            BlockRange.prototype.blocks = $util.emptyArray;

            /**
             * Creates a new BlockRange instance using the specified properties.
             * @function create
             * @memberof ailee.v1.BlockRange
             * @static
             * @param {ailee.v1.BlockRange.$Properties=} [properties] Properties to set
             * @returns {ailee.v1.BlockRange} BlockRange instance
             * @type {{
             *   (properties: ailee.v1.BlockRange.$Shape): ailee.v1.BlockRange & ailee.v1.BlockRange.$Shape;
             *   (properties?: ailee.v1.BlockRange.$Properties): ailee.v1.BlockRange;
             * }}
             */
            BlockRange.create = function(properties) {
                return new BlockRange(properties);
            };

            /**
             * Encodes the specified BlockRange message. Does not implicitly {@link ailee.v1.BlockRange.verify|verify} messages.
             * @function encode
             * @memberof ailee.v1.BlockRange
             * @static
             * @param {ailee.v1.BlockRange.$Properties} message BlockRange message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            BlockRange.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.blocks != null && message.blocks.length)
                    for (let i = 0; i < message.blocks.length; ++i)
                        writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.blocks[i]);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a BlockRange message from the specified reader or buffer.
             * @function decode
             * @memberof ailee.v1.BlockRange
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {ailee.v1.BlockRange & ailee.v1.BlockRange.$Shape} BlockRange
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            BlockRange.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.ailee.v1.BlockRange();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if (!(message.blocks && message.blocks.length))
                                message.blocks = [];
                            message.blocks.push(reader.bytes());
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates a BlockRange message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof ailee.v1.BlockRange
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {ailee.v1.BlockRange} BlockRange
             */
            BlockRange.fromObject = function (object, _depth) {
                if (object instanceof $root.ailee.v1.BlockRange)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".ailee.v1.BlockRange: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.ailee.v1.BlockRange();
                if (object.blocks) {
                    if (!$Array.isArray(object.blocks))
                        throw $TypeError(".ailee.v1.BlockRange.blocks: array expected");
                    message.blocks = $Array(object.blocks.length);
                    for (let i = 0; i < object.blocks.length; ++i)
                        if (typeof object.blocks[i] === "string")
                            $util.base64.decode(object.blocks[i], message.blocks[i] = $util.newBuffer($util.base64.length(object.blocks[i])), 0);
                        else if (object.blocks[i].length >= 0)
                            message.blocks[i] = object.blocks[i];
                }
                return message;
            };

            /**
             * Creates a plain object from a BlockRange message. Also converts values to other types if specified.
             * @function toObject
             * @memberof ailee.v1.BlockRange
             * @static
             * @param {ailee.v1.BlockRange} message BlockRange
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            BlockRange.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.blocks = [];
                if (message.blocks && message.blocks.length) {
                    object.blocks = $Array(message.blocks.length);
                    for (let j = 0; j < message.blocks.length; ++j)
                        object.blocks[j] = options.bytes === $String ? $util.base64.encode(message.blocks[j], 0, message.blocks[j].length) : options.bytes === $Array ? $Array.prototype.slice.call(message.blocks[j]) : message.blocks[j];
                }
                return object;
            };

            /**
             * Converts this BlockRange to JSON.
             * @function toJSON
             * @memberof ailee.v1.BlockRange
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            BlockRange.prototype.toJSON = function() {
                return BlockRange.toObject(this, $protobuf.util.toJSONOptions);
            };

            return BlockRange;
        })();

        return v1;
    })();

    return ailee;
})();

export {
  $root as default
};
