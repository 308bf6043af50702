/* TRUTH: free. rec() locks m around g++ at each level; lock released before recursing. */
#include <pthread.h>
static int g;
static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static void rec(int n) {
  if (n == 0) return;
  pthread_mutex_lock(&m); g++; pthread_mutex_unlock(&m);
  rec(n - 1);
}
static void *w(void *v) { (void)v; rec(3); return NULL; }
int main(void) {
  pthread_t t1, t2;
  pthread_create(&t1, NULL, w, NULL);
  pthread_create(&t2, NULL, w, NULL);
  pthread_join(t1, NULL);
  pthread_join(t2, NULL);
  return g;
}
