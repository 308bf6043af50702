/* TRUTH: free — Peterson's algorithm with seq_cst atomics gives mutual exclusion and hb via flag/turn */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
atomic_int flag[2]; atomic_int turn; int cnt;
void *w(void *arg) {
  int me = (int)(long)arg, other = 1 - me;
  for (int i = 0; i < 200; i++) {
    atomic_store(&flag[me], 1); atomic_store(&turn, other);
    while (atomic_load(&flag[other]) && atomic_load(&turn) == other) ;
    cnt++;
    atomic_store(&flag[me], 0);
  }
  return 0;
}
int main(void) {
  pthread_t a, b;
  pthread_create(&a, 0, w, (void *)0); pthread_create(&b, 0, w, (void *)1);
  pthread_join(a, 0); pthread_join(b, 0);
  printf("%d\n", cnt); return 0;
}
