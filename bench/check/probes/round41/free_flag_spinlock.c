/* TRUTH: free — seq_cst atomic_flag spin lock (acquire on test_and_set, release on clear) orders the two instances' `x++` (line 6). */
#include <pthread.h>
#include <stdatomic.h>
atomic_flag f = ATOMIC_FLAG_INIT; int x;
void *w(void *a) { while (atomic_flag_test_and_set(&f)) ;
  x++;
  atomic_flag_clear(&f); return 0; }
int main(void) { pthread_t p, q; pthread_create(&p, 0, w, 0); pthread_create(&q, 0, w, 0); pthread_join(p, 0); pthread_join(q, 0); return x; }
