/* TRUTH: free — worker writes s.b via offsetof, main writes s.a */
#include <pthread.h>
#include <stddef.h>
struct S { int a; int b; } s;
void *w(void *p) { *(int *)((char *)&s + offsetof(struct S, b)) = 1; return 0; }
int main(void) {
  pthread_t t;
  pthread_create(&t, 0, w, 0);
  s.a = 2;
  pthread_join(t, 0);
  return s.b;
}
