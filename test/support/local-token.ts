/**
 * A tab token from the embedded server's local sign-in (`POST /auth/local/token`), as the
 * sign-in page gets one; fails loudly when the server refuses.
 */
export async function localToken(baseUrl: string, personId: string): Promise<string> {
  const res = await fetch(`${baseUrl}/auth/local/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ personId }),
  });
  if (res.status !== 200) throw new Error(`local sign-in of ${personId}: ${res.status}`);
  return ((await res.json()) as { accessToken: string }).accessToken;
}
