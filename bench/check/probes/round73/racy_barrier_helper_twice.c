/* TRUTH: racy — sync() is called twice per thread (2 generations): thread 0 writes x between its waits (line 6); thread 1 reads x after its FIRST wait (line 7), same phase */ #include <pthread.h>
#include <stdlib.h>
int x, y; pthread_barrier_t b;
static void sync_(void){ pthread_barrier_wait(&b); }
void *w0(void *p){ sync_(); x = 1; sync_(); return 0; }
void *w1(void *p){ sync_(); y = x; sync_(); return 0; }
int main(void){ pthread_barrier_init(&b, 0, 2); pthread_t t0,t1; pthread_create(&t0,0,w0,0); pthread_create(&t1,0,w1,0); pthread_join(t0,0); pthread_join(t1,0); return y; }
