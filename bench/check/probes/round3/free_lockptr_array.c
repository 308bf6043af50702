/* TRUTH: free. locks[] holds two pointers to the same mutex m; threads lock locks[0] and
   locks[1] respectively, i.e. both m. */
#include <pthread.h>
static int g;
static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static pthread_mutex_t *locks[2] = { &m, &m };
static void *wa(void *v) { (void)v; pthread_mutex_lock(locks[0]); g++; pthread_mutex_unlock(locks[0]); return NULL; }
static void *wb(void *v) { (void)v; pthread_mutex_lock(locks[1]); g++; pthread_mutex_unlock(locks[1]); return NULL; }
int main(void) {
  pthread_t t1, t2;
  pthread_create(&t1, NULL, wa, NULL);
  pthread_create(&t2, NULL, wb, NULL);
  pthread_join(t1, NULL);
  pthread_join(t2, NULL);
  return g;
}
