/* TRUTH: racy. g = sizeof(int) (4 on every target gcc supports here) ; t2 writes x. */
#include <pthread.h>
int g;
int x;
void *t2(void *arg) { if (g > 1) x = 1; return NULL; }
int main(void) {
  pthread_t b;
  g = sizeof(int);
  pthread_create(&b, NULL, t2, NULL);
  x = 2;
  pthread_join(b, NULL);
  return x;
}
