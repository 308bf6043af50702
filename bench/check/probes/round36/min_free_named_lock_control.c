/* TRUTH: free — control for min_free_atomic_named_lock: identical except the wrappers are named irq_lock/irq_unlock; both instances of w do x++ only while holding m. */
#include <pthread.h>
static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static int x;
static void irq_lock(void) { pthread_mutex_lock(&m); }
static void irq_unlock(void) { pthread_mutex_unlock(&m); }
static void *w(void *p) { irq_lock(); x++; irq_unlock(); return 0; }
int main(void) {
  pthread_t a, b;
  pthread_create(&a, 0, w, 0);
  pthread_create(&b, 0, w, 0);
  pthread_join(a, 0); pthread_join(b, 0);
  return x;
}
