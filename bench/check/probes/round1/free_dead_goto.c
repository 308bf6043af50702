/* TRUTH: free. The worker jumps over its write with an unconditional goto. */
#include <pthread.h>
int g;
void *worker(void *arg) {
  goto out;
  g = 1;
out:
  return NULL;
}
int main(void) {
  pthread_t t;
  pthread_create(&t, NULL, worker, NULL);
  g = 2;
  pthread_join(t, NULL);
  return 0;
}
