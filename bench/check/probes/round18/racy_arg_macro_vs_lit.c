/* TRUTH: racy. ONE expands to 1: both threads write data[1] */
#include <pthread.h>
#include <stdint.h>
int data[300];
#define ONE 1
void *t(void *arg) { data[(long)arg] = 1; return 0; }
int main(void) {
  pthread_t a, b;
  pthread_create(&a, 0, t, (void *)ONE);
  pthread_create(&b, 0, t, (void *)(intptr_t)1);
  pthread_join(a, 0);
  pthread_join(b, 0);
  return 0;
}
