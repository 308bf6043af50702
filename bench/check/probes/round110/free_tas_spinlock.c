/* TRUTH: free — test-and-set spinlock on atomic_flag (seq_cst TAS, clear); shared struct updated inside it */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>

atomic_flag lk = ATOMIC_FLAG_INIT;
struct stats { int hits; int misses; } st;

static void *worker(void *arg) {
  int id = (int)(long)arg;
  for (int i = 0; i < 500; i++) {
    while (atomic_flag_test_and_set(&lk))
      ;
    if ((i + id) % 3 == 0) st.misses++;
    else st.hits++;
    atomic_flag_clear(&lk);
  }
  return NULL;
}

int main(void) {
  pthread_t t[4];
  for (long i = 0; i < 4; i++) pthread_create(&t[i], NULL, worker, (void *)i);
  for (int i = 0; i < 4; i++) pthread_join(t[i], NULL);
  printf("%d %d\n", st.hits, st.misses);
  return 0;
}
