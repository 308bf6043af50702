/* TRUTH: free — lk (array decayed) and &lk[0] are the same mutex */
#include <pthread.h>
int x;
pthread_mutex_t lk[1] = { PTHREAD_MUTEX_INITIALIZER };
void *f(void *a) { pthread_mutex_lock(lk); x++; pthread_mutex_unlock(lk); return 0; }
void *g(void *a) { pthread_mutex_lock(&lk[0]); x++; pthread_mutex_unlock(&lk[0]); return 0; }
int main(void){ pthread_t a, b; pthread_create(&a, 0, f, 0); pthread_create(&b, 0, g, 0); pthread_join(a, 0); pthread_join(b, 0); return 0; }
