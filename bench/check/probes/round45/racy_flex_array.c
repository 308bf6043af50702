/* TRUTH: racy — both threads write blk->data[0] of one malloc'd flexible-array block */
#include <pthread.h>
#include <stdlib.h>
struct Blk { int n; int data[]; };
void *w(void *a){ struct Blk *b = a; b->data[0] += 1; return 0; }
int main(void){
  struct Blk *b = calloc(1, sizeof *b + 4 * sizeof(int)); b->n = 4;
  pthread_t t1, t2;
  pthread_create(&t1,0,w,b); pthread_create(&t2,0,w,b);
  pthread_join(t1,0); pthread_join(t2,0);
  int r = b->data[0]; free(b); return r;
}
