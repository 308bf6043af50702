/* TRUTH: racy — unsigned char mode = 300 holds 44: mode == 300 never holds, so the else path skips the join and x=2 races */
/* RUN: - */
#include <pthread.h>
unsigned char mode;
int x;
pthread_t t;
void *w(void *a) { x = 1; return 0; }
int main(void) {
  pthread_create(&t, 0, w, 0);
  mode = 300;
  if (mode != 44) pthread_join(t, 0);
  x = 2;
  return 0;
}
