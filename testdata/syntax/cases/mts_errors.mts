export const a = await;
export default ;
