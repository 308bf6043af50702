/* TRUTH: racy. The thread is started inside a helper; main writes `status` before
   joining it. */
#include <pthread.h>
int status;
void *worker(void *arg) { status = 1; return NULL; }
static void spawn(pthread_t *t) { pthread_create(t, NULL, worker, NULL); }
int main(void) {
  pthread_t t;
  spawn(&t);
  status = 2;
  pthread_join(t, NULL);
  return status;
}
