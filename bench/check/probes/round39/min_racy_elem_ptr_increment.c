/* TRUTH: racy — each worker gets &cell[i], then steps its pointer (`++c`) and writes the neighbour: worker 0 writes cell[1] while worker 1 writes cell[1]. */
#include <pthread.h>
static int cell[3];
static void *w(void *p) {
  int *c = p;
  *c = 1;
  ++c;
  *c = 2;
  return 0;
}
int main(void) {
  pthread_t t[2];
  for (int i = 0; i < 2; i++) pthread_create(&t[i], 0, w, &cell[i]);
  for (int i = 0; i < 2; i++) pthread_join(t[i], 0);
  return cell[1];
}
