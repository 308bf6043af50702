/* TRUTH: free — each thread points its thread-local pointer at its own static slot */
#include <pthread.h>
int slots[2];
__thread int *mine;
void *f(void *a) { mine = &slots[1]; *mine = 1; return 0; }
int main(void){ pthread_t t; pthread_create(&t, 0, f, 0); mine = &slots[0]; *mine = 2; pthread_join(t, 0); return 0; }
