/* TRUTH: racy — leave_if returns from itself (not the thread) when c is set; shared++ still runs in both threads */
#include <pthread.h>
#include <stdio.h>
static int shared;
static void leave_if(int c) {
  if (c) { fputs("leaving\n", stderr); return; }
  pthread_exit(0);
}
static void *worker(void *a) {
  (void)a;
  leave_if(1);
  shared++;
  return 0;
}
int main(void) {
  pthread_t t;
  pthread_create(&t, 0, worker, 0);
  shared++;
  pthread_join(t, 0);
  return 0;
}
