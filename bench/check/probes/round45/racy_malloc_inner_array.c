/* TRUTH: racy — thread B writes vec->items[0] while thread A (same object) writes vec->len and items[0] without lock */
#include <pthread.h>
#include <stdlib.h>
struct Vec { int len; int *items; };
void *wa(void *a){ struct Vec *v = a; v->items[0] = 1; v->len = 1; return 0; }
void *wb(void *a){ struct Vec *v = a; v->items[0] = 2; return 0; }
int main(void){
  struct Vec *v = malloc(sizeof *v); v->len = 0; v->items = calloc(4, sizeof(int));
  pthread_t t1, t2;
  pthread_create(&t1,0,wa,v); pthread_create(&t2,0,wb,v);
  pthread_join(t1,0); pthread_join(t2,0);
  free(v->items); free(v); return 0;
}
