/* TRUTH: free — the thread writes *a->p (line 6) and main writes v only after pthread_join (line 15). */
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
  pthread_join(t1, 0);
  v = 2;
  return v;
}
