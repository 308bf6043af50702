/* TRUTH: free. Threads only read g via a const pointer; g written by main before creates. */
#include <pthread.h>
static int g;
static const int *cp = &g;
static int out[2];
static void *r(void *v) { long i = (long)v; out[i] = *cp; return NULL; }
int main(void) {
  pthread_t t1, t2;
  g = 4;
  pthread_create(&t1, NULL, r, (void *)0);
  pthread_create(&t2, NULL, r, (void *)1);
  pthread_join(t1, NULL);
  pthread_join(t2, NULL);
  return out[0] + out[1];
}
