/* TRUTH: racy. g = (-(4)) stores -4; t2 then writes x while main writes x. */
#include <pthread.h>
int g;
int x;
void *t2(void *arg) { if (g < 0) x = 1; return NULL; }
int main(void) {
  pthread_t b;
  g = (-(4));
  pthread_create(&b, NULL, t2, NULL);
  x = 2;
  pthread_join(b, NULL);
  return x;
}
