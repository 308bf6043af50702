/* TRUTH: racy. cfg.p = &a via a designated file-scope initializer; thread writes *cfg.p (= a),
   main writes a. */
#include <pthread.h>
static int a;
struct cfg { int n; int *p; };
static struct cfg cfg = { .p = &a };
static void *w(void *v) { (void)v; *cfg.p = 2; return NULL; }
int main(void) {
  pthread_t t;
  pthread_create(&t, NULL, w, NULL);
  a = 1;
  pthread_join(t, NULL);
  return a;
}
