// GraphiQL for GET /graphql: GraphiQLPage.cs serves the HTML, this bundle mounts the IDE into #graphiql.
import { GraphiQL } from 'graphiql';
import { createRoot } from 'react-dom/client';
import 'graphiql/graphiql.css';

const container = document.getElementById('graphiql');
const endpoint = container.dataset.endpoint;

// Plain POST, as the GraphQL-over-HTTP spec asks; no websockets, since the API has no subscriptions.
async function fetcher(params, options) {
  const response = await fetch(endpoint, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      Accept: 'application/graphql-response+json, application/json',
      ...options?.headers, // what the user types in the Headers tab, e.g. Authorization
    },
    body: JSON.stringify(params),
  });
  const text = await response.text();
  try {
    // Request errors come back as JSON with a 4xx status; show them like any result.
    return JSON.parse(text);
  } catch {
    throw new Error(`${response.status} ${response.statusText}: ${text}`);
  }
}

const defaultQuery = `# Welcome to the Timebank API.
#
# Most fields need a signed-in member. New here? Make an account
# (it signs you in and answers with a token):
#
#   mutation {
#     signUp(input: { email: "you@example.org", displayName: "Your name", password: "at least 10 characters" }) {
#       token
#       member { id displayName }
#       errors { code message }
#     }
#   }
#
# No token back and no error? That email already has an account:
# sign in with it instead (this also gets a fresh token later):
#
#   mutation {
#     signIn(input: { email: "you@example.org", password: "your password" }) {
#       token
#       expiresAt
#       errors { code message }
#     }
#   }
#
# Then add the token in the Headers tab below:
#
#   { "Authorization": "Bearer <token>" }
#
# and try { me { id displayName } }. Run a query with Ctrl-Enter or the run button.

{ __typename }
`;

createRoot(container).render(<GraphiQL fetcher={fetcher} defaultQuery={defaultQuery} />);
