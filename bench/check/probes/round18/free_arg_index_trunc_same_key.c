/* TRUTH: race-free. (unsigned char)257 is 1, the other thread gets 257: data[1] and data[257] */
#include <pthread.h>
int data[300];
void *t(void *arg) { data[(long)arg] = 1; return 0; }
int main(void) {
  pthread_t a, b;
  pthread_create(&a, 0, t, (void *)(unsigned char)257);
  pthread_create(&b, 0, t, (void *)257L);
  pthread_join(a, 0);
  pthread_join(b, 0);
  return 0;
}
