/* TRUTH: racy — atomic_wrap (a plain function whose name merely starts with atomic_) calls helper, which does x++ (line 4); two instances of w run it concurrently: unordered plain writes of x. */
#include <pthread.h>
static int x;
static void helper(void) { x++; }
static void atomic_wrap(void) { helper(); }
static void *w(void *p) { atomic_wrap(); return 0; }
int main(void) {
  pthread_t a, b;
  pthread_create(&a, 0, w, 0);
  pthread_create(&b, 0, w, 0);
  pthread_join(a, 0); pthread_join(b, 0);
  return x;
}
