/* TRUTH: free — handles in a malloc'd array: both workers are joined (h[0], h[1]) before main reads `acc`; the workers use different elements part[0], part[1]. */
#include <pthread.h>
#include <stdlib.h>
int part[2];
static void *w(void *p) { long i = (long)p; part[i] = (int)i + 1; return 0; }
int main(void) {
  pthread_t *h = malloc(2 * sizeof *h);
  if (!h) return 1;
  pthread_create(&h[0], 0, w, (void *)0);
  pthread_create(&h[1], 0, w, (void *)1);
  pthread_join(h[0], 0);
  pthread_join(h[1], 0);
  part[0] += part[1];
  free(h);
  return part[0] == 3 ? 0 : 1;
}
