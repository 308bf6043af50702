/* TRUTH: free — locks[2-1] and locks[1] are the same mutex */
#include <pthread.h>
int x;
pthread_mutex_t locks[3] = { PTHREAD_MUTEX_INITIALIZER, PTHREAD_MUTEX_INITIALIZER, PTHREAD_MUTEX_INITIALIZER };
void *f(void *a) { pthread_mutex_lock(&locks[2 - 1]); x++; pthread_mutex_unlock(&locks[2 - 1]); return 0; }
void *g(void *a) { pthread_mutex_lock(&locks[1]); x++; pthread_mutex_unlock(&locks[1]); return 0; }
int main(void){ pthread_t a, b; pthread_create(&a, 0, f, 0); pthread_create(&b, 0, g, 0); pthread_join(a, 0); pthread_join(b, 0); return 0; }
