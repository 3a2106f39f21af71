// A Direct Line client that is not ours: botframework-directlinejs under Node, against the bot's local
// Direct Line endpoint. Usage: node converse.cjs <bot base url> <question>
// Prints one JSON line {"conversationId","userId","answer":{...},"text"} and exits 0, or exits 1 on failure.
'use strict';

global.XMLHttpRequest = require('xhr2');
global.WebSocket = require('ws');

const { DirectLine, ConnectionStatus } = require('botframework-directlinejs');

const [baseUrl, question] = process.argv.slice(2);
if (!baseUrl || !question) {
  console.error('usage: node converse.cjs <bot base url> <question>');
  process.exit(2);
}

async function main() {
  const session = await (await fetch(new URL('api/webchat/token', baseUrl), { method: 'POST' })).json();
  const directLine = new DirectLine({ token: session.token, domain: session.domain, webSocket: true });

  const answer = new Promise((resolve, reject) => {
    directLine.activity$.subscribe(
      (activity) => {
        if (activity.type === 'message' && activity.from.role === 'bot' && activity.channelData?.answer) {
          resolve(activity);
        }
      },
      reject,
    );
  });

  await new Promise((resolve, reject) => {
    directLine.connectionStatus$.subscribe((status) => {
      if (status === ConnectionStatus.Online) resolve();
      if (status === ConnectionStatus.FailedToConnect) reject(new Error('failed to connect'));
    });
  });

  await new Promise((resolve, reject) => {
    directLine
      .postActivity({ type: 'message', from: { id: session.userId, name: 'Node client' }, text: question })
      .subscribe(resolve, reject);
  });

  const reply = await answer;
  console.log(JSON.stringify({
    conversationId: directLine.conversationId,
    userId: reply.recipient?.id,
    answer: reply.channelData.answer,
    // Answers come as Adaptive Cards on Direct Line; their text blocks are the answer.
    text: reply.text || (reply.attachments || []).flatMap((a) => a.content?.body || []).map((b) => b.text).join('\n'),
  }));
  directLine.end();
  process.exit(0);
}

const timer = setTimeout(() => {
  console.error('no answer within 30 s');
  process.exit(1);
}, 30000);
timer.unref();

main().catch((error) => {
  console.error(error?.stack || String(error));
  process.exit(1);
});
