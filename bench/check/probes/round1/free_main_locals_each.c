/* TRUTH: free. Each thread gets its own local of main; main reads them after joining. */
#include <pthread.h>
void *inc(void *arg) { int *c = arg; (*c)++; return NULL; }
int main(void) {
  int c1 = 0, c2 = 0;
  pthread_t a, b;
  pthread_create(&a, NULL, inc, &c1);
  pthread_create(&b, NULL, inc, &c2);
  pthread_join(a, NULL);
  pthread_join(b, NULL);
  return c1 + c2;
}
