// For one piece of content in the share sheet: why each network's share
// would be refused by the guidelines (null where it wouldn't), from the
// rules loaded at sign-in and the captions as the advocate has them now.
import { NETWORKS, suggestedCaption } from './networks.js';
import { captionProblem, contentProblem } from './guidelineCheck.js';

/** {networkId: {code, message, field: 'caption' | 'content'} | null} */
export function shareProblems(content, captions, rules) {
  return Object.fromEntries(NETWORKS.map((net) => [net.id, problemFor(content, net.id, captions[net.id], rules)]));
}

function problemFor(content, networkId, caption, rules) {
  if (!rules) return null; // not loaded: the server still checks the share
  const inContent = contentProblem(content, networkId, rules);
  if (inContent) return { ...inContent, field: 'content' };
  const edited = isEdited(content, networkId, caption);
  const inCaption = captionProblem(caption, { ...rules, edited });
  return inCaption && { ...inCaption, field: 'caption' };
}

/** Only an edited caption is sent (and checked): the suggested one is the company's own. */
export function isEdited(content, networkId, caption) {
  return caption !== suggestedCaption(content, networkId);
}
