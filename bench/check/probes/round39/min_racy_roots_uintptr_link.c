/* TRUTH: racy — main makes root A point at B's node by writing the pointer's bits through an integer lvalue (`*(uintptr_t *)&A = (uintptr_t)B`); then ta's `A->count++` and tb's `B->count++` hit the same object. */
#include <pthread.h>
#include <stdint.h>
#include <stdlib.h>
struct node { int count; struct node *next; };
static struct node *A, *B;
static void *ta(void *p) { (void)p; A->count++; return 0; }
static void *tb(void *p) { (void)p; B->count++; return 0; }
int main(void) {
  pthread_t x, y;
  A = calloc(1, sizeof *A);
  B = calloc(1, sizeof *B);
  if (!A || !B) return 1;
  *(uintptr_t *)&A = (uintptr_t)B;
  pthread_create(&x, 0, ta, 0);
  pthread_create(&y, 0, tb, 0);
  pthread_join(x, 0);
  pthread_join(y, 0);
  return 0;
}
