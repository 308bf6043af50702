/* TRUTH: free — get_lock() always returns &m */
#include <pthread.h>
#include <stdio.h>
int x;
pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
pthread_mutex_t m2 = PTHREAD_MUTEX_INITIALIZER;
static pthread_mutex_t *get_lock(void) { return &m; }
void *f(void *a) { pthread_mutex_lock(get_lock()); x++; pthread_mutex_unlock(get_lock()); return 0; }
void *g(void *a) { pthread_mutex_lock(&m); x++; pthread_mutex_unlock(&m); return 0; }
int main(void){ pthread_t a, b; pthread_create(&a, 0, f, 0); pthread_create(&b, 0, g, 0); pthread_join(a, 0); pthread_join(b, 0); return 0; }
