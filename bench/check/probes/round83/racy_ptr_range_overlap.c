/* TRUTH: racy — workers get base pointers arr and arr+2 and each writes 3 elements, so arr[2] is written by both */
#include <pthread.h>
extern int __VERIFIER_nondet_int(void);
extern void __VERIFIER_atomic_begin(void);
extern void __VERIFIER_atomic_end(void);
extern void __VERIFIER_assume(int);
extern void abort(void);
void reach_error(void){}
int arr[6];

struct range { int *base; int len; };

void *filler(void *arg) {
  struct range *r = (struct range *)arg;
  int k;
  for (k = 0; k < r->len; k++)
    r->base[k] = k + 1;
  return 0;
}

int main(void) {
  pthread_t a, b;
  struct range r1 = { arr, 3 };
  struct range r2 = { arr + 2, 3 };
  pthread_create(&a, 0, filler, &r1);
  pthread_create(&b, 0, filler, &r2);
  pthread_join(a, 0);
  pthread_join(b, 0);
  if (!(arr[0] == 1)) reach_error();
  return 0;
}
