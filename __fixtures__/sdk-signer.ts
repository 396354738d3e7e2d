// Huawei's official Node signer (AKSKSigner in the devDependency @huaweicloud/huaweicloud-sdk-core),
// the oracle of the AK/SK tests. It is not in the SDK's public index, so the CommonJS module is
// loaded by path.
import { createRequire } from 'node:module'

const require = createRequire(import.meta.url)

export const { AKSKSigner } = require('@huaweicloud/huaweicloud-sdk-core/auth/AKSKSigner') as {
  AKSKSigner: {
    sign(
      request: { method: string; endpoint: string; queryParams: object; headers: object; data?: object },
      credential: { getAk(): string; getSk(): string }
    ): Record<string, string>
  }
}
