/* TRUTH: free — the thread fills its own heap block and passes it out via pthread_exit; main reads it after pthread_join */
#include <pthread.h>
#include <stdlib.h>
static void *produce(void *p) { (void)p; int *v = malloc(2 * sizeof *v); if (v) { v[0] = 3; v[1] = 4; } pthread_exit(v); }
int main(void) {
  pthread_t t; void *r;
  pthread_create(&t, 0, produce, 0);
  pthread_join(t, &r);
  int *v = r;
  int s = v ? v[0] * v[1] : 0;
  free(v);
  return s;
}
