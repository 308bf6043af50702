// free: args[] filled in an earlier loop with [lo,hi) = [id*K,(id+1)*K); each thread writes only its range of arr.
#include <pthread.h>
#define N 4
#define K 16
struct range { int lo, hi; };
struct range args[N];
int arr[N * K];
void *w(void *p) {
  struct range *r = p;
  for (int j = r->lo; j < r->hi; j++) arr[j] = j * 2;
  return 0;
}
int main(void) {
  pthread_t th[N];
  for (int i = 0; i < N; i++) {
    args[i].lo = i * K;
    args[i].hi = (i + 1) * K;
  }
  for (int i = 0; i < N; i++) pthread_create(&th[i], 0, w, &args[i]);
  for (int i = 0; i < N; i++) pthread_join(th[i], 0);
  return arr[N * K - 1];
}
