/* TRUTH: free. The counting loop in the worker runs zero times (i < 0), so its write
   to g never happens. */
#include <pthread.h>
int g;
void *worker(void *arg) {
  for (int i = 0; i < 0; i++) g = i;
  return NULL;
}
int main(void) {
  pthread_t t;
  pthread_create(&t, NULL, worker, NULL);
  g = 2;
  pthread_join(t, NULL);
  return 0;
}
