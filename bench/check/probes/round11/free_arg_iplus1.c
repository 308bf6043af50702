// free: threads get ids 1..N and write slot[id]; main concurrently writes slot[0] which no thread touches.
#include <pthread.h>
#define N 3
int slot[N + 1];
void *w(void *arg) {
  long id = (long)arg;
  slot[id] = (int)id;
  return 0;
}
int main(void) {
  pthread_t th[N];
  for (int i = 0; i < N; i++) pthread_create(&th[i], 0, w, (void *)(long)(i + 1));
  slot[0] = 99;
  for (int i = 0; i < N; i++) pthread_join(th[i], 0);
  return slot[0] + slot[N];
}
