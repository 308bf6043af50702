/* TRUTH: racy — setter does __atomic_store_n(&mode, 3) while getter reads mode plainly; the plain read is not atomic, so they conflict */
#include <pthread.h>
static int mode;
static void *setter(void *p) { (void)p; __atomic_store_n(&mode, 3, __ATOMIC_SEQ_CST); return 0; }
static void *getter(void *p) { (void)p; int m = mode; return (void *)(long)m; }
int main(void) {
  pthread_t a, b;
  pthread_create(&a, 0, setter, 0); pthread_create(&b, 0, getter, 0);
  pthread_join(a, 0); pthread_join(b, 0);
  return 0;
}
