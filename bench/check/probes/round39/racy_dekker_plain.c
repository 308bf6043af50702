/* TRUTH: racy — wants[] and turn are plain ints: worker me writes wants[me] (enter/leave) while the other worker reads it in `while (wants[other])` unordered; the payload also races once the compiler/hardware reorders. */
#include <pthread.h>
#include <stdlib.h>
void reach_error(void) { abort(); }
int wants[2];
int turn;
int shared;
static void enter(int me) {
  int other = 1 - me;
  wants[me] = 1;
  while (wants[other]) {
    if (turn != me) {
      wants[me] = 0;
      while (turn != me)
        ;
      wants[me] = 1;
    }
  }
}
static void leave(int me) {
  turn = 1 - me;
  wants[me] = 0;
}
static void *worker(void *arg) {
  int me = (int)(long)arg;
  for (int i = 0; i < 2; i++) {
    enter(me);
    shared += 10;
    leave(me);
  }
  return NULL;
}
int main(void) {
  pthread_t t0, t1;
  pthread_create(&t0, NULL, worker, (void *)0);
  pthread_create(&t1, NULL, worker, (void *)1);
  pthread_join(t0, NULL);
  pthread_join(t1, NULL);
  if (shared != 40) reach_error();
  return 0;
}
