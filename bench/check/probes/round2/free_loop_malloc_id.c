/* TRUTH: free. Each thread gets its own malloc'd id, frees it itself, writes out[id]. */
#include <pthread.h>
#include <stdlib.h>
int out[4];
void *worker(void *arg) { int id = *(int *)arg; free(arg); out[id] = 1; return NULL; }
int main(void) {
  pthread_t t[4];
  for (int i = 0; i < 4; i++) { int *p = malloc(sizeof *p); if (!p) return 1; *p = i; pthread_create(&t[i], NULL, worker, p); }
  for (int i = 0; i < 4; i++) pthread_join(t[i], NULL);
  return out[0];
}
