/* TRUTH: racy — C11 thread is detached; main reads 'progress' after a sleep, which does not synchronise */
#include <threads.h>
#include <stdio.h>
#include <time.h>

int progress;

static int background(void *arg) {
  (void)arg;
  struct timespec ts = {0, 1000000};
  for (int i = 0; i < 5; i++) { progress++; thrd_sleep(&ts, NULL); }
  return 0;
}

int main(void) {
  thrd_t t;
  thrd_create(&t, background, NULL);
  thrd_detach(t);
  struct timespec ts = {0, 2500000};
  thrd_sleep(&ts, NULL);
  printf("%d\n", progress);
  progress = 0;
  struct timespec tail = {0, 20000000};
  thrd_sleep(&tail, NULL);
  return 0;
}
