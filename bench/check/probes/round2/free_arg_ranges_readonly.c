/* TRUTH: free. Threads get {data pointer, lo, hi} for disjoint ranges; they only read data
   and write their own result field. */
#include <pthread.h>
#define N 100
int data[N];
struct range { const int *data; int lo, hi; long sum; };
void *summer(void *p) { struct range *r = p; long s = 0; for (int i = r->lo; i < r->hi; i++) s += r->data[i]; r->sum = s; return NULL; }
int main(void) {
  for (int i = 0; i < N; i++) data[i] = i;
  struct range r[2] = { { data, 0, 50, 0 }, { data, 50, 100, 0 } };
  pthread_t t[2];
  for (int i = 0; i < 2; i++) pthread_create(&t[i], NULL, summer, &r[i]);
  for (int i = 0; i < 2; i++) pthread_join(t[i], NULL);
  return (int)(r[0].sum + r[1].sum);
}
