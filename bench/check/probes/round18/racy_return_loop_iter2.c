/* TRUTH: racy. t reads x; start() returns in iteration 1 with the thread from iteration 0 running; main then writes x */
#include <pthread.h>
int x;
pthread_t th;
void *t(void *a) { return (void *)(long)x; }
void start(int n) {
  int i;
  for (i = 0; i < 2; i++) {
    if (i == n)
      return;
    pthread_create(&th, 0, t, 0);
  }
  pthread_join(th, 0);
}
int main(int argc, char **argv) {
  start(argc);
  x = 2;
  return 0;
}
