/* TRUTH: racy. The pointer field is _Atomic but the int it points to (g) is written plainly
   by both threads. */
#include <pthread.h>
static int g;
struct S { int *_Atomic p; };
static struct S s = { &g };
static void *w(void *v) { (void)v; int *q = s.p; *q = 1; return NULL; }
int main(void) {
  pthread_t t1, t2;
  pthread_create(&t1, NULL, w, NULL);
  pthread_create(&t2, NULL, w, NULL);
  pthread_join(t1, NULL);
  pthread_join(t2, NULL);
  return g;
}
