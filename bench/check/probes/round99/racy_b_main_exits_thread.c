/* TRUTH: racy — main ends only its own thread through leave_if(1); the two workers it never joins keep running and both write shared */
#include <pthread.h>
static int shared;
static void leave_if(int c) { if (c) pthread_exit(0); }
static void *worker(void *a) {
  (void)a;
  shared++;
  return 0;
}
int main(void) {
  pthread_t t1, t2;
  pthread_create(&t1, 0, worker, 0);
  pthread_create(&t2, 0, worker, 0);
  leave_if(1);
  pthread_join(t1, 0);
  pthread_join(t2, 0);
  return 0;
}
