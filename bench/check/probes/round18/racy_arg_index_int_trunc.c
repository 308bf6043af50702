/* TRUTH: racy. data[(int)(long)arg]: 0x100000001 as int is 1, so both threads write data[1] */
#include <pthread.h>
int data[300];
void *t(void *arg) { data[(int)(long)arg] = 1; return 0; }
int main(void) {
  pthread_t a, b;
  pthread_create(&a, 0, t, (void *)1L);
  pthread_create(&b, 0, t, (void *)0x100000001L);
  pthread_join(a, 0);
  pthread_join(b, 0);
  return 0;
}
