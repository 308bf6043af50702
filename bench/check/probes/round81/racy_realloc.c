/* TRUTH: racy — buffer realloc'd then passed; worker writes buf[3], main writes nb[3] (same object) before join */
#include <pthread.h>
#include <stdlib.h>
void *w(void *a) { int *b = a; b[3] = 1; return 0; }
int main(void) {
  pthread_t t;
  int *b = malloc(4 * sizeof(int));
  int *nb = realloc(b, 8 * sizeof(int));
  if (!nb) return 1;
  pthread_create(&t, 0, w, nb);
  nb[3] = 2;
  pthread_join(t, 0);
  free(nb);
  return 0;
}
