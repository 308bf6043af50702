/* TRUTH: racy — u.i and u.f overlap (same storage); thread 1 writes u.i while thread 2 writes u.f */
#include <pthread.h>
#include <stdio.h>
union cell { int i; float f; } u;
static void *ta(void *x) { for (int k = 0; k < 1000; k++) u.i = k; return 0; }
static void *tb(void *x) { for (int k = 0; k < 1000; k++) u.f = k * 0.5f; return 0; }
int main(void) {
  pthread_t t1, t2;
  pthread_create(&t1, 0, ta, 0); pthread_create(&t2, 0, tb, 0);
  pthread_join(t1, 0); pthread_join(t2, 0);
  printf("%d\n", u.i);
  return 0;
}
