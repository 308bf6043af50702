/* TRUTH: free — each loop iteration mallocs a fresh cell for its own worker; main reads each cell after joining its worker */
#include <pthread.h>
#include <stdlib.h>
static void *inc(void *p) { int *c = p; *c += 1; return 0; }
int main(void) {
  pthread_t t[3]; int *cells[3];
  for (int i = 0; i < 3; i++) { cells[i] = malloc(sizeof(int)); if (!cells[i]) return 1; *cells[i] = i; pthread_create(&t[i], 0, inc, cells[i]); }
  int s = 0;
  for (int i = 0; i < 3; i++) { pthread_join(t[i], 0); s += *cells[i]; free(cells[i]); }
  return s;
}
