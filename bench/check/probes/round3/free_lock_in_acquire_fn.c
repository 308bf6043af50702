/* TRUTH: free. acquire() locks, release() unlocks in separate functions; g++ between. */
#include <pthread.h>
static int g;
static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static void acquire(void) { pthread_mutex_lock(&m); }
static void release(void) { pthread_mutex_unlock(&m); }
static void *w(void *v) { (void)v; acquire(); g++; release(); return NULL; }
int main(void) {
  pthread_t t1, t2;
  pthread_create(&t1, NULL, w, NULL);
  pthread_create(&t2, NULL, w, NULL);
  pthread_join(t1, NULL);
  pthread_join(t2, NULL);
  return g;
}
