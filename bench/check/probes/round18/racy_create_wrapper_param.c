/* TRUTH: racy. spawn(1) and spawn(257): the thread reads its argument as unsigned char, both write data[1] */
#include <pthread.h>
int data[300];
pthread_t th[2];
int n;
void *t(void *arg) { data[(unsigned char)(long)arg] = 1; return 0; }
void spawn(long k) { pthread_create(&th[n], 0, t, (void *)k); n++; }
int main(void) {
  spawn(1);
  spawn(257);
  pthread_join(th[0], 0);
  pthread_join(th[1], 0);
  return 0;
}
