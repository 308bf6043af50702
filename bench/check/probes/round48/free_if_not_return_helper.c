/* TRUTH: free — the thread returns unless ready_p() saw ready (released after main's write), so its read of x is ordered after that write */
#include <pthread.h>
#include <stdatomic.h>
int x; atomic_int ready; int out;
static int ready_p(void) { return atomic_load_explicit(&ready, memory_order_acquire); }
void *t(void *a) {
  if (!ready_p()) return 0;
  out = x;
  return 0;
}
int main(void) {
  pthread_t th;
  pthread_create(&th, 0, t, 0);
  x = 4;
  atomic_store_explicit(&ready, 1, memory_order_release);
  pthread_join(th, 0);
  return out;
}
