/* TRUTH: racy — the flag is atomic but uses relaxed order, so it creates no happens-before for the plain payload write/read */
#include <pthread.h>
#include <stdatomic.h>
int payload;
atomic_int ready;
void *w(void *a)
{
  payload = 123;
  atomic_store_explicit(&ready, 1, memory_order_relaxed);
  return 0;
}
void *r(void *a)
{
  if (atomic_load_explicit(&ready, memory_order_relaxed))
    return (void *)(long)payload;
  return 0;
}
int main(void)
{
  pthread_t x, y;
  pthread_create(&x, 0, w, 0);
  pthread_create(&y, 0, r, 0);
  pthread_join(x, 0);
  pthread_join(y, 0);
  return 0;
}
