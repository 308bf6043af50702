/* TRUTH: racy — leave_if takes unsigned char; 256 converts to 0, so it never exits */
#include <pthread.h>
#include <signal.h>
#include <stdlib.h>
static int shared;
static void leave_if(unsigned char c) { if (c) pthread_exit(0); }
static void *worker(void *a) {
  (void)a;
  leave_if(256);
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
