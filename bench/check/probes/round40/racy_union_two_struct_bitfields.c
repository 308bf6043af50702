/* TRUTH: racy — po->u.s.b (line 6) and o.u.s.c (line 7) are adjacent bit-fields of the union's struct inside o (po = &o): one memory location, written by two threads. */
#include <pthread.h>
struct O { int h; union { struct { unsigned b : 3; unsigned c : 5; } s; unsigned w; } u; };
struct O o;
struct O *po = &o;
void *ta(void *x) { po->u.s.b = 1; return 0; }
void *tb(void *x) { o.u.s.c = 1; return 0; }
int main(void) {
  pthread_t t1, t2;
  pthread_create(&t1, 0, ta, 0);
  pthread_create(&t2, 0, tb, 0);
  pthread_join(t1, 0); pthread_join(t2, 0);
  return 0;
}
