/* TRUTH: free — stop flag polled and set under m; result written by worker before final unlock, read by main after join */
#include <pthread.h>
extern void __assert_fail(const char *, const char *, unsigned int, const char *);
void reach_error() { __assert_fail("0", "free_60_flag_under_lock_poll.c", 4, "reach_error"); }
pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
int stop;
int iterations;

void *spinner(void *arg) {
  int local = 0;
  while (1) {
    pthread_mutex_lock(&m);
    int s = stop;
    pthread_mutex_unlock(&m);
    if (s || local >= 100) break;
    local++;
  }
  iterations = local;
  return 0;
}

int main(void) {
  pthread_t t;
  pthread_create(&t, 0, spinner, 0);
  pthread_mutex_lock(&m);
  stop = 1;
  pthread_mutex_unlock(&m);
  pthread_join(t, 0);
  if (iterations > 100) reach_error();
  return 0;
}
