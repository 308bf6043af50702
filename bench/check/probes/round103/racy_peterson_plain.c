/* TRUTH: racy — Peterson's lock built from plain ints: flag/turn are read and written concurrently without atomics */
#include <pthread.h>
extern void abort(void);
void reach_error(void) { abort(); }

int flag0, flag1, turn;
int cs;

void *p0(void *arg) {
  flag0 = 1;
  turn = 1;
  while (flag1 == 1 && turn == 1) {}
  cs = 0;
  flag0 = 0;
  return 0;
}

void *p1(void *arg) {
  flag1 = 1;
  turn = 0;
  while (flag0 == 1 && turn == 0) {}
  cs = 1;
  flag1 = 0;
  return 0;
}

int main(void) {
  pthread_t a, b;
  pthread_create(&a, 0, p0, 0);
  pthread_create(&b, 0, p1, 0);
  pthread_join(a, 0);
  pthread_join(b, 0);
  return 0;
}
