/* TRUTH: racy — main stores &v in the global struct field gs.p; the thread writes *gs.p (line 5) while main writes v (line 13). */
#include <pthread.h>
struct { int *p; } gs;
void *w(void *x) {
  *gs.p = 1;
  return 0;
}
int main(void) {
  pthread_t t1;
  int v = 0;
  gs.p = &v;
  pthread_create(&t1, 0, w, 0);
  v = 2;
  pthread_join(t1, 0);
  return v;
}
