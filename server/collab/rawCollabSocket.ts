// Moved to server/testing/rawCollabSocket.ts; this re-export remains only until
// socketFuzz.test.ts (being edited in another change) imports from there. Issue 18.
export * from '../testing/rawCollabSocket';
