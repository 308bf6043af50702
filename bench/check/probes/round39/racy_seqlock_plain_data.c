/* TRUTH: racy — classic seqlock with plain data: the reader's plain reads of d1/d2 (retried if seq changed) still race in C11 with the writer's plain stores `d1 = k; d2 = k;` that may run concurrently. */
#include <pthread.h>
#include <stdatomic.h>
#include <stdlib.h>
void reach_error(void) { abort(); }
static atomic_uint seq;
static int d1, d2;
static void *writer(void *arg) {
  (void)arg;
  for (int k = 1; k <= 3; k++) {
    atomic_fetch_add(&seq, 1);
    d1 = k;
    d2 = k;
    atomic_fetch_add(&seq, 1);
  }
  return NULL;
}
static void *reader(void *arg) {
  (void)arg;
  unsigned s1, s2;
  int a, b;
  do {
    s1 = atomic_load(&seq);
    a = d1;
    b = d2;
    s2 = atomic_load(&seq);
  } while ((s1 & 1) || s1 != s2);
  if (a != b) reach_error();
  return NULL;
}
int main(void) {
  pthread_t w, r;
  pthread_create(&w, NULL, writer, NULL);
  pthread_create(&r, NULL, reader, NULL);
  pthread_join(w, NULL);
  pthread_join(r, NULL);
  return 0;
}
