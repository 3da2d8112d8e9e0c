/** The tokenizer moved to commands/ so the console and Slack read command text the same way. */
export { tokenizeCommandText } from '../../../commands/tokenize-command-text.js';
