/* TRUTH: free. The whole recursion runs while the caller holds m. */
#include <pthread.h>
static int g;
static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static void rec(int n) { if (n <= 0) return; g += n; rec(n - 2); rec(n - 1); }
static void *w(void *v) { (void)v; pthread_mutex_lock(&m); rec(4); pthread_mutex_unlock(&m); return NULL; }
int main(void) {
  pthread_t t1, t2;
  pthread_create(&t1, NULL, w, NULL);
  pthread_create(&t2, NULL, w, NULL);
  pthread_join(t1, NULL);
  pthread_join(t2, NULL);
  return g;
}
