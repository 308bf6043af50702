/* TRUTH: racy — pass 0 clears started without joining (i is 0), pass 1 sees started == 0: w is never joined, x=2 races */
/* RUN: - */
#include <pthread.h>
int started, x;
pthread_t t;
void *w(void *a) { x = 1; return 0; }
int main(void) {
  int i;
  pthread_create(&t, 0, w, 0);
  started = 1;
  for (i = 0; i < 2; i++) {
    if (started && i == 1) pthread_join(t, 0);
    started = 0;
  }
  x = 2;
  return 0;
}
