/* TRUTH: free. The thread is started inside a helper; main joins it before writing. */
#include <pthread.h>
int status;
void *worker(void *arg) { status = 1; return NULL; }
static void spawn(pthread_t *t) { pthread_create(t, NULL, worker, NULL); }
int main(void) {
  pthread_t t;
  spawn(&t);
  pthread_join(t, NULL);
  status = 2;
  return status;
}
