/* Racy: both threads recover &s by container_of from two different members and write the same field s.v. */
#include <pthread.h>
#include <stddef.h>
struct S { int x; int a; int b; int v; };
struct S s;
void *f(void *p) {
  struct S *o = (struct S *)((char *)p - offsetof(struct S, a));
  o->v = 1;
  return 0;
}
void *g(void *p) {
  struct S *o = (struct S *)((char *)p - offsetof(struct S, b));
  o->v = 2;
  return 0;
}
int main(void) {
  pthread_t t, u;
  pthread_create(&t, 0, f, &s.a);
  pthread_create(&u, 0, g, &s.b);
  pthread_join(t, 0);
  pthread_join(u, 0);
  return 0;
}
