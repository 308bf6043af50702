// racy: 260 threads get ids (void*)(long)i; the thread narrows to unsigned char, so threads 0 and 256 both write buf[0].
#include <pthread.h>
#define N 260
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
