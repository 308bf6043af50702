// racy: loop counter is an unsigned char incremented 260 times (via a separate int count); ids wrap so two threads write buf[0].
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
  unsigned char id = 0;
  for (int i = 0; i < N; i++, id++) pthread_create(&th[i], 0, w, (void *)(long)id);
  for (int i = 0; i < N; i++) pthread_join(th[i], 0);
  return buf[0];
}
