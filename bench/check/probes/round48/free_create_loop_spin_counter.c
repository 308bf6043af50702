/* TRUTH: free — after creating worker i main spins until done > i, which worker i sets (seq_cst) after its x++ */
#include <pthread.h>
#include <stdatomic.h>
int x; atomic_int done;
void *w(void *a) { x++; atomic_fetch_add(&done, 1); return 0; }
int main(void) {
  pthread_t t[3];
  for (int i = 0; i < 3; i++) {
    pthread_create(&t[i], 0, w, 0);
    while (atomic_load(&done) <= i) ;
  }
  for (int i = 0; i < 3; i++) pthread_join(t[i], 0);
  return x;
}
