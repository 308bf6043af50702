/* TRUTH: race-free. given -1 and -2, the threads write data[1] and data[0] */
#include <pthread.h>
#include <stdint.h>
int data[300];
void *t(void *arg) { data[(long)arg + 2] = 1; return 0; }
int main(void) {
  pthread_t a, b;
  pthread_create(&a, 0, t, (void *)-1L);
  pthread_create(&b, 0, t, (void *)-2L);
  pthread_join(a, 0);
  pthread_join(b, 0);
  return 0;
}
