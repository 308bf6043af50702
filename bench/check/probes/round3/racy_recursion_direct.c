/* TRUTH: racy. rec() increments g at each level, no lock; two threads call it. */
#include <pthread.h>
static int g;
static void rec(int n) { if (n == 0) return; g++; rec(n - 1); }
static void *w(void *v) { (void)v; rec(3); return NULL; }
int main(void) {
  pthread_t t1, t2;
  pthread_create(&t1, NULL, w, NULL);
  pthread_create(&t2, NULL, w, NULL);
  pthread_join(t1, NULL);
  pthread_join(t2, NULL);
  return g;
}
