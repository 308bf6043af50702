// racy: ticket lock where the ticket is read with atomic_load instead of fetch_add, so two threads get the same ticket and enter together.
#include <pthread.h>
#include <stdatomic.h>
atomic_uint next_ticket, now_serving;
long total;
static void tlock(void) {
  unsigned my = atomic_load(&next_ticket);
  while (atomic_load(&now_serving) != my) {}
}
static void tunlock(void) { atomic_fetch_add(&next_ticket, 1); atomic_fetch_add(&now_serving, 1); }
void *w(void *a) {
  tlock();
  total += 1;
  tunlock();
  return 0;
}
int main(void) {
  pthread_t th[2];
  for (int i = 0; i < 2; i++) pthread_create(&th[i], 0, w, 0);
  for (int i = 0; i < 2; i++) pthread_join(th[i], 0);
  return (int)total;
}
