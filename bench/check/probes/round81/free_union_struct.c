/* TRUTH: free — worker writes u.p.y (bytes 4-7), main writes u.q.lo[1] (bytes 2-3): disjoint */
#include <pthread.h>
union U { struct { int x, y; } p; struct { short lo[4]; } q; } u;
void *w(void *a) { u.p.y = 1; return 0; }
int main(void) {
  pthread_t t;
  pthread_create(&t, 0, w, 0);
  u.q.lo[1] = 5;
  pthread_join(t, 0);
  return u.p.y;
}
