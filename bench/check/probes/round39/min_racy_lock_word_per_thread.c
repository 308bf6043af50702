/* TRUTH: racy — each thread spins on its own lock word locks[id] (ids 0 and 1), so the "lock" excludes nothing: both `stock--` run concurrently. */
#include <pthread.h>
#include <stdatomic.h>
static atomic_int locks[2];
static int stock = 10;
static void *w(void *p) {
  long id = (long)p;
  while (atomic_exchange(&locks[id], 1))
    ;
  stock--;
  atomic_store(&locks[id], 0);
  return 0;
}
int main(void) {
  pthread_t a, b;
  pthread_create(&a, 0, w, (void *)0);
  pthread_create(&b, 0, w, (void *)1);
  pthread_join(a, 0);
  pthread_join(b, 0);
  return stock;
}
