/* TRUTH: racy — turn is never set, so both threads can enter (flag check alone is not enough: both set flag, but with turn==0 thread1 waits only if turn==0... ) — actually: both threads set own flag; thread 0 waits while flag[1] && turn==1; turn stays 0, so thread 0 never waits */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
atomic_int flag[2]; atomic_int turn; int cnt;
void *w(void *arg) {
  int me = (int)(long)arg, other = 1 - me;
  for (int i = 0; i < 200; i++) {
    atomic_store(&flag[me], 1);
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
