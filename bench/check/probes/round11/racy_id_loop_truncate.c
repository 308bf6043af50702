// racy: thread ids passed as (void*)(long)(unsigned char)i for 260 threads; ids 0 and 256 collide and both write buf[0].
#include <pthread.h>
#define N 260
int buf[256];
void *w(void *a) {
  long id = (long)a;
  buf[id] += 1;
  return 0;
}
int main(void) {
  static pthread_t th[N];
  for (int i = 0; i < N; i++) pthread_create(&th[i], 0, w, (void *)(long)(unsigned char)i);
  for (int i = 0; i < N; i++) pthread_join(th[i], 0);
  return buf[0];
}
