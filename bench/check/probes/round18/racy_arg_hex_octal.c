/* TRUTH: racy. 0x10 and 020 are both 16: both threads write data[16] */
#include <pthread.h>
#include <stdint.h>
int data[300];
void *t(void *arg) { data[(long)arg] = 1; return 0; }
int main(void) {
  pthread_t a, b;
  pthread_create(&a, 0, t, (void *)0x10);
  pthread_create(&b, 0, t, (void *)020);
  pthread_join(a, 0);
  pthread_join(b, 0);
  return 0;
}
