/* TRUTH: free — each worker mallocs and fills its own buffer, returns it; main frees each after joining it */
#include <pthread.h>
#include <stdlib.h>
static void *fill(void *p) { int n = (int)(long)p; int *buf = malloc(sizeof(int) * (size_t)n); if (!buf) return 0; for (int i = 0; i < n; i++) buf[i] = i; return buf; }
int main(void) {
  pthread_t t[3]; void *r[3];
  for (int i = 0; i < 3; i++) pthread_create(&t[i], 0, fill, (void *)(long)(i + 4));
  for (int i = 0; i < 3; i++) { pthread_join(t[i], &r[i]); free(r[i]); }
  return 0;
}
