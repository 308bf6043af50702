/* TRUTH: racy — tickets come from __sync_fetch_and_add, but 'serving' is spun on and bumped with plain accesses */
#include <pthread.h>

unsigned next_ticket;
unsigned serving;
int protected_sum;

void tlock(void) {
  unsigned my = __sync_fetch_and_add(&next_ticket, 1);
  while (serving != my) {}
}
void tunlock(void) { serving = serving + 1; }

void *worker(void *arg) {
  tlock();
  protected_sum += 1;
  tunlock();
  return 0;
}

int main(void) {
  pthread_t a, b;
  pthread_create(&a, 0, worker, 0);
  pthread_create(&b, 0, worker, 0);
  pthread_join(a, 0);
  pthread_join(b, 0);
  return protected_sum;
}
