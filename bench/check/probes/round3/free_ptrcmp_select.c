/* TRUTH: free. pick(&a) returns &b (q != &b); thread writes b, main writes a. */
#include <pthread.h>
int a, b;
static int *pick(int *q) { return q == &b ? &a : &b; }
static void *w(void *x) { (void)x; *pick(&a) = 3; return NULL; }
int main(void) {
  pthread_t t;
  pthread_create(&t, NULL, w, NULL);
  a = 1;
  pthread_join(t, NULL);
  return a + b;
}
