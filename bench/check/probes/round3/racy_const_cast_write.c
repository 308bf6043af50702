/* TRUTH: racy. cp is const int * to g; thread casts away const and writes; main reads g. */
#include <pthread.h>
static int g;
static const int *cp = &g;
static void *w(void *v) { (void)v; *(int *)cp = 5; return NULL; }
int main(void) {
  pthread_t t;
  pthread_create(&t, NULL, w, NULL);
  int r = g;
  pthread_join(t, NULL);
  return r;
}
