/* TRUTH: free. The worker calls pthread_exit before the write, so `g = 1` never runs;
   main's write has nothing to race with. */
#include <pthread.h>
int g;
void *worker(void *arg) {
  pthread_exit(NULL);
  g = 1;
  return NULL;
}
int main(void) {
  pthread_t t;
  pthread_create(&t, NULL, worker, NULL);
  g = 2;
  pthread_join(t, NULL);
  return 0;
}
