/* TRUTH: racy — `A = B = malloc(...)`: both global roots hold the same node, so thread ta's `A->count++` and thread tb's `B->count++` write the same field concurrently. */
#include <pthread.h>
#include <stdlib.h>
struct node { int count; struct node *next; };
static struct node *A, *B;
static void *ta(void *p) { (void)p; A->count++; return 0; }
static void *tb(void *p) { (void)p; B->count++; return 0; }
int main(void) {
  pthread_t x, y;
  A = B = calloc(1, sizeof *A);
  if (!A) return 1;
  pthread_create(&x, 0, ta, 0);
  pthread_create(&y, 0, tb, 0);
  pthread_join(x, 0);
  pthread_join(y, 0);
  return 0;
}
