/* TRUTH: free. inc() writes g through int** under m; main writes g under m too. */
#include <pthread.h>
int g;
int *gp = &g;
pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static void inc(int **pp) { pthread_mutex_lock(&m); (**pp)++; pthread_mutex_unlock(&m); }
static void *worker(void *arg) { (void)arg; inc(&gp); return NULL; }
int main(void) {
  pthread_t t;
  pthread_create(&t, NULL, worker, NULL);
  pthread_mutex_lock(&m); g = 5; pthread_mutex_unlock(&m);
  pthread_join(t, NULL);
  return g;
}
