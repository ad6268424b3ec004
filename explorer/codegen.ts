import type { CodegenConfig } from '@graphql-codegen/cli';

// Types for every document in src/graphql/ from the server's exported SDL. The
// documents are emitted as strings, so no GraphQL parser ships in the bundle.
const config: CodegenConfig = {
  schema: '../schema.graphql',
  documents: ['src/graphql/**/*.graphql'],
  ignoreNoDocuments: false,
  generates: {
    'src/gql/': {
      preset: 'client',
      presetConfig: {
        fragmentMasking: false,
        gqlTagName: 'graphql',
      },
      config: {
        documentMode: 'string',
        enumsAsTypes: true,
        useTypeImports: true,
        strictScalars: true,
        skipTypename: true,
        scalars: {
          Date: 'string',
          DateTime: 'string',
        },
      },
    },
  },
};

export default config;
