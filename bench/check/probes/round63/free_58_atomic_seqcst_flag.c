/* TRUTH: free — result written before a seq_cst store to ready; the reader reads result after a seq_cst load saw 1 */
#include <pthread.h>
#include <stdatomic.h>
static atomic_int ready;
static int result;
static void *compute(void *p) { (void)p; result = 6 * 7; atomic_store(&ready, 1); return 0; }
static void *await(void *p) { (void)p; while (!atomic_load(&ready)) ; return (void *)(long)result; }
int main(void) {
  pthread_t a, b;
  pthread_create(&b, 0, await, 0); pthread_create(&a, 0, compute, 0);
  pthread_join(a, 0); pthread_join(b, 0);
  return 0;
}
