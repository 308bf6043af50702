/* TRUTH: racy. STAT_INC hides an unlocked increment of stats.hits; both threads use it. */
#include <pthread.h>
#define STAT_INC(f) (stats.f++)
struct st { int hits, misses; };
static struct st stats;
static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static void *w(void *v) {
  (void)v;
  pthread_mutex_lock(&m);
  stats.misses++;
  pthread_mutex_unlock(&m);
  STAT_INC(hits);
  return NULL;
}
int main(void) {
  pthread_t t1, t2;
  pthread_create(&t1, NULL, w, NULL);
  pthread_create(&t2, NULL, w, NULL);
  pthread_join(t1, NULL);
  pthread_join(t2, NULL);
  return stats.hits;
}
