/* TRUTH: racy — seqlock: the reader reads the plain fields px/py while the writer may be writing them (retry loop does not remove the race) */
#include <pthread.h>
#include <stdatomic.h>

atomic_uint seq;
int px, py;

void *writer(void *arg) {
  for (int i = 1; i <= 3; i++) {
    atomic_fetch_add(&seq, 1);
    px = i;
    py = -i;
    atomic_fetch_add(&seq, 1);
  }
  return 0;
}

void *reader(void *arg) {
  unsigned s1, s2;
  int x, y;
  do {
    s1 = atomic_load(&seq);
    x = px;
    y = py;
    s2 = atomic_load(&seq);
  } while ((s1 & 1) || s1 != s2);
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
