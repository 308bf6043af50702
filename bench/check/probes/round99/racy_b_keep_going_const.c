/* TRUTH: racy — keep_or_quit(1) never exits (it quits on 0); both threads then write shared */
#include <pthread.h>
static int shared;
static void keep_or_quit(int keep) { if (!keep) pthread_exit(0); }
static void *worker(void *a) {
  (void)a;
  keep_or_quit(1);
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
