/* TRUTH: free — Lamport's bakery for 2 threads with all choosing/number accesses seq_cst atomic; cs_owner accessed only in the critical section */
#include <pthread.h>
#include <stdatomic.h>
#include <stdint.h>
extern void abort(void);
void reach_error(void) { abort(); }

atomic_int choosing[2];
atomic_int number[2];
int cs_owner = -1;

static void bakery_lock(int i) {
  int j = 1 - i, n0, n1, mx;
  atomic_store(&choosing[i], 1);
  n0 = atomic_load(&number[0]);
  n1 = atomic_load(&number[1]);
  mx = n0 > n1 ? n0 : n1;
  atomic_store(&number[i], mx + 1);
  atomic_store(&choosing[i], 0);
  while (atomic_load(&choosing[j]))
    ;
  while (atomic_load(&number[j]) != 0 &&
         (atomic_load(&number[j]) < atomic_load(&number[i]) ||
          (atomic_load(&number[j]) == atomic_load(&number[i]) && j < i)))
    ;
}
static void bakery_unlock(int i) { atomic_store(&number[i], 0); }

void *thr(void *arg) {
  int me = (int)(intptr_t)arg;
  bakery_lock(me);
  cs_owner = me;
  if (cs_owner != me) reach_error();
  cs_owner = -1;
  bakery_unlock(me);
  return 0;
}

int main(void) {
  pthread_t a, b;
  pthread_create(&a, 0, thr, (void *)0);
  pthread_create(&b, 0, thr, (void *)1);
  pthread_join(a, 0);
  pthread_join(b, 0);
  return 0;
}
