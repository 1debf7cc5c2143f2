import type { IncomingMessage } from 'node:http';

export declare const FORWARDING_HEADERS: string[];
export declare function clientAddress(input: { remoteAddress: string | undefined; forwardedFor: string | string[] | undefined; trustProxy: boolean }): string;
export declare function setClientAddress(req: IncomingMessage, trustProxy: boolean): string;
export declare function parseTrustProxy(value: string | undefined): boolean;
