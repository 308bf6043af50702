/* TRUTH: free. A manager thread starts 3 workers in a loop, each locking m around g++, and
   joins them all; main joins the manager and then reads g. */
#include <pthread.h>
static int g;
static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static void *worker(void *v) { (void)v; pthread_mutex_lock(&m); g++; pthread_mutex_unlock(&m); return NULL; }
static void *manager(void *v) {
  (void)v;
  pthread_t t[3];
  for (int i = 0; i < 3; i++) pthread_create(&t[i], NULL, worker, NULL);
  for (int i = 0; i < 3; i++) pthread_join(t[i], NULL);
  return NULL;
}
int main(void) {
  pthread_t mg;
  pthread_create(&mg, NULL, manager, NULL);
  pthread_join(mg, NULL);
  return g;
}
