/* TRUTH: free. t2 blocks (assume inside an atomic section) until t1 has set flag in an
   atomic section after writing data; then t2 reads data. */
#include <pthread.h>
#include <stdlib.h>
extern void __VERIFIER_atomic_begin(void);
extern void __VERIFIER_atomic_end(void);
void assume_abort_if_not(int c) { if (!c) abort(); }
int data;
int flag;
void *t1(void *arg) { data = 42; __VERIFIER_atomic_begin(); flag = 1; __VERIFIER_atomic_end(); return NULL; }
void *t2(void *arg) {
  __VERIFIER_atomic_begin(); assume_abort_if_not(flag == 1); __VERIFIER_atomic_end();
  data = data + 1;
  return NULL;
}
int main(void) {
  pthread_t a, b;
  pthread_create(&a, NULL, t1, NULL);
  pthread_create(&b, NULL, t2, NULL);
  pthread_join(a, NULL);
  pthread_join(b, NULL);
  return data;
}
