/* TRUTH: racy. Minimal: &x taken only inside a local aggregate initializer ({ &x }) handed to
   the thread; thread writes *a->p (= x), main writes x before joining. */
#include <pthread.h>
struct arg { int *p; };
static void *w(void *v) { struct arg *a = v; *a->p = 1; return NULL; }
int main(void) {
  pthread_t t;
  int x = 0;
  struct arg a = { &x };
  pthread_create(&t, NULL, w, &a);
  x = 5;
  pthread_join(t, NULL);
  return x;
}
