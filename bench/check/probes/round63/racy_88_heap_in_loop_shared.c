/* TRUTH: racy — one malloc'd counter is passed to all three workers created in the loop; each does (*c) += 1 unlocked */
#include <pthread.h>
#include <stdlib.h>
static void *inc(void *p) { int *c = p; *c += 1; return 0; }
int main(void) {
  int *c = malloc(sizeof *c);
  if (!c) return 1;
  *c = 0;
  pthread_t t[3];
  for (int i = 0; i < 3; i++) pthread_create(&t[i], 0, inc, c);
  for (int i = 0; i < 3; i++) pthread_join(t[i], 0);
  int v = *c; free(c);
  return v;
}
