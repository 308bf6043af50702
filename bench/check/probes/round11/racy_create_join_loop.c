// racy: main increments x between create and join in each iteration, concurrently with the worker.
#include <pthread.h>
int x;
void *w(void *a) { x += 10; return 0; }
int main(void) {
  for (int i = 0; i < 3; i++) {
    pthread_t t;
    pthread_create(&t, 0, w, 0);
    x++;
    pthread_join(t, 0);
  }
  return x;
}
