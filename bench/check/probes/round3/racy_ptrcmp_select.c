/* TRUTH: racy. pick() compares pointers with == and returns &a in this call (q == &b);
   thread writes a through it while main writes a. */
#include <pthread.h>
int a, b;
static int *pick(int *q) { return q == &b ? &a : &b; }
static void *w(void *x) { (void)x; *pick(&b) = 3; return NULL; }
int main(void) {
  pthread_t t;
  pthread_create(&t, NULL, w, NULL);
  a = 1;
  pthread_join(t, NULL);
  return a + b;
}
