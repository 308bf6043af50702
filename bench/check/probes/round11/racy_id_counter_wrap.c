// racy: the id counter is an _Atomic unsigned char; with 260 workers it wraps, so workers 0 and 256 both get id 0 and write buf[0].
#include <pthread.h>
#include <stdatomic.h>
#define N 260
_Atomic unsigned char next;
int buf[256];
void *w(void *a) {
  unsigned char id = atomic_fetch_add(&next, 1);
  buf[id] += 1;
  return 0;
}
int main(void) {
  static pthread_t th[N];
  for (int i = 0; i < N; i++) pthread_create(&th[i], 0, w, 0);
  for (int i = 0; i < N; i++) pthread_join(th[i], 0);
  return buf[0];
}
