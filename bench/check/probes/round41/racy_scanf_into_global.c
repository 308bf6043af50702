/* TRUTH: racy — t1's sscanf writes g through &g (line 5) while t2 reads g (line 6). */
#include <pthread.h>
#include <stdio.h>
int g; int r;
void *t1(void *a) { sscanf("42", "%d", &g); return 0; }
void *t2(void *a) { r = g; return 0; }
int main(void) { pthread_t p, q; pthread_create(&p, 0, t1, 0); pthread_create(&q, 0, t2, 0); pthread_join(p, 0); pthread_join(q, 0); return r; }
