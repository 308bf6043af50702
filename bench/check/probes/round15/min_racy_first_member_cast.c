/* Racy: &s.b is a pointer to the first member, so (struct S *)&s.b == &s and the thread's o->v write races with main's s.v write. */
#include <pthread.h>
struct S { int b; int v; };
struct S s;
void *f(void *p) {
  struct S *o = p;
  o->v = 1;
  return 0;
}
int main(void) {
  pthread_t t;
  pthread_create(&t, 0, f, &s.b);
  s.v = 2;
  pthread_join(t, 0);
  return 0;
}
