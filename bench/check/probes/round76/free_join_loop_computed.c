/* TRUTH: free — n computed as 8/2 = 4; loop joins all 4 threads before main writes */
#include <pthread.h>
int x;
void *f(void *a) { if ((long)a == 0) x = 1; return 0; }
int main(void){ pthread_t t[4]; long i; int n = 8 / 2; for (i = 0; i < 4; i++) pthread_create(&t[i], 0, f, (void *)i); for (i = 0; i < n; i++) pthread_join(t[i], 0); x = 2; return 0; }
