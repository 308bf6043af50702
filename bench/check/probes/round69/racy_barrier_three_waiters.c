/* TRUTH: racy — barrier count 2 but three threads wait: two may pass while the third still writes its slot */
#include <pthread.h>
#include <stdio.h>
pthread_barrier_t b;
int slot[3], res[3];
void *w(void *a) {
  long id = (long)a;
  slot[id] = (int)id + 1;
  pthread_barrier_wait(&b);
  res[id] = slot[(id + 1) % 3];
  return 0;
}
int main(void) {
  pthread_t t[3];
  pthread_barrier_init(&b, 0, 2);
  for (long i = 0; i < 3; i++) pthread_create(&t[i], 0, w, (void *)i);
  for (int i = 0; i < 3; i++) pthread_detach(t[i]);
  pthread_exit(0);
}
