/* TRUTH: free — f's while loop never changes i, runs forever (volatile write), x=1 unreachable */
#include <pthread.h>
int x;
void *f(void *a) { volatile int sink; int i = 0; while (i < 10) sink = i; x = 1; return 0; }
int main(void){ pthread_t t; pthread_create(&t, 0, f, 0); x = 2; return 0; }
