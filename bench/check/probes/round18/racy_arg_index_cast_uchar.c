/* TRUTH: racy. data[(unsigned char)(long)arg]: 1 and 257 both index data[1] */
#include <pthread.h>
int data[300];
void *t(void *arg) { data[(unsigned char)(long)arg] = 1; return 0; }
int main(void) {
  pthread_t a, b;
  pthread_create(&a, 0, t, (void *)1L);
  pthread_create(&b, 0, t, (void *)257L);
  pthread_join(a, 0);
  pthread_join(b, 0);
  return 0;
}
