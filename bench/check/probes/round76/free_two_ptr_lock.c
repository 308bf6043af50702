/* TRUTH: free — p1 and p2 both point to m; both writes under m */
#include <pthread.h>
#include <stdio.h>
int x;
pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
pthread_mutex_t m2 = PTHREAD_MUTEX_INITIALIZER;
pthread_mutex_t *p1 = &m, *p2 = &m;
void *f(void *a) { pthread_mutex_lock(p1); x++; pthread_mutex_unlock(p1); return 0; }
void *g(void *a) { pthread_mutex_lock(p2); x++; pthread_mutex_unlock(p2); return 0; }
int main(void){ pthread_t a, b; pthread_create(&a, 0, f, 0); pthread_create(&b, 0, g, 0); pthread_join(a, 0); pthread_join(b, 0); return 0; }
