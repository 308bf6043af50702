/* TRUTH: racy. u.i and u.f share storage; one thread writes u.i while the other
   writes u.f. */
#include <pthread.h>
union num { int i; float f; };
union num u;
void *t1(void *arg) { u.i = 1; return NULL; }
void *t2(void *arg) { u.f = 2.0f; return NULL; }
int main(void) {
  pthread_t a, b;
  pthread_create(&a, NULL, t1, NULL);
  pthread_create(&b, NULL, t2, NULL);
  pthread_join(a, NULL);
  pthread_join(b, NULL);
  return 0;
}
