/* TRUTH: racy — 'ready' and 'error' are adjacent bit-fields, i.e. one memory location; two threads write them concurrently */
#include <pthread.h>
#include <stdio.h>
#include <unistd.h>

struct status { unsigned ready : 1; unsigned error : 1; unsigned code : 6; } st;

static void *loader(void *arg) {
  (void)arg;
  for (int i = 0; i < 20; i++) { st.ready = i & 1; usleep(20); }
  return NULL;
}
static void *checker(void *arg) {
  (void)arg;
  for (int i = 0; i < 20; i++) { st.error = (i % 3) == 0; usleep(20); }
  return NULL;
}

int main(void) {
  pthread_t a, b;
  pthread_create(&a, NULL, loader, NULL);
  pthread_create(&b, NULL, checker, NULL);
  pthread_join(a, NULL);
  pthread_join(b, NULL);
  printf("%u %u\n", st.ready, st.error);
  return 0;
}
