/* TRUTH: racy — main copies whole struct s (reads s.y) while worker writes s.y */
#include <pthread.h>
struct S { int x; int y; } s, snap;
void *w(void *p) { s.y = 1; return 0; }
int main(void) {
  pthread_t t;
  pthread_create(&t, 0, w, 0);
  snap = s;
  pthread_join(t, 0);
  return snap.x;
}
