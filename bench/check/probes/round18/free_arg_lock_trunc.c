/* TRUTH: race-free. (unsigned char)258 is 2: both threads lock m[2] around x */
#include <pthread.h>
pthread_mutex_t m[300];
int x;
void *t(void *arg) {
  pthread_mutex_lock(&m[(long)arg]);
  x++;
  pthread_mutex_unlock(&m[(long)arg]);
  return 0;
}
int main(void) {
  pthread_t a, b;
  int i;
  for (i = 0; i < 300; i++)
    pthread_mutex_init(&m[i], 0);
  pthread_create(&a, 0, t, (void *)(unsigned char)258);
  pthread_create(&b, 0, t, (void *)2L);
  pthread_join(a, 0);
  pthread_join(b, 0);
  return 0;
}
