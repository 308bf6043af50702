/* TRUTH: free — relaxed atomic increments are still atomic (no data race); main's load happens after the joins */
#include <pthread.h>
#include <stdatomic.h>
atomic_long events;
void *t(void *a) {
  for (int i = 0; i < 10; i++) atomic_fetch_add_explicit(&events, 1, memory_order_relaxed);
  return 0;
}
int main(void) {
  pthread_t x, y;
  pthread_create(&x, 0, t, 0);
  pthread_create(&y, 0, t, 0);
  pthread_join(x, 0);
  pthread_join(y, 0);
  return atomic_load_explicit(&events, memory_order_relaxed) == 20 ? 0 : 1;
}
