/* TRUTH: free — main mallocs one mutex and passes the same pointer to all workers; they take it via take()/give() around jobs_done++ */
#include <pthread.h>
#include <stdlib.h>
static int jobs_done;
static void take(pthread_mutex_t *m) { pthread_mutex_lock(m); }
static void give(pthread_mutex_t *m) { pthread_mutex_unlock(m); }
static void *worker(void *p) { pthread_mutex_t *m = p; take(m); jobs_done++; give(m); return 0; }
int main(void) {
  pthread_mutex_t *m = malloc(sizeof *m);
  if (!m) return 1;
  pthread_mutex_init(m, 0);
  pthread_t t[3];
  for (int i = 0; i < 3; i++) pthread_create(&t[i], 0, worker, m);
  for (int i = 0; i < 3; i++) pthread_join(t[i], 0);
  pthread_mutex_destroy(m); free(m);
  return jobs_done != 3;
}
