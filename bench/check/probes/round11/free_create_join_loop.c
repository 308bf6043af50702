// free: each iteration creates a worker and joins it before the next, so workers and main's x++ never overlap.
#include <pthread.h>
int x;
void *w(void *a) { x += 10; return 0; }
int main(void) {
  for (int i = 0; i < 3; i++) {
    pthread_t t;
    pthread_create(&t, 0, w, 0);
    pthread_join(t, 0);
    x++;
  }
  return x;
}
