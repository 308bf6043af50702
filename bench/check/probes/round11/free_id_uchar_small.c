// free: ids narrowed to unsigned char but with only 200 threads no two collide; each writes buf[id].
#include <pthread.h>
#define N 200
int buf[256];
void *w(void *arg) {
  unsigned char id = (unsigned char)(long)arg;
  buf[id] += 1;
  return 0;
}
int main(void) {
  static pthread_t th[N];
  for (int i = 0; i < N; i++) pthread_create(&th[i], 0, w, (void *)(long)i);
  for (int i = 0; i < N; i++) pthread_join(th[i], 0);
  return buf[0];
}
