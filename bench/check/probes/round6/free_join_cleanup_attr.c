/* TRUTH: race-free. The cleanup attribute joins the worker when the inner scope ends, before main writes x. */
#include <pthread.h>
int x;
static void joiner(pthread_t *t) { pthread_join(*t, 0); }
void *w(void *a) { (void)a; x = 1; return 0; }
int main(void) {
  { pthread_t t __attribute__((cleanup(joiner))); pthread_create(&t, 0, w, 0); }
  x = 2; return x; }
