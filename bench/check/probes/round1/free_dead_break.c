/* TRUTH: free. In the worker the write sits after an unconditional break in the loop
   body, so it never runs. */
#include <pthread.h>
int g;
void *worker(void *arg) {
  while (1) {
    break;
    g = 1;
  }
  return NULL;
}
int main(void) {
  pthread_t t;
  pthread_create(&t, NULL, worker, NULL);
  g = 2;
  pthread_join(t, NULL);
  return 0;
}
