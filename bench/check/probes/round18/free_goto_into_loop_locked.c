/* TRUTH: race-free. goto enters the loop body at L; every write of y is under m */
#include <pthread.h>
pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
int y;
void *t(void *a) { pthread_mutex_lock(&m); y = 5; pthread_mutex_unlock(&m); return 0; }
int main(int argc, char **argv) {
  pthread_t th;
  int i = 0;
  pthread_create(&th, 0, t, 0);
  goto L;
  for (; i < 3; i++) {
    pthread_mutex_lock(&m);
    y = 1;
    pthread_mutex_unlock(&m);
  L:;
  }
  pthread_join(th, 0);
  return 0;
}
