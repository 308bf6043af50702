/* TRUTH: racy. data[arg & 3]: 2 and 6 both write data[2] */
#include <pthread.h>
#include <stdint.h>
int data[300];
void *t(void *arg) { data[(long)arg & 3] = 1; return 0; }
int main(void) {
  pthread_t a, b;
  pthread_create(&a, 0, t, (void *)2L);
  pthread_create(&b, 0, t, (void *)6L);
  pthread_join(a, 0);
  pthread_join(b, 0);
  return 0;
}
