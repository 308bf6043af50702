/* TRUTH: free — thread id writes cell[id*2] and cell[id*2+1] (line 5); ids 0 and 1 cover disjoint cells {0,1} and {2,3}. */
#include <pthread.h>
int cell[4];
void *w(void *a) { long id = (long)a;
  cell[id * 2] = 1; cell[id * 2 + 1] = 2; return 0; }
int main(void) { pthread_t p, q; pthread_create(&p, 0, w, (void *)0); pthread_create(&q, 0, w, (void *)1); pthread_join(p, 0); pthread_join(q, 0); return cell[3]; }
