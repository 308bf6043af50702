/* TRUTH: racy. (unsigned char)258 is 2: both threads write data[2] */
#include <pthread.h>
int data[300];
void *t(void *arg) { data[(long)arg] = 1; return 0; }
int main(void) {
  pthread_t a, b;
  pthread_create(&a, 0, t, (void *)2L);
  pthread_create(&b, 0, t, (void *)(unsigned char)258);
  return 0;
}
