/* TRUTH: racy. main writes data[2] while the thread given 2 writes data[2] */
#include <pthread.h>
int data[10];
void *t(void *arg) { data[(long)arg] = 1; return 0; }
int main(void) {
  pthread_t a, b;
  pthread_create(&a, 0, t, (void *)1L);
  pthread_create(&b, 0, t, (void *)2L);
  data[2] = 5;
  pthread_join(a, 0);
  pthread_join(b, 0);
  return 0;
}
