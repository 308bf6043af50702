/* TRUTH: free — Peterson's lock on seq_cst C11 atomics; the flag store at exit synchronizes with the other's entry, so 'cs' is ordered */
#include <pthread.h>
#include <stdatomic.h>

atomic_int flag[2];
atomic_int turn;
int cs;

void enter(int i) {
  int j = 1 - i;
  atomic_store(&flag[i], 1);
  atomic_store(&turn, j);
  while (atomic_load(&flag[j]) && atomic_load(&turn) == j) {}
}
void leave(int i) { atomic_store(&flag[i], 0); }

void *proc(void *arg) {
  int i = (int)(long)arg;
  enter(i);
  cs = cs + 1;
  leave(i);
  return 0;
}

int main(void) {
  pthread_t a, b;
  pthread_create(&a, 0, proc, (void *)0L);
  pthread_create(&b, 0, proc, (void *)1L);
  pthread_join(a, 0);
  pthread_join(b, 0);
  return cs;
}
