/* TRUTH: racy. `h = g = 5` stores 5 into g via a chained assignment; t2 writes x. */
#include <pthread.h>
int g, h;
int x;
void *t2(void *arg) { if (g == 5) x = 1; return NULL; }
int main(void) {
  pthread_t b;
  h = g = 5;
  pthread_create(&b, NULL, t2, NULL);
  x = 2;
  pthread_join(b, NULL);
  return x + h;
}
