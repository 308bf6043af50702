// racy: Peterson's algorithm written with plain (non-atomic) ints: flag[] and turn are written and read concurrently.
#include <pthread.h>
volatile int flag[2];
volatile int turn;
int cs;
void *t0(void *arg) {
  flag[0] = 1;
  turn = 1;
  while (flag[1] && turn == 1) {}
  cs++;
  flag[0] = 0;
  return 0;
}
void *t1(void *arg) {
  flag[1] = 1;
  turn = 0;
  while (flag[0] && turn == 0) {}
  cs++;
  flag[1] = 0;
  return 0;
}
int main(void) {
  pthread_t a, b;
  pthread_create(&a, 0, t0, 0);
  pthread_create(&b, 0, t1, 0);
  pthread_join(a, 0);
  pthread_join(b, 0);
  return cs;
}
