/* TRUTH: free. The only pthread_create is in a function nobody calls, so `worker` never
   runs; main is the only thread. */
#include <pthread.h>
int g;
static pthread_t th;
void *worker(void *arg) { g = 1; return NULL; }
void never_called(void) { pthread_create(&th, NULL, worker, NULL); }
int main(void) {
  g = 2;
  return g;
}
