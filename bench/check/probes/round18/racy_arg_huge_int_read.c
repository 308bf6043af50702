/* TRUTH: racy. the thread reads (int)(long)arg: 0x100000007 and 7 both give data[7] */
#include <pthread.h>
#include <stdint.h>
int data[300];
void *t(void *arg) { int i = (int)(long)arg; data[i] = 1; return 0; }
int main(void) {
  pthread_t a, b;
  pthread_create(&a, 0, t, (void *)7L);
  pthread_create(&b, 0, t, (void *)0x100000007L);
  pthread_join(a, 0);
  pthread_join(b, 0);
  return 0;
}
