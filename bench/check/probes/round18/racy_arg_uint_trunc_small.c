/* TRUTH: racy. (unsigned)(4294967296 + 5) is 5: both threads write data[5] */
#include <pthread.h>
#include <stdint.h>
int data[300];
void *t(void *arg) { data[(long)arg] = 1; return 0; }
int main(void) {
  pthread_t a, b;
  pthread_create(&a, 0, t, (void *)5L);
  pthread_create(&b, 0, t, (void *)(unsigned long)(unsigned)4294967301L);
  pthread_join(a, 0);
  pthread_join(b, 0);
  return 0;
}
