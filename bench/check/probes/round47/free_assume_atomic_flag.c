/* TRUTH: free — reader proceeds only after an atomic (seq_cst) load of ready returns 1; data was written before the seq_cst store */
#include <pthread.h>
#include <stdatomic.h>
extern void __VERIFIER_assume(int);
extern void abort(void);
void reach_error(void) { abort(); }

atomic_int ready;
int data;

void *writer(void *arg) {
  data = 5;
  atomic_store(&ready, 1);
  return 0;
}

void *reader(void *arg) {
  __VERIFIER_assume(atomic_load(&ready) == 1);
  if (data != 5) reach_error();
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
