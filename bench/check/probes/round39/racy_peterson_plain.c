/* TRUTH: racy — flag[] and turn are plain ints: worker 0 writes flag[0] (lock, unlock) while worker 1 reads flag[0] in its spin loop with no happens-before; likewise the plain stores to turn by both threads race. */
#include <pthread.h>
#include <stdlib.h>
void reach_error(void) { abort(); }
int flag[2];
int turn;
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
  for (int i = 0; i < 3; i++) {
    lock(me);
    counter = counter + 1;
    unlock(me);
  }
  return NULL;
}
int main(void) {
  pthread_t a, b;
  pthread_create(&a, NULL, worker, (void *)0);
  pthread_create(&b, NULL, worker, (void *)1);
  pthread_join(a, NULL);
  pthread_join(b, NULL);
  if (counter != 6) reach_error();
  return 0;
}
