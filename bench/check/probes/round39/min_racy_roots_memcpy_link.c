/* TRUTH: racy — memcpy(&A, &B, sizeof A) makes both roots point at one node; ta's `A->count++` and tb's `B->count++` race. */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
struct node { int count; struct node *next; };
static struct node *A, *B;
static void *ta(void *p) { (void)p; A->count++; return 0; }
static void *tb(void *p) { (void)p; B->count++; return 0; }
int main(void) {
  pthread_t x, y;
  A = calloc(1, sizeof *A);
  B = calloc(1, sizeof *B);
  if (!A || !B) return 1;
  memcpy(&A, &B, sizeof A);
  pthread_create(&x, 0, ta, 0);
  pthread_create(&y, 0, tb, 0);
  pthread_join(x, 0);
  pthread_join(y, 0);
  return 0;
}
