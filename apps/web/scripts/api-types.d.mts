/** Types of api-types.mjs for the freshness test (tests/server/openapi.test.ts). */
export declare const openapiPath: string;
export declare const schemaPath: string;
export declare function renderApiTypes(doc: unknown): Promise<string>;
