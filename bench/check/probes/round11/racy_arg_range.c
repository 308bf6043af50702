// racy: ranges are [id*K, (id+1)*K] inclusive, so thread id and id+1 both write arr[(id+1)*K].
#include <pthread.h>
#define N 4
#define K 16
struct range { int lo, hi; };
struct range args[N];
int arr[N * K + 1];
void *w(void *p) {
  struct range *r = p;
  for (int j = r->lo; j <= r->hi; j++) arr[j] = j * 2;
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
