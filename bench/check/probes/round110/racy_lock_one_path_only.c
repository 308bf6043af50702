/* TRUTH: racy — the "quick update" path (nondeterministically chosen) modifies the shared histogram without taking the lock */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

extern int __VERIFIER_nondet_int(void);
int __VERIFIER_nondet_int(void) { return rand(); }

pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
int histogram[4];

static void *recorder(void *arg) {
  int quick = *(int *)arg;
  for (int i = 0; i < 20; i++) {
    if (!quick) pthread_mutex_lock(&m);
    int v = histogram[1];
    usleep(30);
    histogram[1] = v + 1;
    if (!quick) pthread_mutex_unlock(&m);
  }
  return NULL;
}

int main(void) {
  pthread_t a, b;
  int qa = __VERIFIER_nondet_int() % 2, qb = 0;
  pthread_create(&a, NULL, recorder, &qa);
  pthread_create(&b, NULL, recorder, &qb);
  pthread_join(a, NULL);
  pthread_join(b, NULL);
  printf("%d\n", histogram[1]);
  return 0;
}
