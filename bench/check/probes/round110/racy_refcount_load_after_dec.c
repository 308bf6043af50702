/* TRUTH: racy — each thread decrements, then separately loads rc; two threads can both see 0 and both run the cleanup writes */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <unistd.h>

atomic_int refs = 2;
int closed;
char buffer[32];

static void *release_ref(void *arg) {
  (void)arg;
  usleep(500);
  atomic_fetch_sub(&refs, 1);
  usleep(500);
  if (atomic_load(&refs) == 0) {
    buffer[0] = 0;
    closed++;
  }
  return NULL;
}

int main(void) {
  pthread_t a, b;
  buffer[0] = 'x';
  pthread_create(&a, NULL, release_ref, NULL);
  pthread_create(&b, NULL, release_ref, NULL);
  pthread_join(a, NULL);
  pthread_join(b, NULL);
  printf("%d\n", closed);
  return 0;
}
