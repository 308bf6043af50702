/* TRUTH: free — shared slot pointer and the pointee are accessed only inside __VERIFIER_atomic blocks after main's pre-create setup */
#include <pthread.h>
#include <stdlib.h>
extern void __VERIFIER_atomic_begin(void);
extern void __VERIFIER_atomic_end(void);
extern void __assert_fail(const char *, const char *, unsigned int, const char *);
void reach_error() { __assert_fail("0", "free_59_atomic_block_global_pointer.c", 7, "reach_error"); }
int *slot;

void *swapper(void *arg) {
  int *mine = malloc(sizeof(int));
  if (!mine) return NULL;
  *mine = 1;
  __VERIFIER_atomic_begin();
  int *old = slot;
  slot = mine;
  *old += 1;
  __VERIFIER_atomic_end();
  return NULL;
}

int main(void) {
  slot = malloc(sizeof(int));
  if (!slot) return 0;
  *slot = 0;
  pthread_t a, b;
  pthread_create(&a, NULL, swapper, NULL);
  pthread_create(&b, NULL, swapper, NULL);
  pthread_join(a, NULL);
  pthread_join(b, NULL);
  if (*slot < 1) reach_error();
  return 0;
}
