/* TRUTH: racy — each worker gets &cell[i] and a helper writes q[1].v (the neighbour), so worker 0 writes cell[1].v while worker 1 writes cell[1].v through q[0]. */
#include <pthread.h>
struct cell { int v; };
static struct cell cell[3];
static void touch_pair(struct cell *q) { q[0].v = 1; q[1].v = 2; }
static void *w(void *p) {
  touch_pair(p);
  return 0;
}
int main(void) {
  pthread_t t[2];
  for (int i = 0; i < 2; i++) pthread_create(&t[i], 0, w, &cell[i]);
  for (int i = 0; i < 2; i++) pthread_join(t[i], 0);
  return cell[0].v;
}
