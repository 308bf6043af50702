/* TRUTH: free — spinlock protects all accesses */
#include <pthread.h>
#include <stdio.h>
pthread_spinlock_t sl; long cnt;
void *w(void *a) { for (int i = 0; i < 1000; i++) { pthread_spin_lock(&sl); cnt++; pthread_spin_unlock(&sl); } return 0; }
int main(void) {
  pthread_t a, b; pthread_spin_init(&sl, 0);
  pthread_create(&a, 0, w, 0); pthread_create(&b, 0, w, 0);
  pthread_join(a, 0); pthread_join(b, 0);
  printf("%ld\n", cnt); return 0;
}
