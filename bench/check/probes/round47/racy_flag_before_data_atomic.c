/* TRUTH: racy — the writer raises flag (in an atomic block) before writing data, so the reader, released by flag, reads data concurrently with the write */
#include <pthread.h>
extern void __VERIFIER_atomic_begin(void);
extern void __VERIFIER_atomic_end(void);
extern void __VERIFIER_assume(int);
extern void abort(void);
void reach_error(void) { abort(); }
int flag, data;
void *writer(void *a) {
  __VERIFIER_atomic_begin();
  flag = 1;
  __VERIFIER_atomic_end();
  data = 8;
  return 0;
}
void *reader(void *a) {
  __VERIFIER_atomic_begin();
  __VERIFIER_assume(flag == 1);
  __VERIFIER_atomic_end();
  if (data != 8) reach_error();
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
