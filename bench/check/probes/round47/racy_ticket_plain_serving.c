/* TRUTH: racy — ticket lock where now_serving is a plain int: unlock does a non-atomic increment while waiters read it */
#include <pthread.h>
unsigned next_ticket;
unsigned now_serving;
int shared;
static void tlock(void) {
  unsigned my = __sync_fetch_and_add(&next_ticket, 1);
  while (now_serving != my) {}
}
static void tunlock(void) { now_serving++; }
void *t(void *a) {
  tlock();
  shared++;
  tunlock();
  return 0;
}
int main(void) {
  pthread_t x, y;
  pthread_create(&x, 0, t, 0);
  pthread_create(&y, 0, t, 0);
  pthread_join(x, 0);
  pthread_join(y, 0);
  return shared;
}
