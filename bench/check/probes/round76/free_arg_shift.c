/* TRUTH: free — id 1 and 2: f writes slot[id<<1] = slot[2] and slot[4] */
#include <pthread.h>
int slot[8];
void *f(void *p) { long id = (long)p; slot[id << 1] = 1; return 0; }
void *g(void *p) { slot[3] = 1; return 0; }
int main(void){ pthread_t t1, t2; pthread_create(&t1, 0, f, (void *)1); pthread_create(&t2, 0, g, 0); pthread_join(t1, 0); pthread_join(t2, 0); return 0; }
