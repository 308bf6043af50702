/* TRUTH: free — (pthread_mutex_t*)&acct is &acct.m (first member); both bal++ under it */ #include <pthread.h>
#include <stdint.h>
int g; struct { pthread_mutex_t m; int bal; } acct = { PTHREAD_MUTEX_INITIALIZER, 0 };
void *w1(void *x){ pthread_mutex_lock((pthread_mutex_t *)&acct); acct.bal++; g = 1; pthread_mutex_unlock((pthread_mutex_t *)&acct); return 0; }
void *w2(void *x){ pthread_mutex_lock(&acct.m); acct.bal++; g = 2; pthread_mutex_unlock(&acct.m); return 0; }
int main(void){ pthread_t a,b; pthread_create(&a,0,w1,0); pthread_create(&b,0,w2,0); pthread_join(a,0); pthread_join(b,0); return g; }
