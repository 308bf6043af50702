/* TRUTH: free — main increments g after join only */
#include <pthread.h>
#include <stdint.h>
int g;
union U { uintptr_t i; int *p; } u;
void *w(void *a) { *u.p += 1; return 0; }
int main(void) {
  pthread_t t;
  u.i = (uintptr_t)&g;
  pthread_create(&t, 0, w, 0);
  pthread_join(t, 0);
  g += 5;
  return g;
}
