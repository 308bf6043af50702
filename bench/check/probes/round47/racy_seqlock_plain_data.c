/* TRUTH: racy — seqlock with plain data fields: the reader's speculative reads of dx/dy conflict with the writer's plain stores (a data race in C11 even though retried) */
#include <pthread.h>
#include <stdatomic.h>
atomic_uint seq;
int dx, dy;
void *writer(void *a) {
  unsigned s = atomic_load(&seq);
  atomic_store(&seq, s + 1);
  dx = 1;
  dy = 1;
  atomic_store(&seq, s + 2);
  return 0;
}
void *reader(void *a) {
  unsigned s1, s2;
  int x, y;
  int tries;
  for (tries = 0; tries < 10; tries++) {
    s1 = atomic_load(&seq);
    x = dx;
    y = dy;
    s2 = atomic_load(&seq);
    if (!(s1 & 1) && s1 == s2) break;
  }
  return (void *)(long)(x + y);
}
int main(void) {
  pthread_t w, r;
  pthread_create(&w, 0, writer, 0);
  pthread_create(&r, 0, reader, 0);
  pthread_join(w, 0);
  pthread_join(r, 0);
  return 0;
}
