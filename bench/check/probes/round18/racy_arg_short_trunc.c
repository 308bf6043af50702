/* TRUTH: racy. (short)65537 is 1: both threads write data[1] */
#include <pthread.h>
#include <stdint.h>
int data[300];
void *t(void *arg) { data[(long)arg] = 1; return 0; }
int main(void) {
  pthread_t a, b;
  pthread_create(&a, 0, t, (void *)1L);
  pthread_create(&b, 0, t, (void *)(long)(short)65537);
  pthread_join(a, 0);
  pthread_join(b, 0);
  return 0;
}
