/* TRUTH: racy — without the exit, main writes g while thread b runs */
#include <pthread.h>
#include <stdlib.h>
int g;
void *t(void *a) { g++; return 0; }
int main(void) {
  pthread_t a, b;
  pthread_create(&a, 0, t, 0);
  pthread_join(a, 0);
  pthread_create(&b, 0, t, 0);
  g = 3;
  pthread_join(b, 0); return 0;
}
