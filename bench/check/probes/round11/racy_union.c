// racy: t1 writes u.i and t2 writes u.f, which overlap in the union.
#include <pthread.h>
union val { int i; float f; } u;
void *t1(void *x) { u.i = 3; return 0; }
void *t2(void *x) { u.f = 1.5f; return 0; }
int main(void) {
  pthread_t a, b;
  pthread_create(&a, 0, t1, 0);
  pthread_create(&b, 0, t2, 0);
  pthread_join(a, 0);
  pthread_join(b, 0);
  return u.i;
}
