/* TRUTH: racy — 'done' is volatile, not atomic: the flag accesses race and give no ordering for 'result' */
#include <pthread.h>
#include <stdio.h>

volatile int done;
long result;

static void *worker(void *arg) {
  (void)arg;
  long r = 0;
  for (int i = 0; i < 1000; i++) r += i;
  result = r;
  done = 1;
  return NULL;
}

int main(void) {
  pthread_t t;
  pthread_create(&t, NULL, worker, NULL);
  while (!done)
    ;
  printf("%ld\n", result);
  pthread_join(t, NULL);
  return 0;
}
