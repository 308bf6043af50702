/* TRUTH: racy — the ticket counters are `__thread`: every thread draws ticket 0 from its own counter and sees its own now_serving == 0, so both `balance += 1` run at once. */
#include <pthread.h>
#include <stdatomic.h>
static __thread atomic_uint next_ticket, now_serving;
static long balance;
static void *w(void *p) {
  (void)p;
  unsigned my = atomic_fetch_add(&next_ticket, 1);
  while (atomic_load(&now_serving) != my)
    ;
  balance += 1;
  atomic_fetch_add(&now_serving, 1);
  return 0;
}
int main(void) {
  pthread_t a, b;
  pthread_create(&a, 0, w, 0);
  pthread_create(&b, 0, w, 0);
  pthread_join(a, 0);
  pthread_join(b, 0);
  return 0;
}
