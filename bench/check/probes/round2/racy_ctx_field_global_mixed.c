/* TRUTH: racy. Thread updates g through C.counter under gm; main updates g directly
   without the lock. */
#include <pthread.h>
struct ctx { int *counter; } C;
int g;
pthread_mutex_t gm = PTHREAD_MUTEX_INITIALIZER;
void *worker(void *arg) { pthread_mutex_lock(&gm); (*C.counter)++; pthread_mutex_unlock(&gm); return NULL; }
int main(void) {
  C.counter = &g;
  pthread_t t;
  pthread_create(&t, NULL, worker, NULL);
  g += 10;
  pthread_join(t, NULL);
  return g;
}
