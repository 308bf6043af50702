/* TRUTH: free — gA and gB come from the same allocation helper but are different objects; each thread writes one */
#include <pthread.h>
#include <stdlib.h>
struct N { int x; };
struct N *gA, *gB;
static struct N *mk(void){ return calloc(1, sizeof(struct N)); }
void *wa(void *a){ gA->x = 1; return 0; }
void *wb(void *a){ gB->x = 2; return 0; }
int main(void){
  gA = mk(); gB = mk();
  pthread_t a, b;
  pthread_create(&a,0,wa,0); pthread_create(&b,0,wb,0);
  pthread_join(a,0); pthread_join(b,0);
  int r = gA->x + gB->x; free(gA); free(gB); return r;
}
