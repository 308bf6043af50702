/* TRUTH: racy. u.i written by one thread, u.f (same storage) via a pointer by the other. */
#include <pthread.h>
union U { int i; float f; };
static union U u;
static void *wi(void *v) { (void)v; u.i = 1; return NULL; }
static void *wf(void *v) { (void)v; float *pf = &u.f; *pf = 2.0f; return NULL; }
int main(void) {
  pthread_t t1, t2;
  pthread_create(&t1, NULL, wi, NULL);
  pthread_create(&t2, NULL, wf, NULL);
  pthread_join(t1, NULL);
  pthread_join(t2, NULL);
  return u.i;
}
