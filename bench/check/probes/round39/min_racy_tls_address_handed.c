/* TRUTH: racy — main hands the address of its own instance of the thread-local `tv` to the worker, then writes `tv = 2` after the create while the worker writes `*p = 1` to the same object. */
#include <pthread.h>
static __thread int tv;
static void *w(void *p) { *(int *)p = 1; return 0; }
int main(void) {
  pthread_t t;
  pthread_create(&t, 0, w, &tv);
  tv = 2;
  pthread_join(t, 0);
  return tv;
}
