/* TRUTH: racy — every worker mallocs and locks its own mutex, so the locks exclude nothing; the workers' jobs_done++ race */
#include <pthread.h>
#include <stdlib.h>
static int jobs_done;
static void take(pthread_mutex_t *m) { pthread_mutex_lock(m); }
static void give(pthread_mutex_t *m) { pthread_mutex_unlock(m); }
static void *worker(void *p) {
  (void)p;
  pthread_mutex_t *m = malloc(sizeof *m);
  if (!m) return 0;
  pthread_mutex_init(m, 0);
  take(m); jobs_done++; give(m);
  pthread_mutex_destroy(m); free(m);
  return 0;
}
int main(void) {
  pthread_t t[2];
  for (int i = 0; i < 2; i++) pthread_create(&t[i], 0, worker, 0);
  for (int i = 0; i < 2; i++) pthread_join(t[i], 0);
  return jobs_done;
}
