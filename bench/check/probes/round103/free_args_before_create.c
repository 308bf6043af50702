/* TRUTH: free — main fills args[i] before creating thread i and never touches it again; threads write only res[i] */
#include <pthread.h>
#define N 3

struct arg { int lo, hi; };
struct arg args[N];
int res[N];

void *sum_range(void *p) {
  struct arg *a = p;
  int s = 0;
  for (int i = a->lo; i < a->hi; i++) s += i;
  res[a - args] = s;
  return 0;
}

int main(void) {
  pthread_t t[N];
  for (int i = 0; i < N; i++) {
    args[i].lo = i * 10;
    args[i].hi = i * 10 + 10;
    pthread_create(&t[i], 0, sum_range, &args[i]);
  }
  int total = 0;
  for (int i = 0; i < N; i++) {
    pthread_join(t[i], 0);
    total += res[i];
  }
  return total;
}
