/** Types of build-stamp.js (plain JavaScript, so that a production install runs it without tsx). */
export declare const buildInputs: readonly string[];
export declare const buildStampFile: string;
export declare function buildInputsHash(): string;
export declare function writeBuildStamp(inputsHash: string): void;
export declare function staleReason(): string | undefined;
