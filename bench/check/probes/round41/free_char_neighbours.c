/* TRUTH: free — t1 writes flags[0], t2 writes flags[1] (lines 4,5): distinct char objects are distinct memory locations in C11. */
#include <pthread.h>
char flags[2];
void *t1(void *a) { flags[0] = 'a'; return 0; }
void *t2(void *a) { flags[1] = 'b'; return 0; }
int main(void) { pthread_t p, q; pthread_create(&p, 0, t1, 0); pthread_create(&q, 0, t2, 0); pthread_join(p, 0); pthread_join(q, 0); return flags[0] + flags[1]; }
