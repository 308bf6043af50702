/* TRUTH: racy. Threads scale data in place over [lo, hi] INCLUSIVE: element 50 is written
   by both. */
#include <pthread.h>
#define N 101
int data[N];
struct range { int *data; int lo, hi; };
void *scaler(void *p) { struct range *r = p; for (int i = r->lo; i <= r->hi; i++) r->data[i] *= 2; return NULL; }
int main(void) {
  struct range r[2] = { { data, 0, 50 }, { data, 50, 100 } };
  pthread_t t[2];
  for (int i = 0; i < 2; i++) pthread_create(&t[i], NULL, scaler, &r[i]);
  for (int i = 0; i < 2; i++) pthread_join(t[i], NULL);
  return data[50];
}
