/* TRUTH: free. Both threads lock *glk, a global pointer that always points to m. */
#include <pthread.h>
static int g;
static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static pthread_mutex_t *const glk = &m;
static void *w(void *v) { (void)v; pthread_mutex_lock(glk); g++; pthread_mutex_unlock(glk); return NULL; }
int main(void) {
  pthread_t t1, t2;
  pthread_create(&t1, NULL, w, NULL);
  pthread_create(&t2, NULL, w, NULL);
  pthread_join(t1, NULL);
  pthread_join(t2, NULL);
  return g;
}
