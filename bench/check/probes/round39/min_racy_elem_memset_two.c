/* TRUTH: racy — each worker gets &cell[i] but clears two elements (memset of 2 * sizeof *c), so worker 0 writes cell[1] while worker 1 writes cell[1]. */
#include <pthread.h>
#include <string.h>
struct cell { int v; int w; };
static struct cell cell[3];
static void *w(void *p) {
  struct cell *c = p;
  memset(c, 0, 2 * sizeof *c);
  return 0;
}
int main(void) {
  pthread_t t[2];
  for (int i = 0; i < 2; i++) pthread_create(&t[i], 0, w, &cell[i]);
  for (int i = 0; i < 2; i++) pthread_join(t[i], 0);
  return cell[0].v;
}
