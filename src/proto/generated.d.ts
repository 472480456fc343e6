import * as $protobuf from "protobufjs";
import Long = require("long");

export namespace ailee {

    namespace v1 {

        interface IResourceLimits extends ailee.v1.ResourceLimits.$Properties {
        }

        class ResourceLimits {
            constructor(properties?: ailee.v1.ResourceLimits.$Properties);
            $unknowns?: Uint8Array[];
            memoryPages: number;
            executionMs: number;
            maxOutputBytes: number;
            static create(properties: ailee.v1.ResourceLimits.$Shape): ailee.v1.ResourceLimits & ailee.v1.ResourceLimits.$Shape;
            static create(properties?: ailee.v1.ResourceLimits.$Properties): ailee.v1.ResourceLimits;
            static encode(message: ailee.v1.ResourceLimits.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ailee.v1.ResourceLimits & ailee.v1.ResourceLimits.$Shape;
            static fromObject(object: { [k: string]: any }): ailee.v1.ResourceLimits;
            static toObject(message: ailee.v1.ResourceLimits, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace ResourceLimits {
            interface $Properties {
                memoryPages?: (number|null);
                executionMs?: (number|null);
                maxOutputBytes?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = ailee.v1.ResourceLimits.$Properties;
        }

        interface ITaskTimeouts extends ailee.v1.TaskTimeouts.$Properties {
        }

        class TaskTimeouts {
            constructor(properties?: ailee.v1.TaskTimeouts.$Properties);
            $unknowns?: Uint8Array[];
            queueMs: number;
            bidWindowMs: number;
            totalMs: number;
            static create(properties: ailee.v1.TaskTimeouts.$Shape): ailee.v1.TaskTimeouts & ailee.v1.TaskTimeouts.$Shape;
            static create(properties?: ailee.v1.TaskTimeouts.$Properties): ailee.v1.TaskTimeouts;
            static encode(message: ailee.v1.TaskTimeouts.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ailee.v1.TaskTimeouts & ailee.v1.TaskTimeouts.$Shape;
            static fromObject(object: { [k: string]: any }): ailee.v1.TaskTimeouts;
            static toObject(message: ailee.v1.TaskTimeouts, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace TaskTimeouts {
            interface $Properties {
                queueMs?: (number|null);
                bidWindowMs?: (number|null);
                totalMs?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = ailee.v1.TaskTimeouts.$Properties;
        }

        interface ITaskSpec extends ailee.v1.TaskSpec.$Properties {
        }

        class TaskSpec {
            constructor(properties?: ailee.v1.TaskSpec.$Properties);
            $unknowns?: Uint8Array[];
            moduleCid: string;
            inputCid: string;
            args: string[];
            env: { [k: string]: string };
            limits?: (ailee.v1.ResourceLimits.$Properties|null);
            timeouts?: (ailee.v1.TaskTimeouts.$Properties|null);
            maxPrice: number;
            clientAccount: string;
            verification?: (ailee.v1.VerificationPolicy.$Properties|null);
            contentKey: Uint8Array;
            moduleSha256: Uint8Array;
            inputSha256: Uint8Array;
            static create(properties: ailee.v1.TaskSpec.$Shape): ailee.v1.TaskSpec & ailee.v1.TaskSpec.$Shape;
            static create(properties?: ailee.v1.TaskSpec.$Properties): ailee.v1.TaskSpec;
            static encode(message: ailee.v1.TaskSpec.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ailee.v1.TaskSpec & ailee.v1.TaskSpec.$Shape;
            static fromObject(object: { [k: string]: any }): ailee.v1.TaskSpec;
            static toObject(message: ailee.v1.TaskSpec, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace TaskSpec {
            interface $Properties {
                moduleCid?: (string|null);
                inputCid?: (string|null);
                args?: (string[]|null);
                env?: ({ [k: string]: string }|null);
                limits?: (ailee.v1.ResourceLimits.$Properties|null);
                timeouts?: (ailee.v1.TaskTimeouts.$Properties|null);
                maxPrice?: (number|null);
                clientAccount?: (string|null);
                verification?: (ailee.v1.VerificationPolicy.$Properties|null);
                contentKey?: (Uint8Array|null);
                moduleSha256?: (Uint8Array|null);
                inputSha256?: (Uint8Array|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = ailee.v1.TaskSpec.$Properties;
        }

        enum VerificationKind {
            VERIFICATION_KIND_UNSPECIFIED = 0,
            VERIFICATION_KIND_NONE = 1,
            VERIFICATION_KIND_SPOT = 2,
            VERIFICATION_KIND_REPLICATE = 3,
            VERIFICATION_KIND_ADAPTIVE = 4
        }

        interface IVerificationPolicy extends ailee.v1.VerificationPolicy.$Properties {
        }

        class VerificationPolicy {
            constructor(properties?: ailee.v1.VerificationPolicy.$Properties);
            $unknowns?: Uint8Array[];
            kind: ailee.v1.VerificationKind;
            probability: number;
            replicas: number;
            static create(properties: ailee.v1.VerificationPolicy.$Shape): ailee.v1.VerificationPolicy & ailee.v1.VerificationPolicy.$Shape;
            static create(properties?: ailee.v1.VerificationPolicy.$Properties): ailee.v1.VerificationPolicy;
            static encode(message: ailee.v1.VerificationPolicy.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ailee.v1.VerificationPolicy & ailee.v1.VerificationPolicy.$Shape;
            static fromObject(object: { [k: string]: any }): ailee.v1.VerificationPolicy;
            static toObject(message: ailee.v1.VerificationPolicy, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace VerificationPolicy {
            interface $Properties {
                kind?: (ailee.v1.VerificationKind|null);
                probability?: (number|null);
                replicas?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = ailee.v1.VerificationPolicy.$Properties;
        }

        enum ExecutionStatus {
            EXECUTION_STATUS_UNSPECIFIED = 0,
            EXECUTION_STATUS_EXITED = 1,
            EXECUTION_STATUS_TRAPPED = 2,
            EXECUTION_STATUS_TIMED_OUT = 3,
            EXECUTION_STATUS_MEMORY_EXCEEDED = 4,
            EXECUTION_STATUS_OUTPUT_EXCEEDED = 5,
            EXECUTION_STATUS_INVALID_MODULE = 6
        }

        interface IResourceUsage extends ailee.v1.ResourceUsage.$Properties {
        }

        class ResourceUsage {
            constructor(properties?: ailee.v1.ResourceUsage.$Properties);
            $unknowns?: Uint8Array[];
            wallMs: number;
            peakMemoryPages: number;
            stdoutBytes: number;
            stderrBytes: number;
            static create(properties: ailee.v1.ResourceUsage.$Shape): ailee.v1.ResourceUsage & ailee.v1.ResourceUsage.$Shape;
            static create(properties?: ailee.v1.ResourceUsage.$Properties): ailee.v1.ResourceUsage;
            static encode(message: ailee.v1.ResourceUsage.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ailee.v1.ResourceUsage & ailee.v1.ResourceUsage.$Shape;
            static fromObject(object: { [k: string]: any }): ailee.v1.ResourceUsage;
            static toObject(message: ailee.v1.ResourceUsage, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace ResourceUsage {
            interface $Properties {
                wallMs?: (number|null);
                peakMemoryPages?: (number|null);
                stdoutBytes?: (number|null);
                stderrBytes?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = ailee.v1.ResourceUsage.$Properties;
        }

        interface IExecutionReceipt extends ailee.v1.ExecutionReceipt.$Properties {
        }

        class ExecutionReceipt {
            constructor(properties?: ailee.v1.ExecutionReceipt.$Properties);
            $unknowns?: Uint8Array[];
            taskId: string;
            attempt: number;
            moduleHash: Uint8Array;
            inputHash: Uint8Array;
            outputHash: Uint8Array;
            stderrHash: Uint8Array;
            exitCode: number;
            status: ailee.v1.ExecutionStatus;
            resources?: (ailee.v1.ResourceUsage.$Properties|null);
            workerPeerId: string;
            coordinatorPeerId: string;
            timestampMs: number;
            outputCid: string;
            assignmentNonce: Uint8Array;
            static create(properties: ailee.v1.ExecutionReceipt.$Shape): ailee.v1.ExecutionReceipt & ailee.v1.ExecutionReceipt.$Shape;
            static create(properties?: ailee.v1.ExecutionReceipt.$Properties): ailee.v1.ExecutionReceipt;
            static encode(message: ailee.v1.ExecutionReceipt.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ailee.v1.ExecutionReceipt & ailee.v1.ExecutionReceipt.$Shape;
            static fromObject(object: { [k: string]: any }): ailee.v1.ExecutionReceipt;
            static toObject(message: ailee.v1.ExecutionReceipt, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace ExecutionReceipt {
            interface $Properties {
                taskId?: (string|null);
                attempt?: (number|null);
                moduleHash?: (Uint8Array|null);
                inputHash?: (Uint8Array|null);
                outputHash?: (Uint8Array|null);
                stderrHash?: (Uint8Array|null);
                exitCode?: (number|null);
                status?: (ailee.v1.ExecutionStatus|null);
                resources?: (ailee.v1.ResourceUsage.$Properties|null);
                workerPeerId?: (string|null);
                coordinatorPeerId?: (string|null);
                timestampMs?: (number|null);
                outputCid?: (string|null);
                assignmentNonce?: (Uint8Array|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = ailee.v1.ExecutionReceipt.$Properties;
        }

        interface ISignedReceipt extends ailee.v1.SignedReceipt.$Properties {
        }

        class SignedReceipt {
            constructor(properties?: ailee.v1.SignedReceipt.$Properties);
            $unknowns?: Uint8Array[];
            receipt: Uint8Array;
            signature: Uint8Array;
            static create(properties: ailee.v1.SignedReceipt.$Shape): ailee.v1.SignedReceipt & ailee.v1.SignedReceipt.$Shape;
            static create(properties?: ailee.v1.SignedReceipt.$Properties): ailee.v1.SignedReceipt;
            static encode(message: ailee.v1.SignedReceipt.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ailee.v1.SignedReceipt & ailee.v1.SignedReceipt.$Shape;
            static fromObject(object: { [k: string]: any }): ailee.v1.SignedReceipt;
            static toObject(message: ailee.v1.SignedReceipt, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace SignedReceipt {
            interface $Properties {
                receipt?: (Uint8Array|null);
                signature?: (Uint8Array|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = ailee.v1.SignedReceipt.$Properties;
        }

        interface ITaskOffer extends ailee.v1.TaskOffer.$Properties {
        }

        class TaskOffer {
            constructor(properties?: ailee.v1.TaskOffer.$Properties);
            $unknowns?: Uint8Array[];
            taskId: string;
            coordinatorPeerId: string;
            attempt: number;
            memoryPages: number;
            executionMs: number;
            maxPrice: number;
            bidDeadlineMs: number;
            moduleSizeBytes: number;
            moduleCid: string;
            excludedWorkers: string[];
            lateBidUntilMs: number;
            invitedWorkers: string[];
            static create(properties: ailee.v1.TaskOffer.$Shape): ailee.v1.TaskOffer & ailee.v1.TaskOffer.$Shape;
            static create(properties?: ailee.v1.TaskOffer.$Properties): ailee.v1.TaskOffer;
            static encode(message: ailee.v1.TaskOffer.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ailee.v1.TaskOffer & ailee.v1.TaskOffer.$Shape;
            static fromObject(object: { [k: string]: any }): ailee.v1.TaskOffer;
            static toObject(message: ailee.v1.TaskOffer, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace TaskOffer {
            interface $Properties {
                taskId?: (string|null);
                coordinatorPeerId?: (string|null);
                attempt?: (number|null);
                memoryPages?: (number|null);
                executionMs?: (number|null);
                maxPrice?: (number|null);
                bidDeadlineMs?: (number|null);
                moduleSizeBytes?: (number|null);
                moduleCid?: (string|null);
                excludedWorkers?: (string[]|null);
                lateBidUntilMs?: (number|null);
                invitedWorkers?: (string[]|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = ailee.v1.TaskOffer.$Properties;
        }

        interface ITaskOfferBatch extends ailee.v1.TaskOfferBatch.$Properties {
        }

        class TaskOfferBatch {
            constructor(properties?: ailee.v1.TaskOfferBatch.$Properties);
            $unknowns?: Uint8Array[];
            coordinatorPeerId: string;
            offers: ailee.v1.TaskOffer.$Properties[];
            static create(properties: ailee.v1.TaskOfferBatch.$Shape): ailee.v1.TaskOfferBatch & ailee.v1.TaskOfferBatch.$Shape;
            static create(properties?: ailee.v1.TaskOfferBatch.$Properties): ailee.v1.TaskOfferBatch;
            static encode(message: ailee.v1.TaskOfferBatch.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ailee.v1.TaskOfferBatch & ailee.v1.TaskOfferBatch.$Shape;
            static fromObject(object: { [k: string]: any }): ailee.v1.TaskOfferBatch;
            static toObject(message: ailee.v1.TaskOfferBatch, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace TaskOfferBatch {
            interface $Properties {
                coordinatorPeerId?: (string|null);
                offers?: (ailee.v1.TaskOffer.$Properties[]|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = ailee.v1.TaskOfferBatch.$Properties;
        }

        interface ITelemetry extends ailee.v1.Telemetry.$Properties {
        }

        class Telemetry {
            constructor(properties?: ailee.v1.Telemetry.$Properties);
            $unknowns?: Uint8Array[];
            peerId: string;
            timestampMs: number;
            seq: number;
            cpuLoad: number;
            memoryUsedBytes: number;
            memoryTotalBytes: number;
            runningTasks: number;
            capacitySlots: number;
            maxMemoryPages: number;
            price: number;
            version: string;
            draining: boolean;
            uptimeMs: number;
            static create(properties: ailee.v1.Telemetry.$Shape): ailee.v1.Telemetry & ailee.v1.Telemetry.$Shape;
            static create(properties?: ailee.v1.Telemetry.$Properties): ailee.v1.Telemetry;
            static encode(message: ailee.v1.Telemetry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ailee.v1.Telemetry & ailee.v1.Telemetry.$Shape;
            static fromObject(object: { [k: string]: any }): ailee.v1.Telemetry;
            static toObject(message: ailee.v1.Telemetry, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace Telemetry {
            interface $Properties {
                peerId?: (string|null);
                timestampMs?: (number|null);
                seq?: (number|null);
                cpuLoad?: (number|null);
                memoryUsedBytes?: (number|null);
                memoryTotalBytes?: (number|null);
                runningTasks?: (number|null);
                capacitySlots?: (number|null);
                maxMemoryPages?: (number|null);
                price?: (number|null);
                version?: (string|null);
                draining?: (boolean|null);
                uptimeMs?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = ailee.v1.Telemetry.$Properties;
        }

        interface ISignedTransfer extends ailee.v1.SignedTransfer.$Properties {
        }

        class SignedTransfer {
            constructor(properties?: ailee.v1.SignedTransfer.$Properties);
            $unknowns?: Uint8Array[];
            transfer?: (ailee.v1.Transfer.$Properties|null);
            coordinatorPeerId: string;
            static create(properties: ailee.v1.SignedTransfer.$Shape): ailee.v1.SignedTransfer & ailee.v1.SignedTransfer.$Shape;
            static create(properties?: ailee.v1.SignedTransfer.$Properties): ailee.v1.SignedTransfer;
            static encode(message: ailee.v1.SignedTransfer.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ailee.v1.SignedTransfer & ailee.v1.SignedTransfer.$Shape;
            static fromObject(object: { [k: string]: any }): ailee.v1.SignedTransfer;
            static toObject(message: ailee.v1.SignedTransfer, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace SignedTransfer {
            interface $Properties {
                transfer?: (ailee.v1.Transfer.$Properties|null);
                coordinatorPeerId?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = ailee.v1.SignedTransfer.$Properties;
        }

        interface IBlockEntry extends ailee.v1.BlockEntry.$Properties {
        }

        class BlockEntry {
            constructor(properties?: ailee.v1.BlockEntry.$Properties);
            $unknowns?: Uint8Array[];
            receipt?: (ailee.v1.SignedReceipt.$Properties|null);
            clientAccount: string;
            price: number;
            verified: boolean;
            contradictedBy?: (ailee.v1.SignedReceipt.$Properties|null);
            bondForfeited: number;
            transfer?: (ailee.v1.SignedTransfer.$Properties|null);
            static create(properties: ailee.v1.BlockEntry.$Shape): ailee.v1.BlockEntry & ailee.v1.BlockEntry.$Shape;
            static create(properties?: ailee.v1.BlockEntry.$Properties): ailee.v1.BlockEntry;
            static encode(message: ailee.v1.BlockEntry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ailee.v1.BlockEntry & ailee.v1.BlockEntry.$Shape;
            static fromObject(object: { [k: string]: any }): ailee.v1.BlockEntry;
            static toObject(message: ailee.v1.BlockEntry, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace BlockEntry {
            interface $Properties {
                receipt?: (ailee.v1.SignedReceipt.$Properties|null);
                clientAccount?: (string|null);
                price?: (number|null);
                verified?: (boolean|null);
                contradictedBy?: (ailee.v1.SignedReceipt.$Properties|null);
                bondForfeited?: (number|null);
                transfer?: (ailee.v1.SignedTransfer.$Properties|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = ailee.v1.BlockEntry.$Properties;
        }

        interface IBlockHeader extends ailee.v1.BlockHeader.$Properties {
        }

        class BlockHeader {
            constructor(properties?: ailee.v1.BlockHeader.$Properties);
            $unknowns?: Uint8Array[];
            height: number;
            prevHash: Uint8Array;
            receiptsRoot: Uint8Array;
            stateRoot: Uint8Array;
            timestampMs: number;
            producerPeerId: string;
            entryCount: number;
            static create(properties: ailee.v1.BlockHeader.$Shape): ailee.v1.BlockHeader & ailee.v1.BlockHeader.$Shape;
            static create(properties?: ailee.v1.BlockHeader.$Properties): ailee.v1.BlockHeader;
            static encode(message: ailee.v1.BlockHeader.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ailee.v1.BlockHeader & ailee.v1.BlockHeader.$Shape;
            static fromObject(object: { [k: string]: any }): ailee.v1.BlockHeader;
            static toObject(message: ailee.v1.BlockHeader, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace BlockHeader {
            interface $Properties {
                height?: (number|null);
                prevHash?: (Uint8Array|null);
                receiptsRoot?: (Uint8Array|null);
                stateRoot?: (Uint8Array|null);
                timestampMs?: (number|null);
                producerPeerId?: (string|null);
                entryCount?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = ailee.v1.BlockHeader.$Properties;
        }

        interface IBlock extends ailee.v1.Block.$Properties {
        }

        class Block {
            constructor(properties?: ailee.v1.Block.$Properties);
            $unknowns?: Uint8Array[];
            header: Uint8Array;
            signature: Uint8Array;
            entries: ailee.v1.BlockEntry.$Properties[];
            static create(properties: ailee.v1.Block.$Shape): ailee.v1.Block & ailee.v1.Block.$Shape;
            static create(properties?: ailee.v1.Block.$Properties): ailee.v1.Block;
            static encode(message: ailee.v1.Block.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ailee.v1.Block & ailee.v1.Block.$Shape;
            static fromObject(object: { [k: string]: any }): ailee.v1.Block;
            static toObject(message: ailee.v1.Block, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace Block {
            interface $Properties {
                header?: (Uint8Array|null);
                signature?: (Uint8Array|null);
                entries?: (ailee.v1.BlockEntry.$Properties[]|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = ailee.v1.Block.$Properties;
        }

        interface ISubmitTask extends ailee.v1.SubmitTask.$Properties {
        }

        class SubmitTask {
            constructor(properties?: ailee.v1.SubmitTask.$Properties);
            $unknowns?: Uint8Array[];
            spec?: (ailee.v1.TaskSpec.$Properties|null);
            detach: boolean;
            nonce: Uint8Array;
            signedAtMs: number;
            signature: Uint8Array;
            coordinatorPeerId: string;
            module: Uint8Array;
            input: Uint8Array;
            static create(properties: ailee.v1.SubmitTask.$Shape): ailee.v1.SubmitTask & ailee.v1.SubmitTask.$Shape;
            static create(properties?: ailee.v1.SubmitTask.$Properties): ailee.v1.SubmitTask;
            static encode(message: ailee.v1.SubmitTask.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ailee.v1.SubmitTask & ailee.v1.SubmitTask.$Shape;
            static fromObject(object: { [k: string]: any }): ailee.v1.SubmitTask;
            static toObject(message: ailee.v1.SubmitTask, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace SubmitTask {
            interface $Properties {
                spec?: (ailee.v1.TaskSpec.$Properties|null);
                detach?: (boolean|null);
                nonce?: (Uint8Array|null);
                signedAtMs?: (number|null);
                signature?: (Uint8Array|null);
                coordinatorPeerId?: (string|null);
                module?: (Uint8Array|null);
                input?: (Uint8Array|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = ailee.v1.SubmitTask.$Properties;
        }

        interface IBid extends ailee.v1.Bid.$Properties {
        }

        class Bid {
            constructor(properties?: ailee.v1.Bid.$Properties);
            $unknowns?: Uint8Array[];
            taskId: string;
            attempt: number;
            price: number;
            health: number;
            queueDepth: number;
            freeSlots: number;
            decline: boolean;
            reason: string;
            static create(properties: ailee.v1.Bid.$Shape): ailee.v1.Bid & ailee.v1.Bid.$Shape;
            static create(properties?: ailee.v1.Bid.$Properties): ailee.v1.Bid;
            static encode(message: ailee.v1.Bid.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ailee.v1.Bid & ailee.v1.Bid.$Shape;
            static fromObject(object: { [k: string]: any }): ailee.v1.Bid;
            static toObject(message: ailee.v1.Bid, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace Bid {
            interface $Properties {
                taskId?: (string|null);
                attempt?: (number|null);
                price?: (number|null);
                health?: (number|null);
                queueDepth?: (number|null);
                freeSlots?: (number|null);
                decline?: (boolean|null);
                reason?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = ailee.v1.Bid.$Properties;
        }

        interface IBidAck extends ailee.v1.BidAck.$Properties {
        }

        class BidAck {
            constructor(properties?: ailee.v1.BidAck.$Properties);
            $unknowns?: Uint8Array[];
            accepted: boolean;
            reason: string;
            static create(properties: ailee.v1.BidAck.$Shape): ailee.v1.BidAck & ailee.v1.BidAck.$Shape;
            static create(properties?: ailee.v1.BidAck.$Properties): ailee.v1.BidAck;
            static encode(message: ailee.v1.BidAck.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ailee.v1.BidAck & ailee.v1.BidAck.$Shape;
            static fromObject(object: { [k: string]: any }): ailee.v1.BidAck;
            static toObject(message: ailee.v1.BidAck, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace BidAck {
            interface $Properties {
                accepted?: (boolean|null);
                reason?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = ailee.v1.BidAck.$Properties;
        }

        interface IAssign extends ailee.v1.Assign.$Properties {
        }

        class Assign {
            constructor(properties?: ailee.v1.Assign.$Properties);
            $unknowns?: Uint8Array[];
            taskId: string;
            attempt: number;
            spec?: (ailee.v1.TaskSpec.$Properties|null);
            leaseMs: number;
            nonce: Uint8Array;
            module: Uint8Array;
            input: Uint8Array;
            contentInline: boolean;
            static create(properties: ailee.v1.Assign.$Shape): ailee.v1.Assign & ailee.v1.Assign.$Shape;
            static create(properties?: ailee.v1.Assign.$Properties): ailee.v1.Assign;
            static encode(message: ailee.v1.Assign.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ailee.v1.Assign & ailee.v1.Assign.$Shape;
            static fromObject(object: { [k: string]: any }): ailee.v1.Assign;
            static toObject(message: ailee.v1.Assign, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace Assign {
            interface $Properties {
                taskId?: (string|null);
                attempt?: (number|null);
                spec?: (ailee.v1.TaskSpec.$Properties|null);
                leaseMs?: (number|null);
                nonce?: (Uint8Array|null);
                module?: (Uint8Array|null);
                input?: (Uint8Array|null);
                contentInline?: (boolean|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = ailee.v1.Assign.$Properties;
        }

        interface IAssignAck extends ailee.v1.AssignAck.$Properties {
        }

        class AssignAck {
            constructor(properties?: ailee.v1.AssignAck.$Properties);
            $unknowns?: Uint8Array[];
            accepted: boolean;
            reason: string;
            running: boolean;
            static create(properties: ailee.v1.AssignAck.$Shape): ailee.v1.AssignAck & ailee.v1.AssignAck.$Shape;
            static create(properties?: ailee.v1.AssignAck.$Properties): ailee.v1.AssignAck;
            static encode(message: ailee.v1.AssignAck.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ailee.v1.AssignAck & ailee.v1.AssignAck.$Shape;
            static fromObject(object: { [k: string]: any }): ailee.v1.AssignAck;
            static toObject(message: ailee.v1.AssignAck, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace AssignAck {
            interface $Properties {
                accepted?: (boolean|null);
                reason?: (string|null);
                running?: (boolean|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = ailee.v1.AssignAck.$Properties;
        }

        interface IHeartbeat extends ailee.v1.Heartbeat.$Properties {
        }

        class Heartbeat {
            constructor(properties?: ailee.v1.Heartbeat.$Properties);
            $unknowns?: Uint8Array[];
            taskId: string;
            attempt: number;
            phase: string;
            static create(properties: ailee.v1.Heartbeat.$Shape): ailee.v1.Heartbeat & ailee.v1.Heartbeat.$Shape;
            static create(properties?: ailee.v1.Heartbeat.$Properties): ailee.v1.Heartbeat;
            static encode(message: ailee.v1.Heartbeat.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ailee.v1.Heartbeat & ailee.v1.Heartbeat.$Shape;
            static fromObject(object: { [k: string]: any }): ailee.v1.Heartbeat;
            static toObject(message: ailee.v1.Heartbeat, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace Heartbeat {
            interface $Properties {
                taskId?: (string|null);
                attempt?: (number|null);
                phase?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = ailee.v1.Heartbeat.$Properties;
        }

        interface ITaskResult extends ailee.v1.TaskResult.$Properties {
        }

        class TaskResult {
            constructor(properties?: ailee.v1.TaskResult.$Properties);
            $unknowns?: Uint8Array[];
            taskId: string;
            attempt: number;
            receipt?: (ailee.v1.SignedReceipt.$Properties|null);
            stdout: Uint8Array;
            stderr: Uint8Array;
            error: string;
            handedBack: boolean;
            static create(properties: ailee.v1.TaskResult.$Shape): ailee.v1.TaskResult & ailee.v1.TaskResult.$Shape;
            static create(properties?: ailee.v1.TaskResult.$Properties): ailee.v1.TaskResult;
            static encode(message: ailee.v1.TaskResult.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ailee.v1.TaskResult & ailee.v1.TaskResult.$Shape;
            static fromObject(object: { [k: string]: any }): ailee.v1.TaskResult;
            static toObject(message: ailee.v1.TaskResult, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace TaskResult {
            interface $Properties {
                taskId?: (string|null);
                attempt?: (number|null);
                receipt?: (ailee.v1.SignedReceipt.$Properties|null);
                stdout?: (Uint8Array|null);
                stderr?: (Uint8Array|null);
                error?: (string|null);
                handedBack?: (boolean|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = ailee.v1.TaskResult.$Properties;
        }

        interface IAck extends ailee.v1.Ack.$Properties {
        }

        class Ack {
            constructor(properties?: ailee.v1.Ack.$Properties);
            $unknowns?: Uint8Array[];
            ok: boolean;
            reason: string;
            static create(properties: ailee.v1.Ack.$Shape): ailee.v1.Ack & ailee.v1.Ack.$Shape;
            static create(properties?: ailee.v1.Ack.$Properties): ailee.v1.Ack;
            static encode(message: ailee.v1.Ack.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ailee.v1.Ack & ailee.v1.Ack.$Shape;
            static fromObject(object: { [k: string]: any }): ailee.v1.Ack;
            static toObject(message: ailee.v1.Ack, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace Ack {
            interface $Properties {
                ok?: (boolean|null);
                reason?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = ailee.v1.Ack.$Properties;
        }

        interface IStatusQuery extends ailee.v1.StatusQuery.$Properties {
        }

        class StatusQuery {
            constructor(properties?: ailee.v1.StatusQuery.$Properties);
            $unknowns?: Uint8Array[];
            taskId: string;
            static create(properties: ailee.v1.StatusQuery.$Shape): ailee.v1.StatusQuery & ailee.v1.StatusQuery.$Shape;
            static create(properties?: ailee.v1.StatusQuery.$Properties): ailee.v1.StatusQuery;
            static encode(message: ailee.v1.StatusQuery.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ailee.v1.StatusQuery & ailee.v1.StatusQuery.$Shape;
            static fromObject(object: { [k: string]: any }): ailee.v1.StatusQuery;
            static toObject(message: ailee.v1.StatusQuery, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace StatusQuery {
            interface $Properties {
                taskId?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = ailee.v1.StatusQuery.$Properties;
        }

        interface IFollowTask extends ailee.v1.FollowTask.$Properties {
        }

        class FollowTask {
            constructor(properties?: ailee.v1.FollowTask.$Properties);
            $unknowns?: Uint8Array[];
            taskId: string;
            static create(properties: ailee.v1.FollowTask.$Shape): ailee.v1.FollowTask & ailee.v1.FollowTask.$Shape;
            static create(properties?: ailee.v1.FollowTask.$Properties): ailee.v1.FollowTask;
            static encode(message: ailee.v1.FollowTask.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ailee.v1.FollowTask & ailee.v1.FollowTask.$Shape;
            static fromObject(object: { [k: string]: any }): ailee.v1.FollowTask;
            static toObject(message: ailee.v1.FollowTask, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace FollowTask {
            interface $Properties {
                taskId?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = ailee.v1.FollowTask.$Properties;
        }

        interface IPeersQuery extends ailee.v1.PeersQuery.$Properties {
        }

        class PeersQuery {
            constructor(properties?: ailee.v1.PeersQuery.$Properties);
            $unknowns?: Uint8Array[];
            static create(properties: ailee.v1.PeersQuery.$Shape): ailee.v1.PeersQuery & ailee.v1.PeersQuery.$Shape;
            static create(properties?: ailee.v1.PeersQuery.$Properties): ailee.v1.PeersQuery;
            static encode(message: ailee.v1.PeersQuery.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ailee.v1.PeersQuery & ailee.v1.PeersQuery.$Shape;
            static fromObject(object: { [k: string]: any }): ailee.v1.PeersQuery;
            static toObject(message: ailee.v1.PeersQuery, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace PeersQuery {
            interface $Properties {
                $unknowns?: Uint8Array[];
            }
            type $Shape = ailee.v1.PeersQuery.$Properties;
        }

        interface ICoordinatorAnnouncement extends ailee.v1.CoordinatorAnnouncement.$Properties {
        }

        class CoordinatorAnnouncement {
            constructor(properties?: ailee.v1.CoordinatorAnnouncement.$Properties);
            $unknowns?: Uint8Array[];
            peerId: string;
            multiaddrs: string[];
            accepting: boolean;
            openTasks: number;
            timestampMs: number;
            static create(properties: ailee.v1.CoordinatorAnnouncement.$Shape): ailee.v1.CoordinatorAnnouncement & ailee.v1.CoordinatorAnnouncement.$Shape;
            static create(properties?: ailee.v1.CoordinatorAnnouncement.$Properties): ailee.v1.CoordinatorAnnouncement;
            static encode(message: ailee.v1.CoordinatorAnnouncement.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ailee.v1.CoordinatorAnnouncement & ailee.v1.CoordinatorAnnouncement.$Shape;
            static fromObject(object: { [k: string]: any }): ailee.v1.CoordinatorAnnouncement;
            static toObject(message: ailee.v1.CoordinatorAnnouncement, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace CoordinatorAnnouncement {
            interface $Properties {
                peerId?: (string|null);
                multiaddrs?: (string[]|null);
                accepting?: (boolean|null);
                openTasks?: (number|null);
                timestampMs?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = ailee.v1.CoordinatorAnnouncement.$Properties;
        }

        interface ICoordinatorsQuery extends ailee.v1.CoordinatorsQuery.$Properties {
        }

        class CoordinatorsQuery {
            constructor(properties?: ailee.v1.CoordinatorsQuery.$Properties);
            $unknowns?: Uint8Array[];
            static create(properties: ailee.v1.CoordinatorsQuery.$Shape): ailee.v1.CoordinatorsQuery & ailee.v1.CoordinatorsQuery.$Shape;
            static create(properties?: ailee.v1.CoordinatorsQuery.$Properties): ailee.v1.CoordinatorsQuery;
            static encode(message: ailee.v1.CoordinatorsQuery.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ailee.v1.CoordinatorsQuery & ailee.v1.CoordinatorsQuery.$Shape;
            static fromObject(object: { [k: string]: any }): ailee.v1.CoordinatorsQuery;
            static toObject(message: ailee.v1.CoordinatorsQuery, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace CoordinatorsQuery {
            interface $Properties {
                $unknowns?: Uint8Array[];
            }
            type $Shape = ailee.v1.CoordinatorsQuery.$Properties;
        }

        interface ICoordinatorList extends ailee.v1.CoordinatorList.$Properties {
        }

        class CoordinatorList {
            constructor(properties?: ailee.v1.CoordinatorList.$Properties);
            $unknowns?: Uint8Array[];
            coordinators: ailee.v1.CoordinatorAnnouncement.$Properties[];
            static create(properties: ailee.v1.CoordinatorList.$Shape): ailee.v1.CoordinatorList & ailee.v1.CoordinatorList.$Shape;
            static create(properties?: ailee.v1.CoordinatorList.$Properties): ailee.v1.CoordinatorList;
            static encode(message: ailee.v1.CoordinatorList.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ailee.v1.CoordinatorList & ailee.v1.CoordinatorList.$Shape;
            static fromObject(object: { [k: string]: any }): ailee.v1.CoordinatorList;
            static toObject(message: ailee.v1.CoordinatorList, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace CoordinatorList {
            interface $Properties {
                coordinators?: (ailee.v1.CoordinatorAnnouncement.$Properties[]|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = ailee.v1.CoordinatorList.$Properties;
        }

        interface ICancelTask extends ailee.v1.CancelTask.$Properties {
        }

        class CancelTask {
            constructor(properties?: ailee.v1.CancelTask.$Properties);
            $unknowns?: Uint8Array[];
            taskId: string;
            reason: string;
            static create(properties: ailee.v1.CancelTask.$Shape): ailee.v1.CancelTask & ailee.v1.CancelTask.$Shape;
            static create(properties?: ailee.v1.CancelTask.$Properties): ailee.v1.CancelTask;
            static encode(message: ailee.v1.CancelTask.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ailee.v1.CancelTask & ailee.v1.CancelTask.$Shape;
            static fromObject(object: { [k: string]: any }): ailee.v1.CancelTask;
            static toObject(message: ailee.v1.CancelTask, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace CancelTask {
            interface $Properties {
                taskId?: (string|null);
                reason?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = ailee.v1.CancelTask.$Properties;
        }

        interface ITransfer extends ailee.v1.Transfer.$Properties {
        }

        class Transfer {
            constructor(properties?: ailee.v1.Transfer.$Properties);
            $unknowns?: Uint8Array[];
            from: string;
            to: string;
            amount: number;
            nonce: Uint8Array;
            signedAtMs: number;
            signature: Uint8Array;
            static create(properties: ailee.v1.Transfer.$Shape): ailee.v1.Transfer & ailee.v1.Transfer.$Shape;
            static create(properties?: ailee.v1.Transfer.$Properties): ailee.v1.Transfer;
            static encode(message: ailee.v1.Transfer.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ailee.v1.Transfer & ailee.v1.Transfer.$Shape;
            static fromObject(object: { [k: string]: any }): ailee.v1.Transfer;
            static toObject(message: ailee.v1.Transfer, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace Transfer {
            interface $Properties {
                from?: (string|null);
                to?: (string|null);
                amount?: (number|null);
                nonce?: (Uint8Array|null);
                signedAtMs?: (number|null);
                signature?: (Uint8Array|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = ailee.v1.Transfer.$Properties;
        }

        interface IBalanceQuery extends ailee.v1.BalanceQuery.$Properties {
        }

        class BalanceQuery {
            constructor(properties?: ailee.v1.BalanceQuery.$Properties);
            $unknowns?: Uint8Array[];
            account: string;
            static create(properties: ailee.v1.BalanceQuery.$Shape): ailee.v1.BalanceQuery & ailee.v1.BalanceQuery.$Shape;
            static create(properties?: ailee.v1.BalanceQuery.$Properties): ailee.v1.BalanceQuery;
            static encode(message: ailee.v1.BalanceQuery.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ailee.v1.BalanceQuery & ailee.v1.BalanceQuery.$Shape;
            static fromObject(object: { [k: string]: any }): ailee.v1.BalanceQuery;
            static toObject(message: ailee.v1.BalanceQuery, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace BalanceQuery {
            interface $Properties {
                account?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = ailee.v1.BalanceQuery.$Properties;
        }

        interface IAccountBalance extends ailee.v1.AccountBalance.$Properties {
        }

        class AccountBalance {
            constructor(properties?: ailee.v1.AccountBalance.$Properties);
            $unknowns?: Uint8Array[];
            account: string;
            balance: number;
            decimals: number;
            static create(properties: ailee.v1.AccountBalance.$Shape): ailee.v1.AccountBalance & ailee.v1.AccountBalance.$Shape;
            static create(properties?: ailee.v1.AccountBalance.$Properties): ailee.v1.AccountBalance;
            static encode(message: ailee.v1.AccountBalance.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ailee.v1.AccountBalance & ailee.v1.AccountBalance.$Shape;
            static fromObject(object: { [k: string]: any }): ailee.v1.AccountBalance;
            static toObject(message: ailee.v1.AccountBalance, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace AccountBalance {
            interface $Properties {
                account?: (string|null);
                balance?: (number|null);
                decimals?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = ailee.v1.AccountBalance.$Properties;
        }

        interface IProofQuery extends ailee.v1.ProofQuery.$Properties {
        }

        class ProofQuery {
            constructor(properties?: ailee.v1.ProofQuery.$Properties);
            $unknowns?: Uint8Array[];
            taskId: string;
            static create(properties: ailee.v1.ProofQuery.$Shape): ailee.v1.ProofQuery & ailee.v1.ProofQuery.$Shape;
            static create(properties?: ailee.v1.ProofQuery.$Properties): ailee.v1.ProofQuery;
            static encode(message: ailee.v1.ProofQuery.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ailee.v1.ProofQuery & ailee.v1.ProofQuery.$Shape;
            static fromObject(object: { [k: string]: any }): ailee.v1.ProofQuery;
            static toObject(message: ailee.v1.ProofQuery, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace ProofQuery {
            interface $Properties {
                taskId?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = ailee.v1.ProofQuery.$Properties;
        }

        interface IReceiptProof extends ailee.v1.ReceiptProof.$Properties {
        }

        class ReceiptProof {
            constructor(properties?: ailee.v1.ReceiptProof.$Properties);
            $unknowns?: Uint8Array[];
            version: number;
            header: Uint8Array;
            headerSignature: Uint8Array;
            producerPublicKey: Uint8Array;
            entry: Uint8Array;
            leafIndex: number;
            treeSize: number;
            auditPath: Uint8Array[];
            static create(properties: ailee.v1.ReceiptProof.$Shape): ailee.v1.ReceiptProof & ailee.v1.ReceiptProof.$Shape;
            static create(properties?: ailee.v1.ReceiptProof.$Properties): ailee.v1.ReceiptProof;
            static encode(message: ailee.v1.ReceiptProof.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ailee.v1.ReceiptProof & ailee.v1.ReceiptProof.$Shape;
            static fromObject(object: { [k: string]: any }): ailee.v1.ReceiptProof;
            static toObject(message: ailee.v1.ReceiptProof, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace ReceiptProof {
            interface $Properties {
                version?: (number|null);
                header?: (Uint8Array|null);
                headerSignature?: (Uint8Array|null);
                producerPublicKey?: (Uint8Array|null);
                entry?: (Uint8Array|null);
                leafIndex?: (number|null);
                treeSize?: (number|null);
                auditPath?: (Uint8Array[]|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = ailee.v1.ReceiptProof.$Properties;
        }

        interface IRequest extends ailee.v1.Request.$Properties {
        }

        class Request {
            constructor(properties?: ailee.v1.Request.$Properties);
            $unknowns?: Uint8Array[];
            networkId: string;
            submit?: (ailee.v1.SubmitTask.$Properties|null);
            bid?: (ailee.v1.Bid.$Properties|null);
            assign?: (ailee.v1.Assign.$Properties|null);
            heartbeat?: (ailee.v1.Heartbeat.$Properties|null);
            result?: (ailee.v1.TaskResult.$Properties|null);
            status?: (ailee.v1.StatusQuery.$Properties|null);
            follow?: (ailee.v1.FollowTask.$Properties|null);
            peers?: (ailee.v1.PeersQuery.$Properties|null);
            cancel?: (ailee.v1.CancelTask.$Properties|null);
            transfer?: (ailee.v1.Transfer.$Properties|null);
            balance?: (ailee.v1.BalanceQuery.$Properties|null);
            proof?: (ailee.v1.ProofQuery.$Properties|null);
            coordinators?: (ailee.v1.CoordinatorsQuery.$Properties|null);
            chainHeads?: (ailee.v1.ChainHeadsQuery.$Properties|null);
            blockRange?: (ailee.v1.BlockRangeQuery.$Properties|null);
            body?: ("submit"|"bid"|"assign"|"heartbeat"|"result"|"status"|"follow"|"peers"|"cancel"|"transfer"|"balance"|"proof"|"coordinators"|"chainHeads"|"blockRange");
            static create(properties: ailee.v1.Request.$Shape): ailee.v1.Request & ailee.v1.Request.$Shape;
            static create(properties?: ailee.v1.Request.$Properties): ailee.v1.Request;
            static encode(message: ailee.v1.Request.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ailee.v1.Request & ailee.v1.Request.$Shape;
            static fromObject(object: { [k: string]: any }): ailee.v1.Request;
            static toObject(message: ailee.v1.Request, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace Request {
            interface $Properties {
                networkId?: (string|null);
                submit?: (ailee.v1.SubmitTask.$Properties|null);
                bid?: (ailee.v1.Bid.$Properties|null);
                assign?: (ailee.v1.Assign.$Properties|null);
                heartbeat?: (ailee.v1.Heartbeat.$Properties|null);
                result?: (ailee.v1.TaskResult.$Properties|null);
                status?: (ailee.v1.StatusQuery.$Properties|null);
                follow?: (ailee.v1.FollowTask.$Properties|null);
                peers?: (ailee.v1.PeersQuery.$Properties|null);
                cancel?: (ailee.v1.CancelTask.$Properties|null);
                transfer?: (ailee.v1.Transfer.$Properties|null);
                balance?: (ailee.v1.BalanceQuery.$Properties|null);
                proof?: (ailee.v1.ProofQuery.$Properties|null);
                coordinators?: (ailee.v1.CoordinatorsQuery.$Properties|null);
                chainHeads?: (ailee.v1.ChainHeadsQuery.$Properties|null);
                blockRange?: (ailee.v1.BlockRangeQuery.$Properties|null);
                body?: ("submit"|"bid"|"assign"|"heartbeat"|"result"|"status"|"follow"|"peers"|"cancel"|"transfer"|"balance"|"proof"|"coordinators"|"chainHeads"|"blockRange");
                $unknowns?: Uint8Array[];
            }
            type $Shape = {
              networkId?: string|null;
              submit?: ailee.v1.SubmitTask.$Shape|null;
              bid?: ailee.v1.Bid.$Shape|null;
              assign?: ailee.v1.Assign.$Shape|null;
              heartbeat?: ailee.v1.Heartbeat.$Shape|null;
              result?: ailee.v1.TaskResult.$Shape|null;
              status?: ailee.v1.StatusQuery.$Shape|null;
              follow?: ailee.v1.FollowTask.$Shape|null;
              peers?: ailee.v1.PeersQuery.$Shape|null;
              cancel?: ailee.v1.CancelTask.$Shape|null;
              transfer?: ailee.v1.Transfer.$Shape|null;
              balance?: ailee.v1.BalanceQuery.$Shape|null;
              proof?: ailee.v1.ProofQuery.$Shape|null;
              coordinators?: ailee.v1.CoordinatorsQuery.$Shape|null;
              chainHeads?: ailee.v1.ChainHeadsQuery.$Shape|null;
              blockRange?: ailee.v1.BlockRangeQuery.$Shape|null;
              $unknowns?: Uint8Array[];
            } & (
              ({ body?: undefined; submit?: null; bid?: null; assign?: null; heartbeat?: null; result?: null; status?: null; follow?: null; peers?: null; cancel?: null; transfer?: null; balance?: null; proof?: null; coordinators?: null; chainHeads?: null; blockRange?: null }|{ body?: "submit"; submit: ailee.v1.SubmitTask.$Shape; bid?: null; assign?: null; heartbeat?: null; result?: null; status?: null; follow?: null; peers?: null; cancel?: null; transfer?: null; balance?: null; proof?: null; coordinators?: null; chainHeads?: null; blockRange?: null }|{ body?: "bid"; submit?: null; bid: ailee.v1.Bid.$Shape; assign?: null; heartbeat?: null; result?: null; status?: null; follow?: null; peers?: null; cancel?: null; transfer?: null; balance?: null; proof?: null; coordinators?: null; chainHeads?: null; blockRange?: null }|{ body?: "assign"; submit?: null; bid?: null; assign: ailee.v1.Assign.$Shape; heartbeat?: null; result?: null; status?: null; follow?: null; peers?: null; cancel?: null; transfer?: null; balance?: null; proof?: null; coordinators?: null; chainHeads?: null; blockRange?: null }|{ body?: "heartbeat"; submit?: null; bid?: null; assign?: null; heartbeat: ailee.v1.Heartbeat.$Shape; result?: null; status?: null; follow?: null; peers?: null; cancel?: null; transfer?: null; balance?: null; proof?: null; coordinators?: null; chainHeads?: null; blockRange?: null }|{ body?: "result"; submit?: null; bid?: null; assign?: null; heartbeat?: null; result: ailee.v1.TaskResult.$Shape; status?: null; follow?: null; peers?: null; cancel?: null; transfer?: null; balance?: null; proof?: null; coordinators?: null; chainHeads?: null; blockRange?: null }|{ body?: "status"; submit?: null; bid?: null; assign?: null; heartbeat?: null; result?: null; status: ailee.v1.StatusQuery.$Shape; follow?: null; peers?: null; cancel?: null; transfer?: null; balance?: null; proof?: null; coordinators?: null; chainHeads?: null; blockRange?: null }|{ body?: "follow"; submit?: null; bid?: null; assign?: null; heartbeat?: null; result?: null; status?: null; follow: ailee.v1.FollowTask.$Shape; peers?: null; cancel?: null; transfer?: null; balance?: null; proof?: null; coordinators?: null; chainHeads?: null; blockRange?: null }|{ body?: "peers"; submit?: null; bid?: null; assign?: null; heartbeat?: null; result?: null; status?: null; follow?: null; peers: ailee.v1.PeersQuery.$Shape; cancel?: null; transfer?: null; balance?: null; proof?: null; coordinators?: null; chainHeads?: null; blockRange?: null }|{ body?: "cancel"; submit?: null; bid?: null; assign?: null; heartbeat?: null; result?: null; status?: null; follow?: null; peers?: null; cancel: ailee.v1.CancelTask.$Shape; transfer?: null; balance?: null; proof?: null; coordinators?: null; chainHeads?: null; blockRange?: null }|{ body?: "transfer"; submit?: null; bid?: null; assign?: null; heartbeat?: null; result?: null; status?: null; follow?: null; peers?: null; cancel?: null; transfer: ailee.v1.Transfer.$Shape; balance?: null; proof?: null; coordinators?: null; chainHeads?: null; blockRange?: null }|{ body?: "balance"; submit?: null; bid?: null; assign?: null; heartbeat?: null; result?: null; status?: null; follow?: null; peers?: null; cancel?: null; transfer?: null; balance: ailee.v1.BalanceQuery.$Shape; proof?: null; coordinators?: null; chainHeads?: null; blockRange?: null }|{ body?: "proof"; submit?: null; bid?: null; assign?: null; heartbeat?: null; result?: null; status?: null; follow?: null; peers?: null; cancel?: null; transfer?: null; balance?: null; proof: ailee.v1.ProofQuery.$Shape; coordinators?: null; chainHeads?: null; blockRange?: null }|{ body?: "coordinators"; submit?: null; bid?: null; assign?: null; heartbeat?: null; result?: null; status?: null; follow?: null; peers?: null; cancel?: null; transfer?: null; balance?: null; proof?: null; coordinators: ailee.v1.CoordinatorsQuery.$Shape; chainHeads?: null; blockRange?: null }|{ body?: "chainHeads"; submit?: null; bid?: null; assign?: null; heartbeat?: null; result?: null; status?: null; follow?: null; peers?: null; cancel?: null; transfer?: null; balance?: null; proof?: null; coordinators?: null; chainHeads: ailee.v1.ChainHeadsQuery.$Shape; blockRange?: null }|{ body?: "blockRange"; submit?: null; bid?: null; assign?: null; heartbeat?: null; result?: null; status?: null; follow?: null; peers?: null; cancel?: null; transfer?: null; balance?: null; proof?: null; coordinators?: null; chainHeads?: null; blockRange: ailee.v1.BlockRangeQuery.$Shape })
            );
        }

        interface ISessionFrame extends ailee.v1.SessionFrame.$Properties {
        }

        class SessionFrame {
            constructor(properties?: ailee.v1.SessionFrame.$Properties);
            $unknowns?: Uint8Array[];
            id: number;
            request?: (ailee.v1.Request.$Properties|null);
            response?: (ailee.v1.Response.$Properties|null);
            body?: ("request"|"response");
            static create(properties: ailee.v1.SessionFrame.$Shape): ailee.v1.SessionFrame & ailee.v1.SessionFrame.$Shape;
            static create(properties?: ailee.v1.SessionFrame.$Properties): ailee.v1.SessionFrame;
            static encode(message: ailee.v1.SessionFrame.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ailee.v1.SessionFrame & ailee.v1.SessionFrame.$Shape;
            static fromObject(object: { [k: string]: any }): ailee.v1.SessionFrame;
            static toObject(message: ailee.v1.SessionFrame, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace SessionFrame {
            interface $Properties {
                id?: (number|null);
                request?: (ailee.v1.Request.$Properties|null);
                response?: (ailee.v1.Response.$Properties|null);
                body?: ("request"|"response");
                $unknowns?: Uint8Array[];
            }
            type $Shape = {
              id?: number|null;
              request?: ailee.v1.Request.$Shape|null;
              response?: ailee.v1.Response.$Shape|null;
              $unknowns?: Uint8Array[];
            } & (
              ({ body?: undefined; request?: null; response?: null }|{ body?: "request"; request: ailee.v1.Request.$Shape; response?: null }|{ body?: "response"; request?: null; response: ailee.v1.Response.$Shape })
            );
        }

        enum TaskState {
            TASK_STATE_UNSPECIFIED = 0,
            TASK_STATE_QUEUED = 1,
            TASK_STATE_OFFERED = 2,
            TASK_STATE_ASSIGNED = 3,
            TASK_STATE_RUNNING = 4,
            TASK_STATE_COMPLETED = 5,
            TASK_STATE_FAILED = 6,
            TASK_STATE_TIMED_OUT = 7,
            TASK_STATE_MEMORY_EXCEEDED = 8,
            TASK_STATE_REJECTED = 9,
            TASK_STATE_CANCELLED = 10
        }

        interface ITimings extends ailee.v1.Timings.$Properties {
        }

        class Timings {
            constructor(properties?: ailee.v1.Timings.$Properties);
            $unknowns?: Uint8Array[];
            submittedAtMs: number;
            queuedMs: number;
            executionMs: number;
            totalMs: number;
            static create(properties: ailee.v1.Timings.$Shape): ailee.v1.Timings & ailee.v1.Timings.$Shape;
            static create(properties?: ailee.v1.Timings.$Properties): ailee.v1.Timings;
            static encode(message: ailee.v1.Timings.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ailee.v1.Timings & ailee.v1.Timings.$Shape;
            static fromObject(object: { [k: string]: any }): ailee.v1.Timings;
            static toObject(message: ailee.v1.Timings, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace Timings {
            interface $Properties {
                submittedAtMs?: (number|null);
                queuedMs?: (number|null);
                executionMs?: (number|null);
                totalMs?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = ailee.v1.Timings.$Properties;
        }

        interface ITaskOutcome extends ailee.v1.TaskOutcome.$Properties {
        }

        class TaskOutcome {
            constructor(properties?: ailee.v1.TaskOutcome.$Properties);
            $unknowns?: Uint8Array[];
            taskId: string;
            state: ailee.v1.TaskState;
            exitCode: number;
            workerPeerId: string;
            moduleCid: string;
            inputCid: string;
            outputCid: string;
            stdout: Uint8Array;
            stderr: Uint8Array;
            verified: boolean;
            receipt?: (ailee.v1.SignedReceipt.$Properties|null);
            timings?: (ailee.v1.Timings.$Properties|null);
            reason: string;
            attempts: number;
            price: number;
            replicas: ailee.v1.ReplicaReport.$Properties[];
            verification: string;
            static create(properties: ailee.v1.TaskOutcome.$Shape): ailee.v1.TaskOutcome & ailee.v1.TaskOutcome.$Shape;
            static create(properties?: ailee.v1.TaskOutcome.$Properties): ailee.v1.TaskOutcome;
            static encode(message: ailee.v1.TaskOutcome.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ailee.v1.TaskOutcome & ailee.v1.TaskOutcome.$Shape;
            static fromObject(object: { [k: string]: any }): ailee.v1.TaskOutcome;
            static toObject(message: ailee.v1.TaskOutcome, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace TaskOutcome {
            interface $Properties {
                taskId?: (string|null);
                state?: (ailee.v1.TaskState|null);
                exitCode?: (number|null);
                workerPeerId?: (string|null);
                moduleCid?: (string|null);
                inputCid?: (string|null);
                outputCid?: (string|null);
                stdout?: (Uint8Array|null);
                stderr?: (Uint8Array|null);
                verified?: (boolean|null);
                receipt?: (ailee.v1.SignedReceipt.$Properties|null);
                timings?: (ailee.v1.Timings.$Properties|null);
                reason?: (string|null);
                attempts?: (number|null);
                price?: (number|null);
                replicas?: (ailee.v1.ReplicaReport.$Properties[]|null);
                verification?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = ailee.v1.TaskOutcome.$Properties;
        }

        interface IReplicaReport extends ailee.v1.ReplicaReport.$Properties {
        }

        class ReplicaReport {
            constructor(properties?: ailee.v1.ReplicaReport.$Properties);
            $unknowns?: Uint8Array[];
            workerPeerId: string;
            attempt: number;
            status: ailee.v1.ExecutionStatus;
            exitCode: number;
            outputHash: Uint8Array;
            verdict: string;
            price: number;
            static create(properties: ailee.v1.ReplicaReport.$Shape): ailee.v1.ReplicaReport & ailee.v1.ReplicaReport.$Shape;
            static create(properties?: ailee.v1.ReplicaReport.$Properties): ailee.v1.ReplicaReport;
            static encode(message: ailee.v1.ReplicaReport.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ailee.v1.ReplicaReport & ailee.v1.ReplicaReport.$Shape;
            static fromObject(object: { [k: string]: any }): ailee.v1.ReplicaReport;
            static toObject(message: ailee.v1.ReplicaReport, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace ReplicaReport {
            interface $Properties {
                workerPeerId?: (string|null);
                attempt?: (number|null);
                status?: (ailee.v1.ExecutionStatus|null);
                exitCode?: (number|null);
                outputHash?: (Uint8Array|null);
                verdict?: (string|null);
                price?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = ailee.v1.ReplicaReport.$Properties;
        }

        enum TaskEventKind {
            TASK_EVENT_KIND_UNSPECIFIED = 0,
            TASK_EVENT_KIND_ACCEPTED = 1,
            TASK_EVENT_KIND_QUEUED = 2,
            TASK_EVENT_KIND_OFFERED = 3,
            TASK_EVENT_KIND_BID = 4,
            TASK_EVENT_KIND_ASSIGNED = 5,
            TASK_EVENT_KIND_RUNNING = 6,
            TASK_EVENT_KIND_RETRY = 7,
            TASK_EVENT_KIND_DONE = 8
        }

        interface ITaskEvent extends ailee.v1.TaskEvent.$Properties {
        }

        class TaskEvent {
            constructor(properties?: ailee.v1.TaskEvent.$Properties);
            $unknowns?: Uint8Array[];
            taskId: string;
            state: ailee.v1.TaskState;
            reason: string;
            workerPeerId: string;
            attempt: number;
            bids: number;
            timestampMs: number;
            outcome?: (ailee.v1.TaskOutcome.$Properties|null);
            kind: ailee.v1.TaskEventKind;
            static create(properties: ailee.v1.TaskEvent.$Shape): ailee.v1.TaskEvent & ailee.v1.TaskEvent.$Shape;
            static create(properties?: ailee.v1.TaskEvent.$Properties): ailee.v1.TaskEvent;
            static encode(message: ailee.v1.TaskEvent.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ailee.v1.TaskEvent & ailee.v1.TaskEvent.$Shape;
            static fromObject(object: { [k: string]: any }): ailee.v1.TaskEvent;
            static toObject(message: ailee.v1.TaskEvent, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace TaskEvent {
            interface $Properties {
                taskId?: (string|null);
                state?: (ailee.v1.TaskState|null);
                reason?: (string|null);
                workerPeerId?: (string|null);
                attempt?: (number|null);
                bids?: (number|null);
                timestampMs?: (number|null);
                outcome?: (ailee.v1.TaskOutcome.$Properties|null);
                kind?: (ailee.v1.TaskEventKind|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = ailee.v1.TaskEvent.$Properties;
        }

        interface ICandidateScore extends ailee.v1.CandidateScore.$Properties {
        }

        class CandidateScore {
            constructor(properties?: ailee.v1.CandidateScore.$Properties);
            $unknowns?: Uint8Array[];
            workerPeerId: string;
            score: number;
            health: number;
            reputation: number;
            priceScore: number;
            loadScore: number;
            price: number;
            chosen: boolean;
            note: string;
            static create(properties: ailee.v1.CandidateScore.$Shape): ailee.v1.CandidateScore & ailee.v1.CandidateScore.$Shape;
            static create(properties?: ailee.v1.CandidateScore.$Properties): ailee.v1.CandidateScore;
            static encode(message: ailee.v1.CandidateScore.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ailee.v1.CandidateScore & ailee.v1.CandidateScore.$Shape;
            static fromObject(object: { [k: string]: any }): ailee.v1.CandidateScore;
            static toObject(message: ailee.v1.CandidateScore, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace CandidateScore {
            interface $Properties {
                workerPeerId?: (string|null);
                score?: (number|null);
                health?: (number|null);
                reputation?: (number|null);
                priceScore?: (number|null);
                loadScore?: (number|null);
                price?: (number|null);
                chosen?: (boolean|null);
                note?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = ailee.v1.CandidateScore.$Properties;
        }

        interface IAssignmentDecision extends ailee.v1.AssignmentDecision.$Properties {
        }

        class AssignmentDecision {
            constructor(properties?: ailee.v1.AssignmentDecision.$Properties);
            $unknowns?: Uint8Array[];
            attempt: number;
            decidedAtMs: number;
            candidates: ailee.v1.CandidateScore.$Properties[];
            outcome: string;
            static create(properties: ailee.v1.AssignmentDecision.$Shape): ailee.v1.AssignmentDecision & ailee.v1.AssignmentDecision.$Shape;
            static create(properties?: ailee.v1.AssignmentDecision.$Properties): ailee.v1.AssignmentDecision;
            static encode(message: ailee.v1.AssignmentDecision.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ailee.v1.AssignmentDecision & ailee.v1.AssignmentDecision.$Shape;
            static fromObject(object: { [k: string]: any }): ailee.v1.AssignmentDecision;
            static toObject(message: ailee.v1.AssignmentDecision, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace AssignmentDecision {
            interface $Properties {
                attempt?: (number|null);
                decidedAtMs?: (number|null);
                candidates?: (ailee.v1.CandidateScore.$Properties[]|null);
                outcome?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = ailee.v1.AssignmentDecision.$Properties;
        }

        interface ITaskStatusReport extends ailee.v1.TaskStatusReport.$Properties {
        }

        class TaskStatusReport {
            constructor(properties?: ailee.v1.TaskStatusReport.$Properties);
            $unknowns?: Uint8Array[];
            taskId: string;
            state: ailee.v1.TaskState;
            reason: string;
            attempts: number;
            workerPeerId: string;
            spec?: (ailee.v1.TaskSpec.$Properties|null);
            decisions: ailee.v1.AssignmentDecision.$Properties[];
            outcome?: (ailee.v1.TaskOutcome.$Properties|null);
            updatedAtMs: number;
            clientPeerId: string;
            replicas: ailee.v1.ReplicaReport.$Properties[];
            verification: string;
            static create(properties: ailee.v1.TaskStatusReport.$Shape): ailee.v1.TaskStatusReport & ailee.v1.TaskStatusReport.$Shape;
            static create(properties?: ailee.v1.TaskStatusReport.$Properties): ailee.v1.TaskStatusReport;
            static encode(message: ailee.v1.TaskStatusReport.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ailee.v1.TaskStatusReport & ailee.v1.TaskStatusReport.$Shape;
            static fromObject(object: { [k: string]: any }): ailee.v1.TaskStatusReport;
            static toObject(message: ailee.v1.TaskStatusReport, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace TaskStatusReport {
            interface $Properties {
                taskId?: (string|null);
                state?: (ailee.v1.TaskState|null);
                reason?: (string|null);
                attempts?: (number|null);
                workerPeerId?: (string|null);
                spec?: (ailee.v1.TaskSpec.$Properties|null);
                decisions?: (ailee.v1.AssignmentDecision.$Properties[]|null);
                outcome?: (ailee.v1.TaskOutcome.$Properties|null);
                updatedAtMs?: (number|null);
                clientPeerId?: (string|null);
                replicas?: (ailee.v1.ReplicaReport.$Properties[]|null);
                verification?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = ailee.v1.TaskStatusReport.$Properties;
        }

        interface IPeerInfo extends ailee.v1.PeerInfo.$Properties {
        }

        class PeerInfo {
            constructor(properties?: ailee.v1.PeerInfo.$Properties);
            $unknowns?: Uint8Array[];
            peerId: string;
            health: number;
            reputation: number;
            capacitySlots: number;
            runningTasks: number;
            maxMemoryPages: number;
            telemetryAgeMs: number;
            alive: boolean;
            breaker: string;
            price: number;
            cpuLoad: number;
            memoryUsedBytes: number;
            memoryTotalBytes: number;
            draining: boolean;
            successes: number;
            failures: number;
            timeouts: number;
            credibility: number;
            confirmed: number;
            caught: number;
            excludedUntilMs: number;
            bond: number;
            static create(properties: ailee.v1.PeerInfo.$Shape): ailee.v1.PeerInfo & ailee.v1.PeerInfo.$Shape;
            static create(properties?: ailee.v1.PeerInfo.$Properties): ailee.v1.PeerInfo;
            static encode(message: ailee.v1.PeerInfo.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ailee.v1.PeerInfo & ailee.v1.PeerInfo.$Shape;
            static fromObject(object: { [k: string]: any }): ailee.v1.PeerInfo;
            static toObject(message: ailee.v1.PeerInfo, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace PeerInfo {
            interface $Properties {
                peerId?: (string|null);
                health?: (number|null);
                reputation?: (number|null);
                capacitySlots?: (number|null);
                runningTasks?: (number|null);
                maxMemoryPages?: (number|null);
                telemetryAgeMs?: (number|null);
                alive?: (boolean|null);
                breaker?: (string|null);
                price?: (number|null);
                cpuLoad?: (number|null);
                memoryUsedBytes?: (number|null);
                memoryTotalBytes?: (number|null);
                draining?: (boolean|null);
                successes?: (number|null);
                failures?: (number|null);
                timeouts?: (number|null);
                credibility?: (number|null);
                confirmed?: (number|null);
                caught?: (number|null);
                excludedUntilMs?: (number|null);
                bond?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = ailee.v1.PeerInfo.$Properties;
        }

        interface IPeerList extends ailee.v1.PeerList.$Properties {
        }

        class PeerList {
            constructor(properties?: ailee.v1.PeerList.$Properties);
            $unknowns?: Uint8Array[];
            workers: ailee.v1.PeerInfo.$Properties[];
            static create(properties: ailee.v1.PeerList.$Shape): ailee.v1.PeerList & ailee.v1.PeerList.$Shape;
            static create(properties?: ailee.v1.PeerList.$Properties): ailee.v1.PeerList;
            static encode(message: ailee.v1.PeerList.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ailee.v1.PeerList & ailee.v1.PeerList.$Shape;
            static fromObject(object: { [k: string]: any }): ailee.v1.PeerList;
            static toObject(message: ailee.v1.PeerList, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace PeerList {
            interface $Properties {
                workers?: (ailee.v1.PeerInfo.$Properties[]|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = ailee.v1.PeerList.$Properties;
        }

        enum ErrorCode {
            ERROR_CODE_UNSPECIFIED = 0,
            ERROR_CODE_INVALID_MESSAGE = 1,
            ERROR_CODE_MESSAGE_TOO_LARGE = 2,
            ERROR_CODE_WRONG_NETWORK = 3,
            ERROR_CODE_NOT_FOUND = 4,
            ERROR_CODE_REJECTED = 5,
            ERROR_CODE_RATE_LIMITED = 6,
            ERROR_CODE_SHUTTING_DOWN = 7,
            ERROR_CODE_UNSUPPORTED = 8,
            ERROR_CODE_INTERNAL = 9
        }

        interface IError extends ailee.v1.Error.$Properties {
        }

        class Error {
            constructor(properties?: ailee.v1.Error.$Properties);
            $unknowns?: Uint8Array[];
            code: ailee.v1.ErrorCode;
            message: string;
            static create(properties: ailee.v1.Error.$Shape): ailee.v1.Error & ailee.v1.Error.$Shape;
            static create(properties?: ailee.v1.Error.$Properties): ailee.v1.Error;
            static encode(message: ailee.v1.Error.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ailee.v1.Error & ailee.v1.Error.$Shape;
            static fromObject(object: { [k: string]: any }): ailee.v1.Error;
            static toObject(message: ailee.v1.Error, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace Error {
            interface $Properties {
                code?: (ailee.v1.ErrorCode|null);
                message?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = ailee.v1.Error.$Properties;
        }

        interface IResponse extends ailee.v1.Response.$Properties {
        }

        class Response {
            constructor(properties?: ailee.v1.Response.$Properties);
            $unknowns?: Uint8Array[];
            event?: (ailee.v1.TaskEvent.$Properties|null);
            bidAck?: (ailee.v1.BidAck.$Properties|null);
            assignAck?: (ailee.v1.AssignAck.$Properties|null);
            ack?: (ailee.v1.Ack.$Properties|null);
            status?: (ailee.v1.TaskStatusReport.$Properties|null);
            peers?: (ailee.v1.PeerList.$Properties|null);
            balance?: (ailee.v1.AccountBalance.$Properties|null);
            proof?: (ailee.v1.ReceiptProof.$Properties|null);
            error?: (ailee.v1.Error.$Properties|null);
            coordinators?: (ailee.v1.CoordinatorList.$Properties|null);
            chainHeads?: (ailee.v1.ChainHeads.$Properties|null);
            blockRange?: (ailee.v1.BlockRange.$Properties|null);
            body?: ("event"|"bidAck"|"assignAck"|"ack"|"status"|"peers"|"balance"|"proof"|"error"|"coordinators"|"chainHeads"|"blockRange");
            static create(properties: ailee.v1.Response.$Shape): ailee.v1.Response & ailee.v1.Response.$Shape;
            static create(properties?: ailee.v1.Response.$Properties): ailee.v1.Response;
            static encode(message: ailee.v1.Response.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ailee.v1.Response & ailee.v1.Response.$Shape;
            static fromObject(object: { [k: string]: any }): ailee.v1.Response;
            static toObject(message: ailee.v1.Response, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace Response {
            interface $Properties {
                event?: (ailee.v1.TaskEvent.$Properties|null);
                bidAck?: (ailee.v1.BidAck.$Properties|null);
                assignAck?: (ailee.v1.AssignAck.$Properties|null);
                ack?: (ailee.v1.Ack.$Properties|null);
                status?: (ailee.v1.TaskStatusReport.$Properties|null);
                peers?: (ailee.v1.PeerList.$Properties|null);
                balance?: (ailee.v1.AccountBalance.$Properties|null);
                proof?: (ailee.v1.ReceiptProof.$Properties|null);
                error?: (ailee.v1.Error.$Properties|null);
                coordinators?: (ailee.v1.CoordinatorList.$Properties|null);
                chainHeads?: (ailee.v1.ChainHeads.$Properties|null);
                blockRange?: (ailee.v1.BlockRange.$Properties|null);
                body?: ("event"|"bidAck"|"assignAck"|"ack"|"status"|"peers"|"balance"|"proof"|"error"|"coordinators"|"chainHeads"|"blockRange");
                $unknowns?: Uint8Array[];
            }
            type $Shape = {
              event?: ailee.v1.TaskEvent.$Shape|null;
              bidAck?: ailee.v1.BidAck.$Shape|null;
              assignAck?: ailee.v1.AssignAck.$Shape|null;
              ack?: ailee.v1.Ack.$Shape|null;
              status?: ailee.v1.TaskStatusReport.$Shape|null;
              peers?: ailee.v1.PeerList.$Shape|null;
              balance?: ailee.v1.AccountBalance.$Shape|null;
              proof?: ailee.v1.ReceiptProof.$Shape|null;
              error?: ailee.v1.Error.$Shape|null;
              coordinators?: ailee.v1.CoordinatorList.$Shape|null;
              chainHeads?: ailee.v1.ChainHeads.$Shape|null;
              blockRange?: ailee.v1.BlockRange.$Shape|null;
              $unknowns?: Uint8Array[];
            } & (
              ({ body?: undefined; event?: null; bidAck?: null; assignAck?: null; ack?: null; status?: null; peers?: null; balance?: null; proof?: null; error?: null; coordinators?: null; chainHeads?: null; blockRange?: null }|{ body?: "event"; event: ailee.v1.TaskEvent.$Shape; bidAck?: null; assignAck?: null; ack?: null; status?: null; peers?: null; balance?: null; proof?: null; error?: null; coordinators?: null; chainHeads?: null; blockRange?: null }|{ body?: "bidAck"; event?: null; bidAck: ailee.v1.BidAck.$Shape; assignAck?: null; ack?: null; status?: null; peers?: null; balance?: null; proof?: null; error?: null; coordinators?: null; chainHeads?: null; blockRange?: null }|{ body?: "assignAck"; event?: null; bidAck?: null; assignAck: ailee.v1.AssignAck.$Shape; ack?: null; status?: null; peers?: null; balance?: null; proof?: null; error?: null; coordinators?: null; chainHeads?: null; blockRange?: null }|{ body?: "ack"; event?: null; bidAck?: null; assignAck?: null; ack: ailee.v1.Ack.$Shape; status?: null; peers?: null; balance?: null; proof?: null; error?: null; coordinators?: null; chainHeads?: null; blockRange?: null }|{ body?: "status"; event?: null; bidAck?: null; assignAck?: null; ack?: null; status: ailee.v1.TaskStatusReport.$Shape; peers?: null; balance?: null; proof?: null; error?: null; coordinators?: null; chainHeads?: null; blockRange?: null }|{ body?: "peers"; event?: null; bidAck?: null; assignAck?: null; ack?: null; status?: null; peers: ailee.v1.PeerList.$Shape; balance?: null; proof?: null; error?: null; coordinators?: null; chainHeads?: null; blockRange?: null }|{ body?: "balance"; event?: null; bidAck?: null; assignAck?: null; ack?: null; status?: null; peers?: null; balance: ailee.v1.AccountBalance.$Shape; proof?: null; error?: null; coordinators?: null; chainHeads?: null; blockRange?: null }|{ body?: "proof"; event?: null; bidAck?: null; assignAck?: null; ack?: null; status?: null; peers?: null; balance?: null; proof: ailee.v1.ReceiptProof.$Shape; error?: null; coordinators?: null; chainHeads?: null; blockRange?: null }|{ body?: "error"; event?: null; bidAck?: null; assignAck?: null; ack?: null; status?: null; peers?: null; balance?: null; proof?: null; error: ailee.v1.Error.$Shape; coordinators?: null; chainHeads?: null; blockRange?: null }|{ body?: "coordinators"; event?: null; bidAck?: null; assignAck?: null; ack?: null; status?: null; peers?: null; balance?: null; proof?: null; error?: null; coordinators: ailee.v1.CoordinatorList.$Shape; chainHeads?: null; blockRange?: null }|{ body?: "chainHeads"; event?: null; bidAck?: null; assignAck?: null; ack?: null; status?: null; peers?: null; balance?: null; proof?: null; error?: null; coordinators?: null; chainHeads: ailee.v1.ChainHeads.$Shape; blockRange?: null }|{ body?: "blockRange"; event?: null; bidAck?: null; assignAck?: null; ack?: null; status?: null; peers?: null; balance?: null; proof?: null; error?: null; coordinators?: null; chainHeads?: null; blockRange: ailee.v1.BlockRange.$Shape })
            );
        }

        interface IChainHeadsQuery extends ailee.v1.ChainHeadsQuery.$Properties {
        }

        class ChainHeadsQuery {
            constructor(properties?: ailee.v1.ChainHeadsQuery.$Properties);
            $unknowns?: Uint8Array[];
            static create(properties: ailee.v1.ChainHeadsQuery.$Shape): ailee.v1.ChainHeadsQuery & ailee.v1.ChainHeadsQuery.$Shape;
            static create(properties?: ailee.v1.ChainHeadsQuery.$Properties): ailee.v1.ChainHeadsQuery;
            static encode(message: ailee.v1.ChainHeadsQuery.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ailee.v1.ChainHeadsQuery & ailee.v1.ChainHeadsQuery.$Shape;
            static fromObject(object: { [k: string]: any }): ailee.v1.ChainHeadsQuery;
            static toObject(message: ailee.v1.ChainHeadsQuery, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace ChainHeadsQuery {
            interface $Properties {
                $unknowns?: Uint8Array[];
            }
            type $Shape = ailee.v1.ChainHeadsQuery.$Properties;
        }

        interface IChainHeadInfo extends ailee.v1.ChainHeadInfo.$Properties {
        }

        class ChainHeadInfo {
            constructor(properties?: ailee.v1.ChainHeadInfo.$Properties);
            $unknowns?: Uint8Array[];
            producerPeerId: string;
            height: number;
            headHash: Uint8Array;
            static create(properties: ailee.v1.ChainHeadInfo.$Shape): ailee.v1.ChainHeadInfo & ailee.v1.ChainHeadInfo.$Shape;
            static create(properties?: ailee.v1.ChainHeadInfo.$Properties): ailee.v1.ChainHeadInfo;
            static encode(message: ailee.v1.ChainHeadInfo.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ailee.v1.ChainHeadInfo & ailee.v1.ChainHeadInfo.$Shape;
            static fromObject(object: { [k: string]: any }): ailee.v1.ChainHeadInfo;
            static toObject(message: ailee.v1.ChainHeadInfo, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace ChainHeadInfo {
            interface $Properties {
                producerPeerId?: (string|null);
                height?: (number|null);
                headHash?: (Uint8Array|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = ailee.v1.ChainHeadInfo.$Properties;
        }

        interface IChainHeads extends ailee.v1.ChainHeads.$Properties {
        }

        class ChainHeads {
            constructor(properties?: ailee.v1.ChainHeads.$Properties);
            $unknowns?: Uint8Array[];
            heads: ailee.v1.ChainHeadInfo.$Properties[];
            static create(properties: ailee.v1.ChainHeads.$Shape): ailee.v1.ChainHeads & ailee.v1.ChainHeads.$Shape;
            static create(properties?: ailee.v1.ChainHeads.$Properties): ailee.v1.ChainHeads;
            static encode(message: ailee.v1.ChainHeads.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ailee.v1.ChainHeads & ailee.v1.ChainHeads.$Shape;
            static fromObject(object: { [k: string]: any }): ailee.v1.ChainHeads;
            static toObject(message: ailee.v1.ChainHeads, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace ChainHeads {
            interface $Properties {
                heads?: (ailee.v1.ChainHeadInfo.$Properties[]|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = ailee.v1.ChainHeads.$Properties;
        }

        interface IBlockRangeQuery extends ailee.v1.BlockRangeQuery.$Properties {
        }

        class BlockRangeQuery {
            constructor(properties?: ailee.v1.BlockRangeQuery.$Properties);
            $unknowns?: Uint8Array[];
            producerPeerId: string;
            fromHeight: number;
            count: number;
            static create(properties: ailee.v1.BlockRangeQuery.$Shape): ailee.v1.BlockRangeQuery & ailee.v1.BlockRangeQuery.$Shape;
            static create(properties?: ailee.v1.BlockRangeQuery.$Properties): ailee.v1.BlockRangeQuery;
            static encode(message: ailee.v1.BlockRangeQuery.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ailee.v1.BlockRangeQuery & ailee.v1.BlockRangeQuery.$Shape;
            static fromObject(object: { [k: string]: any }): ailee.v1.BlockRangeQuery;
            static toObject(message: ailee.v1.BlockRangeQuery, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace BlockRangeQuery {
            interface $Properties {
                producerPeerId?: (string|null);
                fromHeight?: (number|null);
                count?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = ailee.v1.BlockRangeQuery.$Properties;
        }

        interface IBlockRange extends ailee.v1.BlockRange.$Properties {
        }

        class BlockRange {
            constructor(properties?: ailee.v1.BlockRange.$Properties);
            $unknowns?: Uint8Array[];
            blocks: Uint8Array[];
            static create(properties: ailee.v1.BlockRange.$Shape): ailee.v1.BlockRange & ailee.v1.BlockRange.$Shape;
            static create(properties?: ailee.v1.BlockRange.$Properties): ailee.v1.BlockRange;
            static encode(message: ailee.v1.BlockRange.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ailee.v1.BlockRange & ailee.v1.BlockRange.$Shape;
            static fromObject(object: { [k: string]: any }): ailee.v1.BlockRange;
            static toObject(message: ailee.v1.BlockRange, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace BlockRange {
            interface $Properties {
                blocks?: (Uint8Array[]|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = ailee.v1.BlockRange.$Properties;
        }
    }
}
