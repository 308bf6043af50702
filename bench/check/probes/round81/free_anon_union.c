/* TRUTH: free — worker writes s.i (union), main writes s.tag (separate member) */
#include <pthread.h>
struct S { union { int i; float f; }; int tag; } s;
void *w(void *p) { s.i = 1; return 0; }
int main(void) {
  pthread_t t;
  pthread_create(&t, 0, w, 0);
  s.tag = 2;
  pthread_join(t, 0);
  return s.tag;
}
