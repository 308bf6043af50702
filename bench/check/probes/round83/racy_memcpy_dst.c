/* TRUTH: racy — copier writes dst via memcpy while auditor reads dst[0] concurrently */
#include <pthread.h>
extern int __VERIFIER_nondet_int(void);
extern void __VERIFIER_atomic_begin(void);
extern void __VERIFIER_atomic_end(void);
extern void __VERIFIER_assume(int);
extern void abort(void);
void reach_error(void){}
#include <string.h>
#define LEN 8
int src[LEN];
int dst[LEN];

void *copier(void *arg) {
  memcpy(dst, src, sizeof(src));
  return 0;
}

void *auditor(void *arg) {
  int s = 0, i;
  for (i = 0; i < 1; i++)
    s += dst[i];
  if (s < 0) reach_error();
  return 0;
}

int main(void) {
  pthread_t c, a;
  int i;
  for (i = 0; i < LEN; i++) {
    src[i] = __VERIFIER_nondet_int();
    __VERIFIER_assume(src[i] >= 0);
  }
  pthread_create(&c, 0, copier, 0);
  pthread_create(&a, 0, auditor, 0);
  pthread_join(c, 0);
  pthread_join(a, 0);
  return 0;
}
