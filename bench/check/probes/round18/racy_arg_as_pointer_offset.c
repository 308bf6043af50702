/* TRUTH: racy. both threads are given 8 and write *(base + 8) */
#include <pthread.h>
#include <stdint.h>
int data[300];
void *t(void *arg) { int *p = data + (long)arg; *p = 1; return 0; }
int main(void) {
  pthread_t a, b;
  pthread_create(&a, 0, t, (void *)8L);
  pthread_create(&b, 0, t, (void *)(8L));
  pthread_join(a, 0);
  pthread_join(b, 0);
  return 0;
}
