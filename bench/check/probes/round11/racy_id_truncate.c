// racy: the counter is int but each id is stored in an unsigned char; with 260 workers ids 0 and 256 both truncate to 0 and write buf[0].
#include <pthread.h>
#include <stdatomic.h>
#define N 260
atomic_int next;
int buf[256];
void *w(void *a) {
  unsigned char id = (unsigned char)atomic_fetch_add(&next, 1);
  buf[id] += 1;
  return 0;
}
int main(void) {
  static pthread_t th[N];
  for (int i = 0; i < N; i++) pthread_create(&th[i], 0, w, 0);
  for (int i = 0; i < N; i++) pthread_join(th[i], 0);
  return buf[0];
}
