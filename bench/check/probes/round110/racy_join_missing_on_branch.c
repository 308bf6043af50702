/* TRUTH: racy — on the "verbose" branch main prints the partial result without joining the worker first */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

extern int __VERIFIER_nondet_int(void);
int __VERIFIER_nondet_int(void) { return rand(); }

long partial;

static void *worker(void *arg) {
  (void)arg;
  for (int i = 0; i < 10; i++) { partial += i; usleep(100); }
  return NULL;
}

int main(void) {
  pthread_t t;
  int verbose = __VERIFIER_nondet_int() % 2;
  pthread_create(&t, NULL, worker, NULL);
  if (verbose) {
    usleep(300);
    printf("partial so far: %ld\n", partial);
  } else {
    pthread_join(t, NULL);
    printf("final: %ld\n", partial);
    return 0;
  }
  pthread_join(t, NULL);
  return 0;
}
