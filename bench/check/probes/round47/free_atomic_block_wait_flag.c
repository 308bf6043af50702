/* TRUTH: free — data is written before the atomic block that sets flag; reader waits (assume inside atomic block) for flag, so the data write is ordered before its read */
#include <pthread.h>
extern void __VERIFIER_atomic_begin(void);
extern void __VERIFIER_atomic_end(void);
extern void __VERIFIER_assume(int);
extern void abort(void);
void reach_error(void) { abort(); }

int flag;
int data;

void *writer(void *arg) {
  data = 17;
  __VERIFIER_atomic_begin();
  flag = 1;
  __VERIFIER_atomic_end();
  return 0;
}

void *reader(void *arg) {
  __VERIFIER_atomic_begin();
  __VERIFIER_assume(flag == 1);
  __VERIFIER_atomic_end();
  if (data != 17) reach_error();
  return 0;
}

int main(void) {
  pthread_t w, r;
  pthread_create(&w, 0, writer, 0);
  pthread_create(&r, 0, reader, 0);
  pthread_join(w, 0);
  pthread_join(r, 0);
  return 0;
}
