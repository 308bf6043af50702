/* TRUTH: free — instances get ids 1 and 2, write slot[1] and slot[2] */
#include <pthread.h>
int slot[4];
void *f(void *p) { slot[(long)p] = 1; return 0; }
int main(void){ pthread_t t1, t2; pthread_create(&t1, 0, f, (void *)1); pthread_create(&t2, 0, f, (void *)2); pthread_join(t1, 0); pthread_join(t2, 0); return 0; }
