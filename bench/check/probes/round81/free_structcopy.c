/* TRUTH: free — main reads only s.x while worker writes s.y */
#include <pthread.h>
struct S { int x; int y; } s, snap;
void *w(void *p) { s.y = 1; return 0; }
int main(void) {
  pthread_t t;
  pthread_create(&t, 0, w, 0);
  snap.x = s.x;
  pthread_join(t, 0);
  return snap.x;
}
