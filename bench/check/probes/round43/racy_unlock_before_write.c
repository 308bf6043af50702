/* TRUTH: racy — worker unlocks m before x += 1, so the two instances' x += 1 are unordered */
#include <pthread.h>
int x;
pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
void *worker(void *a) {
  pthread_mutex_lock(&m);
  int tmp = 5;
  pthread_mutex_unlock(&m);
  x += tmp;
  return 0;
}
int main(void) {
  pthread_t t[2];
  pthread_create(&t[0], 0, worker, 0);
  pthread_create(&t[1], 0, worker, 0);
  pthread_join(t[0], 0);
  pthread_join(t[1], 0);
  return x;
}
