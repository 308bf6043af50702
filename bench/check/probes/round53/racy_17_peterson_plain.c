/* TRUTH: racy — Peterson's algorithm with plain ints: flag and turn are written and read concurrently without atomics */
#include <pthread.h>
extern void __assert_fail(const char *, const char *, unsigned int, const char *);
void reach_error() { __assert_fail("0", "racy_17_peterson_plain.c", 4, "reach_error"); }
int flag1 = 0, flag2 = 0;
int turn;
int x;

void *thr1(void *arg) {
  flag1 = 1;
  turn = 1;
  while (flag2 == 1 && turn == 1) { }
  x = 0;
  if (x != 0) reach_error();
  flag1 = 0;
  return 0;
}

void *thr2(void *arg) {
  flag2 = 1;
  turn = 0;
  while (flag1 == 1 && turn == 0) { }
  x = 1;
  if (x != 1) reach_error();
  flag2 = 0;
  return 0;
}

int main(void) {
  pthread_t t1, t2;
  pthread_create(&t1, 0, thr1, 0);
  pthread_create(&t2, 0, thr2, 0);
  pthread_join(t1, 0);
  pthread_join(t2, 0);
  return 0;
}
