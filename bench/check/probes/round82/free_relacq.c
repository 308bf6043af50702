/* TRUTH: free — payload written before release store; reader reads after acquire load sees 1 */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
atomic_int ready; int payload[3];
void *p(void *a) { payload[0] = 1; payload[2] = 3; atomic_store_explicit(&ready, 1, memory_order_release); return 0; }
void *c(void *a) { while (!atomic_load_explicit(&ready, memory_order_acquire)) ; printf("%d\n", payload[0] + payload[2]); return 0; }
int main(void) {
  pthread_t a, b;
  pthread_create(&a, 0, p, 0); pthread_create(&b, 0, c, 0);
  pthread_join(a, 0); pthread_join(b, 0); return 0;
}
