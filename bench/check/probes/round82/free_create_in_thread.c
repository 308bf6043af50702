/* TRUTH: free — A writes x then creates B which reads x; A does not touch x after; main only after joins */
#include <pthread.h>
#include <stdio.h>
int x;
void *B(void *a) { x += 10; return 0; }
void *A(void *a) { pthread_t hb; x = 1; pthread_create(&hb, 0, B, 0); pthread_join(hb, 0); return 0; }
int main(void) {
  pthread_t ha;
  pthread_create(&ha, 0, A, 0);
  pthread_join(ha, 0);
  printf("%d\n", x); return 0;
}
