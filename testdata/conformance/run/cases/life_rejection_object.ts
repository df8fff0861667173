// Rejecting with a plain object: ERR_UNHANDLED_REJECTION shows it inspected.
const reason: { code: string; retry: boolean } = { code: "E_FAIL", retry: false };
Promise.reject(reason);
