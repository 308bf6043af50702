/* TRUTH: free — seen is only accessed by relaxed atomic RMWs/loads during the run; main's plain read is after the joins */
#include <pthread.h>
#include <stdatomic.h>
static atomic_long seen;
static void *count_fn(void *p) { (void)p; for (int i = 0; i < 10; i++) atomic_fetch_add_explicit(&seen, 1, memory_order_relaxed); return 0; }
int main(void) {
  pthread_t t[3];
  for (int i = 0; i < 3; i++) pthread_create(&t[i], 0, count_fn, 0);
  long mid = atomic_load_explicit(&seen, memory_order_relaxed);
  for (int i = 0; i < 3; i++) pthread_join(t[i], 0);
  return (int)(seen + mid);
}
