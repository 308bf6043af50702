/* TRUTH: racy. spawn(258) stores 2 in its unsigned char k: both threads write data[2] */
#include <pthread.h>
int data[300];
pthread_t th[2];
void *t(void *arg) { data[(long)arg] = 1; return 0; }
void spawn(int s, unsigned char k) { pthread_create(&th[s], 0, t, (void *)(long)k); }
int main(void) {
  spawn(0, 2);
  spawn(1, 258);
  return 0;
}
