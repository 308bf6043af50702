/* TRUTH: racy — thread id writes cell[id] and cell[id+1] (line 5); id 0 writes cell[1] and id 1 writes cell[1] too. */
#include <pthread.h>
int cell[4];
void *w(void *a) { long id = (long)a;
  cell[id] = 1; cell[id + 1] = 2; return 0; }
int main(void) { pthread_t p, q; pthread_create(&p, 0, w, (void *)0); pthread_create(&q, 0, w, (void *)1); pthread_join(p, 0); pthread_join(q, 0); return cell[3]; }
