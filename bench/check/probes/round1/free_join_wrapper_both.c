/* TRUTH: free. Thread created and joined through small wrapper functions on a global
   handle; main writes after the join. */
#include <pthread.h>
int cfg;
pthread_t th;
void *worker(void *arg) { cfg++; return NULL; }
static void start(void) { pthread_create(&th, NULL, worker, NULL); }
static void finish(void) { pthread_join(th, NULL); }
int main(void) {
  start();
  finish();
  cfg++;
  return cfg;
}
