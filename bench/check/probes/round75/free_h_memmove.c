/* TRUTH: free — memmove copies t1 onto t2 (B is left unjoined, touching only y); join(t1) waits for A before main writes x */
#include <pthread.h>
#include <stdio.h>
#include <string.h>
int x, y;
static void *A(void *v) { (void)v; x = 1; return 0; }
static void *B(void *v) { (void)v; y = 1; return 0; }
int main(void) {
  pthread_t t1, t2;
  pthread_create(&t1, 0, A, 0);
  pthread_create(&t2, 0, B, 0);
  memmove(&t2, &t1, sizeof t1);
  pthread_join(t1, 0);
  x = 2;
  printf("%d\n", x);
  return 0;
}
