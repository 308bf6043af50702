/* TRUTH: free — table is initialized in pthread_once's routine (line 5); pthread_once returns in each thread only after the init completed, so reads (line 6) are ordered after it. */
#include <pthread.h>
pthread_once_t once = PTHREAD_ONCE_INIT;
int table[4];
void init(void) { table[0] = 1; table[1] = 2; }
void *w(void *a) { pthread_once(&once, init); return (void *)(long)(table[0] + table[1]); }
int main(void) { pthread_t p, q; pthread_create(&p, 0, w, 0); pthread_create(&q, 0, w, 0); pthread_join(p, 0); pthread_join(q, 0); return 0; }
