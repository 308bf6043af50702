/* TRUTH: race-free. spawn(1) and spawn(2): the threads write data[1] and data[2] */
#include <pthread.h>
int data[10];
pthread_t th[2];
void *t(void *arg) { data[(long)arg] = 1; return 0; }
void spawn(int slot, long k) { pthread_create(&th[slot], 0, t, (void *)k); }
int main(void) {
  spawn(0, 1);
  spawn(1, 2);
  pthread_join(th[0], 0);
  pthread_join(th[1], 0);
  return 0;
}
