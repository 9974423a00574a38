import { GraphHttpError, notFound } from './errors.js';
import { downloadToken } from './drive-model.js';
import type { FakeState } from './state.js';
import type { GraphRequest, GraphResponse, ResolvedOptions } from './types.js';
import { handleUploadUrl } from './upload-session.js';

/**
 * Requests to `https://<tenant>.sharepoint.com/...` that the forwarding middleware sent to the
 * fake: upload-session URLs and pre-authenticated download URLs (PLATFORM_NOTES §2).
 */
export function handleSharePointHost(
  req: GraphRequest,
  state: FakeState,
  options: ResolvedOptions,
): GraphResponse {
  const path = req.path.toLowerCase();
  if (path.includes('/_api/v2.0/') && path.endsWith('/uploadsession')) {
    return handleUploadUrl(req, state, options);
  }
  if (path.endsWith('/_layouts/15/download.aspx') && req.method === 'GET') {
    const uniqueId = (req.query.get('UniqueId') ?? '').toLowerCase();
    for (const site of state.sites) {
      for (const drive of site.drives) {
        for (const item of drive.items.values()) {
          if (item.uniqueId.toLowerCase() !== uniqueId || item.folder) continue;
          // The URL is pre-authenticated by its token, bound to the version it was issued for.
          if (req.query.get('tempauth') !== downloadToken(item)) {
            throw new GraphHttpError(
              401,
              'unauthenticated',
              'The download URL has expired or is not valid.',
            );
          }
          return {
            status: 200,
            headers: {
              'Content-Type': item.mimeType,
              'Content-Disposition': `attachment; filename="${encodeURIComponent(item.name)}"`,
            },
            body: item.content,
          };
        }
      }
    }
    throw notFound('File Not Found.');
  }
  throw notFound(`Nothing is served at ${req.path} on the SharePoint host of the fake.`);
}
