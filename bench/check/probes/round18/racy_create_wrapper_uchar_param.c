/* TRUTH: racy. spawn(258) passes k = 2 (unsigned char parameter): both threads write data[2] */
#include <pthread.h>
int data[300];
pthread_t th[2];
void *t(void *arg) { data[(long)arg] = 1; return 0; }
void spawn(int slot, unsigned char k) { pthread_create(&th[slot], 0, t, (void *)(long)k); }
int main(void) {
  spawn(0, 2);
  spawn(1, 258);
  pthread_join(th[0], 0);
  pthread_join(th[1], 0);
  return 0;
}
