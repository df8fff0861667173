// Rejecting with undefined.
new Promise<void>((_, reject) => reject());
