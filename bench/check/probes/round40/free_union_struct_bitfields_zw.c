/* TRUTH: free — a zero-width bit-field separates u.s.a and u.s.b into different memory locations (C11 3.14 note): thread a writes u.s.a (line 5), thread b u.s.b (line 6). */
#include <pthread.h>
union U { struct { unsigned a : 1; unsigned : 0; unsigned b : 1; } s; long w; };
union U u;
void *ta(void *x) { u.s.a = 1; return 0; }
void *tb(void *x) { u.s.b = 1; return 0; }
int main(void) {
  pthread_t t1, t2;
  pthread_create(&t1, 0, ta, 0);
  pthread_create(&t2, 0, tb, 0);
  pthread_join(t1, 0); pthread_join(t2, 0);
  return 0;
}
