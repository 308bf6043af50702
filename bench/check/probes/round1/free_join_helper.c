/* TRUTH: free. The join happens in a helper function called before main's write. */
#include <pthread.h>
int cfg;
void *worker(void *arg) { cfg = 1; return NULL; }
static void wait_for(pthread_t th) { pthread_join(th, NULL); }
int main(void) {
  pthread_t t;
  pthread_create(&t, NULL, worker, NULL);
  wait_for(t);
  cfg = 2;
  return cfg;
}
