/* TRUTH: racy — anonymous union members i and f overlap; worker writes s.i, main writes s.f */
#include <pthread.h>
struct S { union { int i; float f; }; int tag; } s;
void *w(void *p) { s.i = 1; return 0; }
int main(void) {
  pthread_t t;
  pthread_create(&t, 0, w, 0);
  s.f = 2.0f;
  pthread_join(t, 0);
  return s.tag;
}
