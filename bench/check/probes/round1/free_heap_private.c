/* TRUTH: free. Each worker mallocs, fills and frees its own buffer; nothing escapes. */
#include <pthread.h>
#include <stdlib.h>
void *worker(void *arg) {
  int *buf = malloc(8 * sizeof *buf);
  if (!buf) return NULL;
  for (int i = 0; i < 8; i++) buf[i] = i;
  long s = buf[7];
  free(buf);
  return (void *)s;
}
int main(void) {
  pthread_t a, b;
  pthread_create(&a, NULL, worker, NULL);
  pthread_create(&b, NULL, worker, NULL);
  pthread_join(a, NULL);
  pthread_join(b, NULL);
  return 0;
}
