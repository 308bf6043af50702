/* TRUTH: racy. CRIT_END() is used before the second access; g written after unlock. */
#include <pthread.h>
#define CRIT_BEGIN() pthread_mutex_lock(&m)
#define CRIT_END() pthread_mutex_unlock(&m)
static int g;
static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static void *w(void *v) { (void)v; CRIT_BEGIN(); g++; CRIT_END(); g--; return NULL; }
int main(void) {
  pthread_t t1, t2;
  pthread_create(&t1, NULL, w, NULL);
  pthread_create(&t2, NULL, w, NULL);
  pthread_join(t1, NULL);
  pthread_join(t2, NULL);
  return g;
}
