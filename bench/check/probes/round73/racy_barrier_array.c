/* TRUTH: racy — w1/w2 sync on b[0], w3 on b[1] with main: w1 writes x (line 5) before b[0], w3 reads x (line 7) after b[1]: unordered */ #include <pthread.h>
#include <semaphore.h>
#include <stdatomic.h>
int x, y; pthread_barrier_t b[2];
void *w1(void *p){ x = 1; pthread_barrier_wait(&b[0]); return 0; }
void *w2(void *p){ pthread_barrier_wait(&b[0]); return 0; }
void *w3(void *p){ pthread_barrier_wait(&b[1]); y = x; return 0; }
int main(void){ pthread_barrier_init(&b[0], 0, 2); pthread_barrier_init(&b[1], 0, 2); pthread_t t1,t2,t3; pthread_create(&t1,0,w1,0); pthread_create(&t2,0,w2,0); pthread_create(&t3,0,w3,0); pthread_barrier_wait(&b[1]); pthread_join(t1,0); pthread_join(t2,0); pthread_join(t3,0); return y; }
