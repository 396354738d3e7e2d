// The renderers that run after the wait, in one module so that the summary and the comment load
// one on-demand chunk between them (imported apart, the bundler copies markdown.ts into each).
export { renderMarkdown } from './markdown.js'
export { renderComment, sameCommentContent } from './comment.js'
