/* TRUTH: racy. Minimal: &g taken only in a file-scope initializer (static int *cp = &g) does
   not make g reachable through *cp; thread writes *cp (= g), main writes g. */
#include <pthread.h>
static int g;
static int *cp = &g;
static void *w(void *v) { (void)v; *cp = 5; return NULL; }
int main(void) {
  pthread_t t;
  pthread_create(&t, NULL, w, NULL);
  g = 1;
  pthread_join(t, NULL);
  return 0;
}
