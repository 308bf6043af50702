/* TRUTH: racy — retire(n) exits inside a loop that runs n times; retire(0) runs no pass and returns */
#include <pthread.h>
static int shared;
static void retire(int n) {
  for (int i = 0; i < n; i++)
    pthread_exit(0);
}
static void *worker(void *a) {
  (void)a;
  retire(0);
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
