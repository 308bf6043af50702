/* TRUTH: free — main joins the first worker through a function pointer holding pthread_join before starting the second; the two workers' `g++` are ordered by that join. */
#include <pthread.h>
int g;
static void *w(void *p) { (void)p; g++; return 0; }
int main(void) {
  int (*join)(pthread_t, void **) = pthread_join;
  pthread_t a, b;
  pthread_create(&a, 0, w, 0);
  join(a, 0);
  pthread_create(&b, 0, w, 0);
  join(b, 0);
  return g == 2 ? 0 : 1;
}
