// The Web Chat page: gets a token from the bot (never a Direct Line secret), resumes the
// conversation this browser already had, and renders Web Chat with the product's look.
import { createDirectLine, createStyleSet, renderWebChat } from 'botframework-webchat';

const storageKey = 'chatbot.webchat.session';

function loadSession() {
  try {
    return JSON.parse(window.localStorage.getItem(storageKey) || 'null');
  } catch {
    return null;
  }
}

function saveSession(session) {
  try {
    window.localStorage.setItem(storageKey, JSON.stringify(session));
  } catch {
    // Private browsing can refuse storage; the chat still works, it just starts afresh on reload.
  }
}

async function fetchToken(previous) {
  const headers = previous ? { Authorization: `Bearer ${previous.token}` } : {};
  const response = await fetch('api/webchat/token', { method: 'POST', headers });
  if (response.status === 401 && previous) {
    // The saved conversation is gone or no longer ours: start a new one.
    window.localStorage.removeItem(storageKey);
    return fetchToken(null);
  }

  if (!response.ok) {
    throw new Error(`The bot refused a chat token (HTTP ${response.status}).`);
  }

  return response.json();
}

const styleOptions = {
  accent: '#3b4cca',
  backgroundColor: '#ffffff',
  bubbleBackground: '#eef0fb',
  bubbleBorderRadius: 12,
  bubbleFromUserBackground: '#3b4cca',
  bubbleFromUserTextColor: '#ffffff',
  bubbleFromUserBorderRadius: 12,
  primaryFont: "'Segoe UI', system-ui, -apple-system, Roboto, 'Helvetica Neue', Arial, sans-serif",
  sendBoxBackground: '#ffffff',
  hideUploadButton: true,
  botAvatarInitials: 'LC',
  userAvatarInitials: 'You',
  suggestedActionLayout: 'flow',
};

async function start() {
  const host = document.getElementById('webchat');
  const status = document.getElementById('webchat-status');
  try {
    const session = await fetchToken(loadSession());
    saveSession({ token: session.token, conversationId: session.conversationId });

    const directLine = createDirectLine({
      token: session.token,
      domain: session.domain || undefined,
      conversationId: session.domain ? session.conversationId : undefined,
    });

    // Keep the saved token current: the bot refreshes it in the background.
    directLine.activity$.subscribe(() => {});
    renderWebChat(
      {
        directLine,
        userID: session.userId,
        styleSet: createStyleSet(styleOptions),
        styleOptions,
        locale: document.documentElement.lang || 'en-US',
      },
      host,
    );
    status.remove();
    host.querySelector('input, textarea')?.focus();
  } catch (error) {
    status.textContent = `The chat could not start: ${error.message} Please reload the page.`;
    status.setAttribute('role', 'alert');
  }
}

start();
