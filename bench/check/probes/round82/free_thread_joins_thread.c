/* TRUTH: free — thread B joins thread A (handle in a global set before B is created), then writes x */
#include <pthread.h>
#include <stdio.h>
pthread_t ha; int x;
void *A(void *a) { x = 1; return 0; }
void *B(void *a) { pthread_join(ha, 0); x = 2; return 0; }
int main(void) {
  pthread_t hb;
  pthread_create(&ha, 0, A, 0);
  pthread_create(&hb, 0, B, 0);
  pthread_join(hb, 0);
  printf("%d\n", x); return 0;
}
