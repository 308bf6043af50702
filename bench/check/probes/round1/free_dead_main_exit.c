/* TRUTH: free. main exits the process right after creating the worker; its write to `g`
   after exit() is dead, so the worker's write races with nothing. */
#include <pthread.h>
#include <stdlib.h>
int g;
void *worker(void *arg) { g = 1; return NULL; }
int main(void) {
  pthread_t t;
  pthread_create(&t, NULL, worker, NULL);
  exit(0);
  g = 2;
  return 0;
}
