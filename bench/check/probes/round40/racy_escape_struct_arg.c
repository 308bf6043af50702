/* TRUTH: racy — main's local v escapes inside a local struct whose address is the thread argument; the thread writes *a->p (line 6) while main writes v (line 14). */
#include <pthread.h>
struct A { int *p; };
void *w(void *x) {
  struct A *a = x;
  *a->p = 1;
  return 0;
}
int main(void) {
  pthread_t t1;
  int v = 0;
  struct A a = { &v };
  pthread_create(&t1, 0, w, &a);
  v = 2;
  pthread_join(t1, 0);
  return v;
}
