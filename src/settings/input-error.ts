/** A bad input: the message names the input, the problem and a good example. */
export class InputError extends Error {
  override name = 'InputError'
  constructor(
    readonly input: string,
    problem: string,
    example?: string
  ) {
    super(`Input "${input}" ${problem}${example ? `. Example: ${example}` : ''}`)
  }
}
