/* TRUTH: racy — Peterson's lock built from volatile (non-atomic) ints: flag/turn accesses race, and CS is not ordered by C11 */
#include <pthread.h>
#include <stdio.h>

volatile int flag[2];
volatile int turn;
int counter;

static void lock(int me) {
  int other = 1 - me;
  flag[me] = 1;
  turn = other;
  while (flag[other] && turn == other)
    ;
}
static void unlock(int me) { flag[me] = 0; }

static void *worker(void *arg) {
  int me = (int)(long)arg;
  for (int i = 0; i < 1000; i++) {
    lock(me);
    counter++;
    unlock(me);
  }
  return NULL;
}

int main(void) {
  pthread_t t[2];
  for (long i = 0; i < 2; i++) pthread_create(&t[i], NULL, worker, (void *)i);
  for (int i = 0; i < 2; i++) pthread_join(t[i], NULL);
  printf("%d\n", counter);
  return 0;
}
