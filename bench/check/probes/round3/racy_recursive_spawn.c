/* TRUTH: racy. spawn(n) recursively creates n threads running w, which writes g unlocked. */
#include <pthread.h>
static int g;
static pthread_t th[4];
static void *w(void *v) { (void)v; g = 1; return NULL; }
static void spawn(int n) { if (n <= 0) return; pthread_create(&th[n - 1], NULL, w, NULL); spawn(n - 1); }
int main(void) {
  spawn(3);
  for (int i = 0; i < 3; i++) pthread_join(th[i], NULL);
  return g;
}
