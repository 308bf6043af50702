/* TRUTH: racy — worker writes s.b via (char*)&s + offsetof(b); main writes s.b directly */
#include <pthread.h>
#include <stddef.h>
struct S { int a; int b; } s;
void *w(void *p) { *(int *)((char *)&s + offsetof(struct S, b)) = 1; return 0; }
int main(void) {
  pthread_t t;
  pthread_create(&t, 0, w, 0);
  s.b = 2;
  pthread_join(t, 0);
  return s.b;
}
