/* TRUTH: free — per-thread argument structs (distinct array elements) carry id and output pointer; disjoint writes */
#include <pthread.h>
#include <stdio.h>
#define N 5

struct job { int id; int lo, hi; long *out; };
long partial[N];
int data[100];

static void *sum_range(void *p) {
  struct job *j = p;
  long s = 0;
  for (int k = j->lo; k < j->hi; k++) s += data[k];
  *j->out = s;
  return NULL;
}

int main(void) {
  pthread_t t[N];
  struct job jobs[N];
  for (int k = 0; k < 100; k++) data[k] = k;
  for (int i = 0; i < N; i++) {
    jobs[i] = (struct job){i, i * 20, (i + 1) * 20, &partial[i]};
    pthread_create(&t[i], NULL, sum_range, &jobs[i]);
  }
  long total = 0;
  for (int i = 0; i < N; i++) { pthread_join(t[i], NULL); total += partial[i]; }
  printf("%ld\n", total);
  return 0;
}
