// free: ticket lock: my = fetch_add(&next_ticket); spin until now_serving == my (seq_cst); release by fetch_add(&now_serving).
#include <pthread.h>
#include <stdatomic.h>
atomic_uint next_ticket, now_serving;
long total;
static void tlock(void) {
  unsigned my = atomic_fetch_add(&next_ticket, 1);
  while (atomic_load(&now_serving) != my) {}
}
static void tunlock(void) { atomic_fetch_add(&now_serving, 1); }
void *w(void *a) {
  for (int i = 0; i < 5; i++) {
    tlock();
    total += i;
    tunlock();
  }
  return 0;
}
int main(void) {
  pthread_t th[3];
  for (int i = 0; i < 3; i++) pthread_create(&th[i], 0, w, 0);
  for (int i = 0; i < 3; i++) pthread_join(th[i], 0);
  return (int)total;
}
