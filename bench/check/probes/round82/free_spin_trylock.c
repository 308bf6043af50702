/* TRUTH: free — spin_trylock looped until success */
#include <pthread.h>
#include <stdio.h>
pthread_spinlock_t s; int cnt;
void *w(void *a) { for (int i = 0; i < 1000; i++) { while (pthread_spin_trylock(&s)) ; cnt++; pthread_spin_unlock(&s); } return 0; }
int main(void) {
  pthread_t a, b; pthread_spin_init(&s, 0);
  pthread_create(&a, 0, w, 0); pthread_create(&b, 0, w, 0);
  pthread_join(a, 0); pthread_join(b, 0);
  printf("%d\n", cnt); return 0;
}
