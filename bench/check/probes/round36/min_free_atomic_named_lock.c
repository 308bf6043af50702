/* TRUTH: free — atomic_lock/atomic_unlock are plain wrappers around pthread_mutex_lock/unlock(&m); both instances of w do x++ (line 7) only while holding m. */
#include <pthread.h>
static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static int x;
static void atomic_lock(void) { pthread_mutex_lock(&m); }
static void atomic_unlock(void) { pthread_mutex_unlock(&m); }
static void *w(void *p) { atomic_lock(); x++; atomic_unlock(); return 0; }
int main(void) {
  pthread_t a, b;
  pthread_create(&a, 0, w, 0);
  pthread_create(&b, 0, w, 0);
  pthread_join(a, 0); pthread_join(b, 0);
  return x;
}
